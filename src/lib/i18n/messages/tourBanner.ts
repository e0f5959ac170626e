// Strings of the first screen's teaching parts: the classroom banner students see and the guided tour's bar and
// card. The rest of the teaching features' strings (classroom panel, exercises, compare) are in classroom.ts.
import { defineMessages } from '../i18n.svelte';

export const tourBannerMessages = defineMessages({
	en: {
		// banner
		banner: 'Classroom mode: your teacher has locked some controls',
		exit: 'Exit classroom mode',
		badLock: 'The classroom part of this link could not be read; all controls are shown.',
		// tour
		tourLabel: 'Guided tour',
		tourStart: 'Start tour',
		tourNext: 'Next',
		tourBack: 'Back',
		tourEnd: 'End tour',
		tourProgress: 'Step {n} of {count}',
		tourLink: 'Link to this step'
	},
	ko: {
		banner: '수업 모드: 선생님이 일부 컨트롤을 잠갔습니다',
		exit: '수업 모드 끝내기',
		badLock: '이 링크의 수업 설정을 읽을 수 없어 모든 컨트롤을 보여 줍니다.',
		tourLabel: '둘러보기',
		tourStart: '둘러보기 시작',
		tourNext: '다음',
		tourBack: '이전',
		tourEnd: '둘러보기 끝내기',
		tourProgress: '{count}단계 중 {n}단계',
		tourLink: '이 단계로 가는 링크'
	}
});
