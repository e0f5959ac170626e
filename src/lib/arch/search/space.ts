// MnasNet's factorized hierarchical search space (Tan et al., CVPR 2019, §4.1, Fig. 4) around a given network:
// every block keeps its stride and searches its own ConvOp, kernel size, squeeze-excitation ratio, skip op, output
// filters (a multiplier of the block's channels) and number of layers (N−1, N, N+1). Blocks search independently,
// which is what keeps the space factorized: a network is one choice per decision.
import { LIMITS } from '../mnasnet/limits';
import type { MnasBlock, MnasnetSpec, SkipOp } from '../mnasnet/spec';
import { blockChannels } from '../mnasnet/widths';

/** The ConvOps of Fig. 4: regular conv, depthwise-separable conv, and MBConv with expansion 3 or 6. */
export type ConvChoice = 'conv' | 'sepconv' | 'mbconv3' | 'mbconv6';
export const CONV_CHOICES: readonly ConvChoice[] = ['mbconv3', 'mbconv6', 'sepconv', 'conv'];
const KERNEL_CHOICES: readonly number[] = [3, 5];
const SE_CHOICES: readonly number[] = [0, 0.25];
const SKIP_CHOICES: readonly SkipOp[] = ['identity', 'none'];
const FILTER_MULTIPLIERS: readonly number[] = [0.75, 1, 1.25];
const LAYER_OFFSETS: readonly number[] = [-1, 0, 1];

export type DecisionName = 'op' | 'kernel' | 'se' | 'skip' | 'filters' | 'layers';
const DECISION_NAMES: readonly DecisionName[] = ['op', 'kernel', 'se', 'skip', 'filters', 'layers'];

/** The options of one block: each list is what that block's decision can pick. */
export interface BlockSpace {
	op: readonly ConvChoice[];
	kernel: readonly number[];
	se: readonly number[];
	skip: readonly SkipOp[];
	/** output channels (before the network's width multiplier) */
	filters: readonly number[];
	layers: readonly number[];
}

export interface SearchSpace {
	/** the network the space is built around: its stem, head, strides, resolution and convention stay */
	base: MnasnetSpec;
	blocks: readonly BlockSpace[];
}

/** One network of the space: per block, the index picked in each decision's option list. */
export type Choices = number[][];

/** The block's channels times a multiplier, rounded to a whole channel. */
function scaleFilters(c: number, multiplier: number): number {
	return Math.max(1, Math.round(c * multiplier));
}

function unique<T>(xs: readonly T[]): T[] {
	return [...new Set(xs)];
}

/** The space around `base` (a valid spec). Options that would break the engine's limits are left out. */
export function buildSpace(base: MnasnetSpec): SearchSpace {
	const blocks = base.blocks.map((b): BlockSpace => {
		const filters = unique(FILTER_MULTIPLIERS.map((m) => scaleFilters(b.c, m))).filter((c) => {
			if (c > LIMITS.channels.max) return false;
			const w = blockChannels(base, { op: 'mbconv', c });
			return w >= LIMITS.channels.min && w <= LIMITS.channels.max;
		});
		const layers = unique(LAYER_OFFSETS.map((d) => b.n + d)).filter(
			(n) => n >= LIMITS.repeats.min && n <= LIMITS.repeats.max
		);
		return {
			op: CONV_CHOICES,
			kernel: KERNEL_CHOICES,
			se: SE_CHOICES,
			skip: SKIP_CHOICES,
			filters: filters.length > 0 ? filters : [b.c],
			layers: layers.length > 0 ? layers : [b.n]
		};
	});
	return { base, blocks };
}

/** How many options each decision has, block by block (the controller's logits have these sizes). */
export function decisionSizes(space: SearchSpace): number[][] {
	return space.blocks.map((b) => DECISION_NAMES.map((d) => b[d].length));
}

/** log10 of the number of networks in the space. */
export function spaceSizeLog10(space: SearchSpace): number {
	return decisionSizes(space)
		.flat()
		.reduce((s, n) => s + Math.log10(n), 0);
}

function blockFrom(bs: BlockSpace, pick: readonly number[], stride: number): MnasBlock {
	const [op, kernel, se, skip, filters, layers] = pick;
	const conv = bs.op[op];
	return {
		op: conv === 'mbconv3' || conv === 'mbconv6' ? 'mbconv' : conv,
		t: conv === 'mbconv3' ? 3 : conv === 'mbconv6' ? 6 : 1,
		c: bs.filters[filters],
		n: bs.layers[layers],
		s: stride,
		k: bs.kernel[kernel],
		se: bs.se[se],
		skip: bs.skip[skip]
	};
}

/** The network that `choices` picks (stem, head, strides and the rest come from the base). */
export function specFromChoices(space: SearchSpace, choices: Choices): MnasnetSpec {
	return {
		...space.base,
		blocks: space.blocks.map((bs, i) => blockFrom(bs, choices[i], space.base.blocks[i].s))
	};
}

/** Whether every pick is an index into its option list. */
export function inSpace(space: SearchSpace, choices: Choices): boolean {
	const sizes = decisionSizes(space);
	return (
		choices.length === sizes.length &&
		choices.every(
			(pick, i) =>
				pick.length === sizes[i].length && pick.every((c, d) => Number.isInteger(c) && c >= 0 && c < sizes[i][d])
		)
	);
}
