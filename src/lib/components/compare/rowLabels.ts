// Row names of a comparison: "block 3", "cell 2", "stem"… (1-based, as the tables show them) and the one-character
// tick labels of the strip diagram.
import type { CompareRow } from '$lib/arch/compare';

export interface RowNames {
	rowStem: string;
	rowHead: string;
	rowInput: string;
	rowBlock: string;
	rowCell: string;
}

export function rowName(row: CompareRow, names: RowNames): string {
	if (row.key === 'stem') return names.rowStem;
	if (row.key === 'head') return names.rowHead;
	if (row.key === 'input-stage') return names.rowInput;
	const block = /^block-(\d+)$/.exec(row.key);
	if (block) return names.rowBlock.replace('{i}', String(Number(block[1]) + 1));
	const cell = /^cell-(\d+)$/.exec(row.key);
	if (cell) return names.rowCell.replace('{i}', String(Number(cell[1]) + 1));
	return row.key;
}

/** "S", "1" … "7", "H"; "in", "1" … for the strip's axis. */
export function rowTick(row: CompareRow): string {
	if (row.key === 'stem') return 'S';
	if (row.key === 'head') return 'H';
	if (row.key === 'input-stage') return 'in';
	const m = /-(\d+)$/.exec(row.key);
	return m ? String(Number(m[1]) + 1) : row.key;
}
