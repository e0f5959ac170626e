// Pure edits of a NAS-FPN cell list with the offset bookkeeping they need. Every function returns a new spec (the
// input is never mutated); the caller hands it to NotebookState.setFpn, which validates before committing.
import type { FpnCell, FpnOp, NasfpnSpec } from './spec';
import { cellOffset, levelCount } from './levels';

function withCell(spec: NasfpnSpec, index: number, cell: FpnCell): NasfpnSpec {
	return { ...spec, cells: spec.cells.map((c, i) => (i === index ? cell : c)) };
}

function copyCell(c: FpnCell): FpnCell {
	return { ...c, inputs: [c.inputs[0], c.inputs[1]] };
}

export function setCellOp(spec: NasfpnSpec, index: number, op: FpnOp): NasfpnSpec {
	return withCell(spec, index, { ...copyCell(spec.cells[index]), op });
}

export function setCellLevel(spec: NasfpnSpec, index: number, level: number): NasfpnSpec {
	return withCell(spec, index, { ...copyCell(spec.cells[index]), level });
}

export function setCellOutput(spec: NasfpnSpec, index: number, output: boolean): NasfpnSpec {
	return withCell(spec, index, { ...copyCell(spec.cells[index]), output });
}

/** Point input `which` (0 or 1) of cell `index` at node `offset`. Validation (earlier node, distinct) is the engine's. */
export function rewireInput(spec: NasfpnSpec, index: number, which: 0 | 1, offset: number): NasfpnSpec {
	const c = copyCell(spec.cells[index]);
	c.inputs[which] = offset;
	return withCell(spec, index, c);
}

/**
 * Append a cell that continues the graph: it merges the last two nodes at the last node's level and is an output,
 * so it takes over that level's output and no node goes dead.
 */
export function appendCell(spec: NasfpnSpec): NasfpnSpec {
	const n = levelCount(spec) + spec.cells.length;
	const last = spec.cells.at(-1);
	const level = last ? last.level : spec.maxLevel;
	const cell: FpnCell = { level, op: 'sum', inputs: [n - 2, n - 1], output: true };
	return { ...spec, cells: [...spec.cells.map(copyCell), cell] };
}

export interface Repointed {
	/** 0-based index of the consuming cell in the new spec */
	cell: number;
	which: 0 | 1;
	/** the node it now reads (offset in the new spec) */
	to: number;
}

export type DeleteResult = { ok: true; spec: NasfpnSpec; repointed: Repointed[] } | { ok: false; reason: 'last-cell' };

/**
 * Delete cell `index`. Later nodes move down one offset, so inputs pointing past the deleted node are shifted down.
 * An input that read the deleted node now reads what the deleted node read (its first input, or its second when the
 * first would duplicate the consumer's other input): the deleted cell is bypassed. Only the delete of the last
 * remaining cell is refused (a pyramid needs at least one cell).
 */
export function deleteCell(spec: NasfpnSpec, index: number): DeleteResult {
	if (spec.cells.length <= 1) return { ok: false, reason: 'last-cell' };
	const gone = cellOffset(spec, index);
	const bypass = spec.cells[index].inputs;
	const shift = (x: number) => (x > gone ? x - 1 : x);
	const repointed: Repointed[] = [];
	const cells: FpnCell[] = [];
	for (let i = 0; i < spec.cells.length; i++) {
		if (i === index) continue;
		const c = copyCell(spec.cells[i]);
		const newIndex = cells.length;
		for (const which of [0, 1] as const) {
			if (c.inputs[which] !== gone) continue;
			const other = c.inputs[1 - which];
			// bypass inputs are earlier than the deleted node; the engine accepts a repeated input if both equal `other`
			const to = bypass[0] !== other ? bypass[0] : bypass[1];
			c.inputs[which] = to;
			repointed.push({ cell: newIndex, which, to });
		}
		c.inputs = [shift(c.inputs[0]), shift(c.inputs[1])];
		cells.push(c);
	}
	// bypass targets are earlier than the deleted node, so shifting never moves them; report final offsets anyway
	return { ok: true, spec: { ...spec, cells }, repointed: repointed.map((r) => ({ ...r, to: shift(r.to) })) };
}

/** Offsets a cell may read: every node before it. */
export function candidateInputs(spec: Pick<NasfpnSpec, 'minLevel' | 'maxLevel'>, index: number): number[] {
	return Array.from({ length: cellOffset(spec, index) }, (_, i) => i);
}
