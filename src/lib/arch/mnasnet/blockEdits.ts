// Structural edits of a MnasNet block table as pure functions: each returns a new spec (the old one is never
// touched), which the caller hands to NotebookState.setMnas for validation. Indices are 0-based.
import type { MnasBlock, MnasnetSpec } from './spec';

export type BlockField = keyof MnasBlock;
export const BLOCK_FIELDS: readonly BlockField[] = ['op', 't', 'c', 'n', 's', 'k', 'se', 'skip'];

function withBlocks(spec: MnasnetSpec, blocks: MnasBlock[]): MnasnetSpec {
	return { ...spec, blocks };
}

/** A new block that keeps the feature map and width of the block before it: an MBConv6 k3 layer with an
 * identity skip, the most common layer of the search space. */
export function newBlockAfter(spec: MnasnetSpec, index: number): MnasBlock {
	const prev = spec.blocks[index];
	return { op: 'mbconv', t: 6, c: prev ? prev.c : spec.stem, n: 1, s: 1, k: 3, se: 0, skip: 'identity' };
}

/** Inserts `block` at position `at` (clamped to the table). */
export function insertBlock(spec: MnasnetSpec, at: number, block: MnasBlock): MnasnetSpec {
	const i = Math.max(0, Math.min(spec.blocks.length, at));
	return withBlocks(spec, [...spec.blocks.slice(0, i), { ...block }, ...spec.blocks.slice(i)]);
}

export function deleteBlock(spec: MnasnetSpec, index: number): MnasnetSpec {
	if (index < 0 || index >= spec.blocks.length) return spec;
	return withBlocks(
		spec,
		spec.blocks.filter((_, i) => i !== index)
	);
}

/** The copy goes right after the original. */
export function duplicateBlock(spec: MnasnetSpec, index: number): MnasnetSpec {
	const b = spec.blocks[index];
	return b ? insertBlock(spec, index + 1, b) : spec;
}

/** Moves block `from` so that it ends at position `to` (clamped); other blocks keep their order. */
export function moveBlock(spec: MnasnetSpec, from: number, to: number): MnasnetSpec {
	const n = spec.blocks.length;
	if (from < 0 || from >= n) return spec;
	const target = Math.max(0, Math.min(n - 1, to));
	if (target === from) return spec;
	const rest = spec.blocks.filter((_, i) => i !== from);
	return withBlocks(spec, [...rest.slice(0, target), spec.blocks[from], ...rest.slice(target)]);
}

/** Sets one field of one block to a value as given (possibly invalid: validation decides). */
export function setBlockField(spec: MnasnetSpec, index: number, field: BlockField, value: unknown): MnasnetSpec {
	if (index < 0 || index >= spec.blocks.length) return spec;
	return withBlocks(
		spec,
		spec.blocks.map((b, i) => (i === index ? ({ ...b, [field]: value } as MnasBlock) : b))
	);
}

/** Where the selection goes after a block moved from `from` to `to`. */
export function selectionAfterMove(selected: number | null, from: number, to: number): number | null {
	if (selected === null) return null;
	if (selected === from) return to;
	if (from < selected && to >= selected) return selected - 1;
	if (from > selected && to <= selected) return selected + 1;
	return selected;
}

/** Where the selection goes after block `index` was deleted from a table that now has `length` blocks. */
export function selectionAfterDelete(selected: number | null, index: number, length: number): number | null {
	if (selected === null) return null;
	if (length === 0) return null;
	if (selected === index) return Math.min(index, length - 1);
	return selected > index ? selected - 1 : selected;
}
