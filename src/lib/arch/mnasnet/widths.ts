// Channel-width rules of the two reference implementations (tensorflow/tpu models/official/mnasnet/mnasnet_models.py–§3).
import type { MnasBlock, MnasnetSpec } from './spec';

/**
 * TF `round_filters` (tensorflow/tpu mnasnet_model.py) = torchvision `_round_to_multiple_of(v, 8, 0.9)`:
 * scale, round to the nearest multiple of `divisor` (at least `minDepth`, default `divisor`), and add one more
 * `divisor` when rounding lost more than 10 %. A falsy multiplier returns `filters` unchanged, as TF does.
 */
export function roundFilters(filters: number, multiplier: number, divisor = 8, minDepth?: number): number {
	if (!multiplier) return filters;
	const f = filters * multiplier;
	let rounded = Math.max(minDepth || divisor, Math.floor(Math.trunc(f + divisor / 2) / divisor) * divisor);
	if (rounded < 0.9 * f) rounded += divisor;
	return rounded;
}

/** Python's `int(c * w)` for positive values (truncation, no rounding to 8): the lecture code's rule. */
function truncScale(channels: number, multiplier: number): number {
	return Math.trunc(channels * multiplier);
}

/**
 * `tf` rule for a stem or block width. At widthMult 1 the channels stay as written: every TF preset is built with
 * its default `depth_multiplier=None`, and `round_filters` returns the filters untouched then (mnasnet-d1's 36 stays 36).
 */
function tfChannels(channels: number, widthMult: number): number {
	return widthMult === 1 ? channels : roundFilters(channels, widthMult);
}

export function stemChannels(spec: Pick<MnasnetSpec, 'convention' | 'widthMult' | 'stem'>): number {
	return spec.convention === 'lecture' ? truncScale(spec.stem, spec.widthMult) : tfChannels(spec.stem, spec.widthMult);
}

/** Output channels of a block. Lecture: a sepconv keeps its c (the notes' SepConv stays 16), the rest int(c·w). */
export function blockChannels(
	spec: Pick<MnasnetSpec, 'convention' | 'widthMult'>,
	block: Pick<MnasBlock, 'op' | 'c'>
): number {
	if (spec.convention === 'lecture') {
		return block.op === 'sepconv' ? block.c : truncScale(block.c, spec.widthMult);
	}
	return tfChannels(block.c, spec.widthMult);
}

/** Head width. Lecture: `int(head·w) if w > 1 else head`; tf (and torchvision): fixed, never scaled. */
export function headChannels(spec: Pick<MnasnetSpec, 'convention' | 'widthMult' | 'head'>): number {
	if (spec.convention === 'lecture' && spec.widthMult > 1) return truncScale(spec.head, spec.widthMult);
	return spec.head;
}

/** SE reduce width, TF rule: `max(1, int(layer_input_channels · se))`; 0 when the layer has no SE. */
export function seReduceWidth(layerInputChannels: number, se: number): number {
	return se > 0 ? Math.max(1, Math.trunc(layerInputChannels * se)) : 0;
}
