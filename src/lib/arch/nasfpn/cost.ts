// The exact cost of a NAS-FPN spec, layer for layer as tensorflow/tpu nasfpn.py builds it (tensorflow/tpu detection/modeling/architecture/nasfpn.py, §2.4, §7).
// Params: conv weights and biases, BN γ and β; BN running statistics apart (bnBuffers). MACs: convolutions only.
// Resampling, sums, gates, ReLU and BN are elementwise work, reported apart. FLOPs = 2 × MACs (the paper's convention).
import { resolveNasfpn, levelSide } from './graph';
import type { ElementwiseWork, FpnCostReport, FpnInputStageLevel, FpnNodeCost, FpnTotals } from './report';
import type { NasfpnSpec } from './spec';
import { nasfpnWarnings } from './validate';

export interface ConvCost {
	params: number;
	bnBuffers: number;
	/** per output pixel */
	macsPerPixel: number;
}

/**
 * A k×k conv cin→cout with bias, then BN. Separable as `tf.layers.separable_conv2d(depth_multiplier=1)`:
 * depthwise k×k×cin without bias, pointwise cin→cout with bias.
 */
export function convBnCost(k: number, cin: number, cout: number, separable: boolean): ConvCost {
	const bn = 2 * cout;
	if (separable) {
		return { params: k * k * cin + cin * cout + cout + bn, bnBuffers: bn, macsPerPixel: k * k * cin + cin * cout };
	}
	return { params: k * k * cin * cout + cout + bn, bnBuffers: bn, macsPerPixel: k * k * cin * cout };
}

function zeroWork(): ElementwiseWork {
	return { adds: 0, multiplies: 0, sigmoids: 0, poolOutputs: 0, upsampleOutputs: 0 };
}

function addWork(a: ElementwiseWork, b: ElementwiseWork, times = 1): ElementwiseWork {
	return {
		adds: a.adds + times * b.adds,
		multiplies: a.multiplies + times * b.multiplies,
		sigmoids: a.sigmoids + times * b.sigmoids,
		poolOutputs: a.poolOutputs + times * b.poolOutputs,
		upsampleOutputs: a.upsampleOutputs + times * b.upsampleOutputs
	};
}

function totals(params: number, bnBuffers: number, macs: number, elementwise: ElementwiseWork): FpnTotals {
	return { params, bnBuffers, macs, flops: 2 * macs, weightBytes: 4 * (params + bnBuffers), elementwise };
}

function sumTotals(
	items: { params: number; bnBuffers: number; macs: number; elementwise: ElementwiseWork }[]
): FpnTotals {
	let params = 0;
	let bnBuffers = 0;
	let macs = 0;
	let work = zeroWork();
	for (const it of items) {
		params += it.params;
		bnBuffers += it.bnBuffers;
		macs += it.macs;
		work = addWork(work, it.elementwise);
	}
	return totals(params, bnBuffers, macs, work);
}

/**
 * The input stage (§2.4): for each pyramid level in order, a given backbone level gets a 1×1 conv + BN when its
 * width ≠ D (nothing when equal); a missing level is the max pool by 2 of the previous (already D-wide) level.
 */
function inputStage(spec: NasfpnSpec): FpnInputStageLevel[] {
	const bb = spec.backboneChannels;
	if (!bb) return [];
	const D = spec.channels;
	const levels: FpnInputStageLevel[] = [];
	for (let level = spec.minLevel; level <= spec.maxLevel; level++) {
		const side = levelSide(spec.imageSize, level);
		const pixels = side * side;
		const cin = bb[String(level)];
		if (cin !== undefined) {
			const projected = cin !== D;
			const conv = projected ? convBnCost(1, cin, D, spec.separable) : { params: 0, bnBuffers: 0, macsPerPixel: 0 };
			levels.push({
				level,
				side,
				source: 'backbone',
				inChannels: cin,
				projected,
				params: conv.params,
				bnBuffers: conv.bnBuffers,
				macs: conv.macsPerPixel * pixels,
				elementwise: zeroWork()
			});
		} else {
			levels.push({
				level,
				side,
				source: 'pool',
				projected: false,
				params: 0,
				bnBuffers: 0,
				macs: 0,
				elementwise: { ...zeroWork(), poolOutputs: pixels * D }
			});
		}
	}
	return levels;
}

export function costNasfpn(spec: NasfpnSpec): FpnCostReport {
	const graph = resolveNasfpn(spec);
	const D = spec.channels;
	const cellConv = convBnCost(3, D, D, spec.separable);

	const nodes: FpnNodeCost[] = graph.nodes.map((n) => {
		const outputElements = n.side * n.side * D;
		const base = {
			offset: n.offset,
			cell: n.cell,
			level: n.level,
			side: n.side,
			op: n.op,
			inputs: n.inputs.map((i) => ({ ...i, resample: { ...i.resample } })),
			extraInputs: [...n.extraInputs],
			isOutput: n.isOutput,
			outputFlag: n.outputFlag,
			dead: n.dead,
			outputElements
		};
		if (n.op === 'input') {
			return { ...base, params: 0, bnBuffers: 0, macs: 0, elementwise: zeroWork() };
		}
		const work = zeroWork();
		for (const inp of n.inputs) {
			if (inp.resample.kind === 'down') work.poolOutputs += outputElements;
			if (inp.resample.kind === 'up') work.upsampleOutputs += outputElements;
		}
		if (n.op === 'sum') {
			work.adds += outputElements;
		} else {
			// gp: global max over H×W (D outputs) → sigmoid (D) → gated input × gate → + base.
			work.poolOutputs += D;
			work.sigmoids += D;
			work.multiplies += outputElements;
			work.adds += outputElements;
		}
		work.adds += n.extraInputs.length * outputElements;
		return {
			...base,
			gateInput: n.gateInput,
			params: cellConv.params,
			bnBuffers: cellConv.bnBuffers,
			macs: cellConv.macsPerPixel * n.side * n.side,
			elementwise: work
		};
	});

	const stageLevels = inputStage(spec);
	const perRepeat = sumTotals(nodes);
	const stage = sumTotals(stageLevels);
	const total = totals(
		stage.params + spec.repeats * perRepeat.params,
		stage.bnBuffers + spec.repeats * perRepeat.bnBuffers,
		stage.macs + spec.repeats * perRepeat.macs,
		addWork(stage.elementwise, perRepeat.elementwise, spec.repeats)
	);

	return {
		nodes,
		outputs: { ...graph.outputs },
		perRepeat,
		inputStage: stage,
		inputStageLevels: stageLevels,
		total,
		warnings: nasfpnWarnings(spec)
	};
}
