// Accessible names of the cell's controls, in English (what tests on the English page find controls by) and in
// Korean (what a Korean screen reader says). None of the English names may contain "resolution" (except the resolution box itself), "width_mult" (except the
// width box), "channels", "image size" or "repeats": the NAS-FPN cell's controls are found by those words.
import { pickNames } from '../localNames';
import { withParticle } from '$lib/i18n/particle';
import type { BlockField } from '$lib/arch/mnasnet/blockEdits';

export const NAMES = {
	preset: 'MnasNet preset',
	widthMult: 'width_mult',
	widthSlider: 'width multiplier slider',
	resolution: 'resolution',
	convention: 'convention',
	blockStrings: 'block strings',
	applyStrings: 'apply the edited text',
	addRow: 'append a block row',
	addBlock: 'add block',
	kernel: (k: number) => `kernel ${k}×${k} for selected block`,
	se: (r: number) => `SE ${r} for selected block`,
	fewerLayers: 'one layer fewer in selected block',
	moreLayers: 'one layer more in selected block',
	narrower: '8 filters fewer in selected block',
	wider: '8 filters more in selected block',
	moveLeft: 'move selected block left',
	moveRight: 'move selected block right',
	duplicateSelected: 'duplicate selected block',
	deleteSelected: 'delete selected block',
	deselect: 'clear block selection',
	toolbar: 'edit the selected block',
	/** i is 1-based */
	field: (field: BlockField, i: number) => `${field} of block ${i}`,
	moveUp: (i: number) => `move block ${i} up`,
	moveDown: (i: number) => `move block ${i} down`,
	duplicate: (i: number) => `duplicate block ${i}`,
	remove: (i: number) => `delete block ${i}`,
	selectBox: (i: number, what: string) => `select block ${i}, ${what}`
} as const;

export const namesFor = pickNames(NAMES, {
	preset: 'MnasNet 프리셋',
	widthMult: 'width_mult(너비 배수)',
	widthSlider: '너비 배수 슬라이더',
	resolution: '입력 해상도',
	convention: '규약',
	blockStrings: '블록 문자열',
	applyStrings: '고친 문자열 적용',
	addRow: '블록 행 추가',
	addBlock: '블록 추가',
	kernel: (k: number) => `선택한 블록의 커널을 ${withParticle(`${k}×${k}`, '으로/로')}`,
	moveLeft: '선택한 블록을 왼쪽으로 옮기기',
	moveRight: '선택한 블록을 오른쪽으로 옮기기',
	se: (r: number) => `선택한 블록의 SE를 ${r}로`,
	fewerLayers: '선택한 블록의 층을 하나 줄이기',
	moreLayers: '선택한 블록의 층을 하나 늘리기',
	narrower: '선택한 블록의 필터를 8개 줄이기',
	wider: '선택한 블록의 필터를 8개 늘리기',
	duplicateSelected: '선택한 블록 복제',
	deleteSelected: '선택한 블록 삭제',
	deselect: '블록 선택 해제',
	toolbar: '선택한 블록 편집',
	field: (field: BlockField, i: number) => `${i}번 블록의 ${field}`,
	moveUp: (i: number) => `${i}번 블록을 위로`,
	moveDown: (i: number) => `${i}번 블록을 아래로`,
	duplicate: (i: number) => `${i}번 블록 복제`,
	remove: (i: number) => `${i}번 블록 삭제`,
	selectBox: (i: number, what: string) => `${i}번 블록 선택, ${what}`
});
