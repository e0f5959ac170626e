// Accessible names of the teaching controls, in English (tests on the English page find the controls by them) and
// Korean.
import { pickNames } from '../localNames';

export const TEACH_NAMES = {
	startTour: 'Start tour',
	nextStep: 'Next step',
	previousStep: 'Previous step',
	endTour: 'End tour',
	/** the last step's primary button */
	finishTour: 'Finish tour',
	check: 'Check',
	compareLeft: 'compare left',
	compareRight: 'compare right'
} as const;

export const teachNamesFor = pickNames(TEACH_NAMES, {
	startTour: '둘러보기 시작',
	nextStep: '다음 단계',
	previousStep: '이전 단계',
	endTour: '둘러보기 끝내기',
	finishTour: '둘러보기 마치기',
	check: '확인',
	compareLeft: '왼쪽 비교 대상',
	compareRight: '오른쪽 비교 대상'
});
