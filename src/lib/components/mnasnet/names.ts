// Accessible names of the cell's controls. They stay English in every UI language because tests and checks find
// controls by them. None may contain "resolution" (except the resolution box itself), "width_mult" (except the
// width box), "channels", "image size" or "repeats": the NAS-FPN cell's controls are found by those words.
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
