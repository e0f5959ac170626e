// UI text of the notebook page shell: header, table of contents, alerts. The article itself is in prose.ts.
import { defineMessages } from '../i18n.svelte';

export const notebookMessages = defineMessages({
	en: {
		pageTitle: 'nas-notebook: MnasNet and NAS-FPN, cell by cell',
		brand: 'nas-notebook',
		skipToCells: 'Skip to the notebook cells',
		historyGroup: 'Edit history',
		undo: 'Undo',
		redo: 'Redo',
		undoHint: 'Undo (Ctrl+Z)',
		redoHint: 'Redo (Ctrl+Shift+Z or Ctrl+Y)',
		reset: 'Reset to preset',
		resetHint: 'Put both networks back to their chosen presets (undoable)',
		language: 'Language',
		copyLink: 'Copy link',
		copyLinkHint: 'Copy a link that opens exactly this view',
		linkCopied: 'Link copied.',
		copyFallback: 'Copying was blocked by the browser. Select and copy this link:',
		contents: 'Contents',
		interactive: 'interactive',
		// guided tour (its other strings are in classroom.ts)
		tourFinish: 'Finish',
		tourRestores: 'Ending the tour (or Esc) gives your networks back as they were.',
		linkErrorTitle: 'This link could not be read:',
		linkErrorKept: 'The network on screen is the last valid one; nothing from the link was used.',
		dismiss: 'Dismiss',
		storageIgnored: 'A state saved in this browser could not be read and was ignored; the presets are shown.',
		pageErrorTitle: 'Something on this page went wrong:',
		pageErrorHint: 'Your networks and the link are unchanged. If a part of the page stops responding, reload it.',
		cellFailed: 'This part of the page could not be drawn:',
		retry: 'Try again',
		footer: 'Every number on this page is computed in your browser from the network you see. Sources are listed above.'
	},
	ko: {
		pageTitle: 'nas-notebook: 셀 단위로 살펴보는 MnasNet과 NAS-FPN',
		brand: 'nas-notebook',
		skipToCells: '노트북 셀로 바로 가기',
		historyGroup: '편집 기록',
		undo: '실행 취소',
		redo: '다시 실행',
		undoHint: '실행 취소 (Ctrl+Z)',
		redoHint: '다시 실행 (Ctrl+Shift+Z 또는 Ctrl+Y)',
		reset: '프리셋으로 되돌리기',
		resetHint: '두 네트워크를 각각 고른 프리셋 상태로 되돌립니다 (실행 취소 가능)',
		language: '언어 (Language)',
		copyLink: '링크 복사',
		copyLinkHint: '지금 보이는 화면을 그대로 여는 링크를 복사합니다',
		linkCopied: '링크를 복사했습니다.',
		copyFallback: '브라우저가 복사를 막았습니다. 아래 링크를 선택해 복사하세요:',
		contents: '목차',
		interactive: '직접 조작',
		// 둘러보기 (나머지 문구는 classroom.ts)
		tourFinish: '마치기',
		tourRestores: '둘러보기를 끝내면(Esc 키도 됩니다) 네트워크가 시작 전 상태로 돌아갑니다.',
		linkErrorTitle: '이 링크를 읽을 수 없습니다:',
		linkErrorKept: '화면의 네트워크는 마지막으로 올바르던 상태이며, 링크의 내용은 하나도 쓰지 않았습니다.',
		dismiss: '닫기',
		storageIgnored: '이 브라우저에 저장된 상태를 읽을 수 없어 무시했습니다. 프리셋을 보여 줍니다.',
		pageErrorTitle: '페이지에서 문제가 생겼습니다:',
		pageErrorHint: '네트워크와 링크는 그대로입니다. 페이지 일부가 반응하지 않으면 새로 고침하세요.',
		cellFailed: '페이지의 이 부분을 그리지 못했습니다:',
		retry: '다시 시도',
		footer:
			'이 페이지의 모든 수치는 화면에 보이는 네트워크로부터 브라우저 안에서 계산됩니다. 출처는 위에 정리해 두었습니다.'
	}
});
