// Which shapes a calibration times: those of the given networks first, then the shapes that one-block edits of a
// base network produce in MnasNet's factorized space (Tan et al. 2019 §4.1: ConvOp ∈ {conv, depthwise-separable
// conv, MBConv}, kernel ∈ {3, 5}, SE ratio ∈ {0, 0.25}). Channel and layer-count changes (filter multiplier,
// N ± 1) need no extra shapes: repeats reuse a block's second shape, and other widths are interpolated.
import { mnasPreset } from '../mnasnet/presets';
import type { MnasBlock, MnasnetSpec, MnasPresetId } from '../mnasnet/spec';
import { distinctShapes, type LayerShape } from './shapes';

/** The networks a calibration covers by default. */
export const CALIBRATION_PRESETS: readonly MnasPresetId[] = ['lecture', 'mnasnet-a1', 'mnasnet-small'];

type BlockEdit = Pick<MnasBlock, 'op' | 't' | 'k' | 'se'>;

/** One-block ConvOp × kernel × SE choices (regular conv without SE only: with SE it is rare and costly to time). */
export const BLOCK_EDITS: readonly BlockEdit[] = [
	...[3, 5].flatMap((k) => [0, 0.25].flatMap((se) => [3, 6].map((t) => ({ op: 'mbconv' as const, t, k, se })))),
	...[3, 5].flatMap((k) => [0, 0.25].map((se) => ({ op: 'sepconv' as const, t: 1, k, se }))),
	...[3, 5].map((k) => ({ op: 'conv' as const, t: 1, k, se: 0 }))
];

/** Networks that differ from `base` in one block's op, kernel or SE (each valid when `base` is). */
export function oneBlockEdits(base: MnasnetSpec): MnasnetSpec[] {
	const out: MnasnetSpec[] = [];
	for (let b = 0; b < base.blocks.length; b++) {
		for (const edit of BLOCK_EDITS) {
			const blocks = base.blocks.map((blk, i) => (i === b ? { ...blk, ...edit } : blk));
			out.push({ ...base, blocks });
		}
	}
	return out;
}

/**
 * The shapes to time, distinct, most useful first: the CALIBRATION_PRESETS (or `specs`), then the one-block
 * edits of each of `searchBases` (default MnasNet-A1, the paper's searched network).
 */
export function calibrationShapes(
	specs: readonly MnasnetSpec[] = CALIBRATION_PRESETS.map((id) => mnasPreset(id)),
	searchBases: readonly MnasnetSpec[] = [mnasPreset('mnasnet-a1')]
): LayerShape[] {
	return distinctShapes([...specs, ...searchBases.flatMap(oneBlockEdits)]);
}
