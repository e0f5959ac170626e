// The rows of a MnasNet report: the stem, one row per spec block, and the head row (the 1×1 head conv, global
// pooling and the classifier). Cost, latency prediction, charts and exports all name rows with this one type.
import type { PlannedLayer } from './plan';

export type MnasRow = { kind: 'stem' } | { kind: 'block'; index: number } | { kind: 'head' };

/** A row as a short stable text: `stem`, `b0`, `b1`…, `head` (block indices 0-based, like layer names `b0.0`). */
export type MnasRowKey = 'stem' | 'head' | `b${number}`;

export const STEM_ROW: MnasRow = Object.freeze({ kind: 'stem' });
export const HEAD_ROW: MnasRow = Object.freeze({ kind: 'head' });

/** The row of spec block `index` (0-based). */
export function blockRowOf(index: number): MnasRow {
	return { kind: 'block', index };
}

export function rowKey(row: MnasRow): MnasRowKey {
	return row.kind === 'block' ? `b${row.index}` : row.kind;
}

/** Whether `row` is the row of spec block `index`. */
export function isBlockRow(row: MnasRow, index: number): boolean {
	return row.kind === 'block' && row.index === index;
}

/** The row a planned layer counts in: head, pool and classifier all fall in the head row. */
export function layerRow(layer: PlannedLayer): MnasRow {
	switch (layer.kind) {
		case 'stem':
			return STEM_ROW;
		case 'block':
			return blockRowOf(layer.block);
		default:
			return HEAD_ROW;
	}
}
