// planMnasnet: apply the convention's rules (widths.ts) and resolve every layer's channels and shapes.
// Sizes follow ceil(H/s) (padding k//2 with odd k in PyTorch, 'same' in TF: conv cost formulas, checked with PyTorch forward hooks).
import type { MnasPlan, PlannedLayer, Shape3 } from './plan';
import type { MnasBlock, MnasnetSpec } from './spec';
import { blockChannels, headChannels, seReduceWidth, stemChannels } from './widths';

/** Layer names: `stem`, `b{block}.{repeat}` (0-based, like the `blocks[i]` paths), `head`, `pool`, `classifier`. */
export function layerName(block: number, repeat: number): string {
	return `b${block}.${repeat}`;
}

function ceilDiv(size: number, stride: number): number {
	return Math.ceil(size / stride);
}

/** Width of the depthwise (mbconv, sepconv) or main (conv) stage, and whether the mbconv expand conv exists. */
function layerHidden(
	convention: MnasnetSpec['convention'],
	block: Pick<MnasBlock, 'op' | 't'>,
	inChannels: number,
	outChannels: number
): { hidden: number; hasExpand: boolean } {
	if (block.op === 'conv') return { hidden: outChannels, hasExpand: false };
	if (block.op === 'sepconv') return { hidden: inChannels, hasExpand: false };
	// lecture: InvertedResidual always builds the 1×1 expand conv; tf: only when e ≠ 1 (tensorflow/tpu mnasnet_model.py; AnjieCheng/MnasNet-PyTorch MnasNet.py)
	const hasExpand = convention === 'lecture' || block.t !== 1;
	return { hidden: hasExpand ? inChannels * block.t : inChannels, hasExpand };
}

/** The resolved network. Expects a valid spec (see validateMnasnet / analyzeMnasnet for untrusted input). */
export function planMnasnet(spec: MnasnetSpec): MnasPlan {
	const lecture = spec.convention === 'lecture';
	const r = spec.resolution;
	const layers: PlannedLayer[] = [];

	let size = ceilDiv(r, 2);
	let channels = stemChannels(spec);
	layers.push({
		kind: 'stem',
		name: 'stem',
		inShape: [r, r, 3],
		outShape: [size, size, channels],
		k: 3,
		s: 2
	});

	for (let b = 0; b < spec.blocks.length; b++) {
		const block = spec.blocks[b];
		const out = blockChannels(spec, block);
		for (let rep = 0; rep < block.n; rep++) {
			const s = rep === 0 ? block.s : 1; // only the first layer of a block strides
			const outSize = ceilDiv(size, s);
			const { hidden, hasExpand } = layerHidden(spec.convention, block, channels, out);
			const inShape: Shape3 = [size, size, channels];
			layers.push({
				kind: 'block',
				name: layerName(b, rep),
				block: b,
				repeat: rep,
				op: block.op,
				inShape,
				outShape: [outSize, outSize, out],
				k: block.k,
				s,
				hidden,
				hasExpand,
				seReduce: seReduceWidth(channels, block.se),
				residual: block.skip === 'identity' && s === 1 && channels === out
			});
			size = outSize;
			channels = out;
		}
	}

	const head = headChannels(spec);
	layers.push({ kind: 'head', name: 'head', inShape: [size, size, channels], outShape: [size, size, head] });
	layers.push({ kind: 'pool', name: 'pool', inShape: [size, size, head], outShape: [1, 1, head] });
	layers.push({
		kind: 'classifier',
		name: 'classifier',
		inShape: [1, 1, head],
		outShape: [1, 1, spec.numClasses],
		dropout: lecture ? 0.5 : 0.2
	});

	return {
		convention: spec.convention,
		activation: lecture ? 'relu6' : 'relu',
		resolution: r,
		numClasses: spec.numClasses,
		bnEpsilon: lecture ? 1e-5 : 1e-3,
		layers
	};
}
