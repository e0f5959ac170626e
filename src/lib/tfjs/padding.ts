// Spatial padding of a k×k convolution with stride s. Output sizes are ceil(H/s) either way (conv cost formulas, checked with PyTorch forward hooks);
// the values differ only on stride-2 layers of even-sized inputs, where PyTorch pads k//2 on both sides and
// TF 'same' puts the extra pixel after. The `lecture` convention is PyTorch code, the `tf` one is TensorFlow.
import type { Convention } from '../arch/mnasnet/spec';

export type ExplicitPadding = [[number, number], [number, number], [number, number], [number, number]];

export type Padding = { mode: 'same' } | { mode: 'symmetric'; pad: number };

export function paddingFor(convention: Convention, k: number, s: number): Padding {
	// stride 1 with odd k: 'same' is already k//2 on both sides
	if (s === 1 || convention === 'tf') return { mode: 'same' };
	return { mode: 'symmetric', pad: Math.floor(k / 2) };
}

/** The `pad` argument of tf.conv2d / tf.fused.conv2d for this padding. */
export function opPad(p: Padding): 'same' | ExplicitPadding {
	if (p.mode === 'same') return 'same';
	return [
		[0, 0],
		[p.pad, p.pad],
		[p.pad, p.pad],
		[0, 0]
	];
}
