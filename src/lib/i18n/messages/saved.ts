// The notices about the notebook saved in this browser: a link shown instead of it, storage blocked or full, an entry
// written by a newer version.
import { defineMessages } from '../i18n.svelte';

export const savedMessages = defineMessages({
	en: {
		replacedByLink: 'This link is shown instead of the notebook saved in this browser. Your saved notebook is kept.',
		restore: 'Restore my saved notebook',
		keepLink: 'Keep this one',
		notSaved:
			'Changes are not saved in this browser (its storage is blocked or full). The link in the address bar still holds everything on screen.',
		newer:
			'The notebook saved in this browser was written by a newer version of nas-notebook. It is kept as it is: this page does not save over it.'
	},
	ko: {
		replacedByLink:
			'이 브라우저에 저장된 노트북 대신 링크의 내용을 보여 주고 있습니다. 저장된 노트북은 그대로 보관됩니다.',
		restore: '저장된 내 노트북 되돌리기',
		keepLink: '지금 것 유지',
		notSaved:
			'변경 내용이 이 브라우저에 저장되지 않습니다(저장소가 막혀 있거나 가득 찼습니다). 화면의 모든 내용은 주소 표시줄의 링크에 그대로 담겨 있습니다.',
		newer:
			'이 브라우저에 저장된 노트북은 더 새로운 버전의 nas-notebook에서 저장되었습니다. 이 페이지는 그 위에 저장하지 않고 그대로 둡니다.'
	}
});
