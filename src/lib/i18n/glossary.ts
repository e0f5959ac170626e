// One Korean term per concept. Prose and UI strings either interpolate these (`term('featureMap', lang)`) or write the
// same words; the unit test over every Korean catalog (tests/unit/i18n/glossary.test.ts) fails when a string uses one
// of the `rejected` variants instead, so a course reads with one vocabulary from the first paragraph to the last field.
import type { Lang } from './i18n.svelte';

export interface GlossaryEntry {
	en: string;
	ko: string;
	/** Korean (or English-in-Korean) variants that must not appear in Korean text for this concept */
	rejected: readonly string[];
}

export const GLOSSARY = {
	featureMap: {
		en: 'feature map',
		ko: '특징 맵',
		rejected: ['특성 맵', '특성맵', '특성 피라미드', '피처 맵', '피쳐 맵', 'feature map']
	},
	depthwiseConv: {
		en: 'depthwise convolution',
		ko: '깊이별 합성곱',
		rejected: ['depthwise', '깊이 방향 합성곱', '뎁스와이즈']
	},
	pointwiseConv: { en: 'pointwise (1×1) convolution', ko: '점별 합성곱', rejected: ['pointwise', '포인트와이즈'] },
	globalPooling: { en: 'global pooling', ko: '전역 풀링', rejected: ['global pooling', '글로벌 풀링', '전체 풀링'] },
	widthMultiplier: {
		en: 'width multiplier',
		ko: '너비 배수',
		rejected: ['폭 배수', '폭 승수', '너비 승수', '채널 배수']
	},
	inputResolution: { en: 'input resolution', ko: '입력 해상도', rejected: ['입력 크기', '입력 사이즈'] },
	bias: { en: 'bias', ko: '바이어스', rejected: ['편향', 'bias'] },
	bnFolding: { en: 'BN folding', ko: 'BN 폴딩', rejected: ['BN 접기', 'BN 융합', 'BN folding', 'BN folded'] },
	latency: { en: 'latency', ko: '지연 시간', rejected: ['레이턴시', '지연시간', '대기 시간', 'latency'] },
	mergingCell: { en: 'merging cell', ko: '병합 셀', rejected: ['머징 셀', '합병 셀', 'merging cell'] },
	pyramidNetwork: { en: 'pyramid network', ko: '피라미드 네트워크', rejected: ['피라미드 망', '피라미드 신경망'] },
	reward: { en: 'reward', ko: '보상', rejected: ['리워드'] },
	softConstraint: { en: 'soft constraint', ko: '소프트 제약', rejected: ['연성 제약', '약한 제약'] },
	hardConstraint: { en: 'hard constraint', ko: '하드 제약', rejected: ['경성 제약', '강한 제약'] },
	target: { en: 'target', ko: '목표', rejected: ['타깃', '타겟'] },
	parameters: { en: 'parameters', ko: '파라미터', rejected: ['매개변수', '모수'] },
	macs: { en: 'MACs', ko: '곱셈-누산(MAC)', rejected: ['곱셈 누산', '곱셈-누적', '멀티플라이-애드'] },
	block: { en: 'block', ko: '블록', rejected: ['블럭'] },
	stride: { en: 'stride', ko: '스트라이드', rejected: ['보폭', 'stride'] },
	kernel: { en: 'kernel', ko: '커널', rejected: ['필터 크기'] },
	expansionRatio: { en: 'expansion ratio', ko: '확장 비율', rejected: ['확장 배율', '확장률', '팽창 비율'] },
	skipConnection: { en: 'skip connection', ko: '스킵 연결', rejected: ['건너뛰기 연결', '스킵 커넥션', '지름길 연결'] },
	channels: { en: 'channels', ko: '채널', rejected: ['채널들'] },
	searchSpace: { en: 'search space', ko: '탐색 공간', rejected: ['검색 공간', '탐색공간'] },
	controller: { en: 'controller', ko: '컨트롤러', rejected: ['제어기'] },
	proxyTask: { en: 'proxy task', ko: '프록시 작업', rejected: ['대리 과제', '대리 작업', '프록시 과제', 'proxy task'] },
	inference: { en: 'inference', ko: '추론', rejected: ['인퍼런스'] },
	backbone: { en: 'backbone', ko: '백본', rejected: ['뼈대 네트워크', '골격망'] },
	head: { en: 'head', ko: '헤드', rejected: ['머리 부분'] },
	neck: { en: 'neck', ko: '넥', rejected: ['넥(neck)', '목 부분'] },
	accuracy: { en: 'accuracy', ko: '정확도', rejected: ['정밀도', '정답률'] },
	calibration: { en: 'calibration', ko: '보정', rejected: ['캘리브레이션', '교정'] },
	prediction: { en: 'prediction', ko: '예측', rejected: ['추정값'] },
	sample: { en: 'sample', ko: '샘플', rejected: ['표본'] },
	activationMemory: { en: 'activation memory', ko: '활성 메모리', rejected: ['활성화 메모리'] },
	undo: { en: 'undo', ko: '실행 취소', rejected: ['되돌리기 (Ctrl+Z)', '취소하기'] },
	redo: { en: 'redo', ko: '다시 실행', rejected: ['다시 하기', '재실행'] },
	lock: { en: 'lock', ko: '잠금', rejected: ['잠그기'] },
	tour: { en: 'tour', ko: '둘러보기', rejected: ['투어'] },
	classroomLink: { en: 'classroom link', ko: '수업 링크', rejected: ['수업용 링크', '교실 링크'] },
	export: { en: 'export', ko: '내보내기', rejected: ['익스포트', '엑스포트'] }
} as const satisfies Record<string, GlossaryEntry>;

export type Concept = keyof typeof GLOSSARY;

/** The one word for a concept in the page's language. */
export function term(concept: Concept, lang: Lang): string {
	return GLOSSARY[concept][lang];
}
