import { pickNames } from '../localNames';

// Accessible names of the NAS-FPN controls, in English (tests on the English page address the controls by these
// names) and in Korean. None of the English names may contain
// "resolution" or "width_mult" (the MnasNet cell's names), and only the `channels` box contains "channels".
export const NAMES = {
	channels: 'channels',
	imageSize: 'image size',
	repeats: 'repeats',
	separable: 'separable',
	backbone: (level: number) => `backbone width C${level}`,
	editCell: 'edit cell',
	op: (cell: number) => `op of cell ${cell}`,
	level: (cell: number) => `level of cell ${cell}`,
	output: (cell: number) => `output of cell ${cell}`,
	input: (which: 1 | 2, cell: number) => `input ${which} of cell ${cell}`,
	random: 'Random NAS-FPN',
	compareA: 'compare step A',
	compareB: 'compare step B'
} as const;

export const namesFor = pickNames(NAMES, {
	channels: '채널 수 D',
	imageSize: '이미지 크기',
	repeats: '피라미드 네트워크 쌓는 횟수',
	separable: '깊이별 분리 합성곱',
	backbone: (level: number) => `백본 C${level} 채널 수`,
	editCell: '편집할 병합 셀',
	op: (cell: number) => `병합 셀 ${cell}의 연산`,
	level: (cell: number) => `병합 셀 ${cell}의 레벨`,
	output: (cell: number) => `병합 셀 ${cell}의 출력 여부`,
	input: (which: 1 | 2, cell: number) => `병합 셀 ${cell}의 입력 ${which}`,
	random: '무작위 NAS-FPN',
	compareA: '비교할 단계 A',
	compareB: '비교할 단계 B'
});
