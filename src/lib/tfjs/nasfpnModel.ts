// A NAS-FPN spec as a tf.layers pyramid, run on random feature maps. The wiring comes from the engine
// (resolveNasfpn: inputs, resampling, gp gate, extra same-level inputs, outputs; costNasfpn: the input stage),
// and each node computes what tensorflow/tpu nasfpn.py computes (tensorflow/tpu detection/modeling/architecture/nasfpn.py):
//   resample both inputs (nearest upsampling by 2^d, or max pool kernel = stride = 2^d, SAME) →
//   sum: a + b | gp: R(c) + R(f)·sigmoid(globalmax(R(c))), c = the coarser input →
//   + every extra same-level input → ReLU → 3×3 conv D→D with bias (or separable) → BN.
// Dead nodes are computed and thrown away, as in TF, so they are model outputs too (their weights count).
import * as tf from '@tensorflow/tfjs';
import type { Shape3 } from '../arch/mnasnet/plan';
import { costNasfpn } from '../arch/nasfpn/cost';
import { resolveNasfpn, type FpnGraph, type FpnGraphNode } from '../arch/nasfpn/graph';
import type { FpnInputStageLevel, Resample } from '../arch/nasfpn/report';
import type { NasfpnSpec } from '../arch/nasfpn/spec';
import { levelCount } from '../arch/nasfpn/levels';
import { partName } from './names';

type Sym = tf.SymbolicTensor;

/** One feature map the pyramid reads: a backbone level (its own width) or, with no input stage, a D-wide P level. */
export interface FpnInputFeature {
	level: number;
	side: number;
	channels: number;
}

export interface FpnLayersModel {
	model: tf.LayersModel;
	spec: NasfpnSpec;
	graph: FpnGraph;
	inputs: FpnInputFeature[];
	stage: FpnInputStageLevel[];
	/** model outputs in order: the last repeat's level outputs (minLevel … maxLevel), then dead nodes */
	outputLevels: number[];
	/** `r{repeat}.n{offset}` → output shape [H, W, C] of every computed cell node, as built */
	nodeShapes: Record<string, Shape3>;
}

export function nodeOwner(repeat: number, offset: number): string {
	return `r${repeat}.n${offset}`;
}

export function stageOwner(level: number): string {
	return `in.p${level}`;
}

/** The feature maps a spec's pyramid reads (shapes of the random inputs). */
function fpnInputFeatures(spec: NasfpnSpec, stage: FpnInputStageLevel[]): FpnInputFeature[] {
	if (stage.length > 0) {
		return stage
			.filter((s) => s.source === 'backbone')
			.map((s) => ({ level: s.level, side: s.side, channels: s.inChannels ?? spec.channels }));
	}
	const graph = resolveNasfpn(spec);
	return graph.nodes
		.filter((n) => n.op === 'input')
		.map((n) => ({ level: n.level, side: n.side, channels: spec.channels }));
}

class Builder {
	private seed: number;
	constructor(
		private readonly spec: NasfpnSpec,
		seed: number
	) {
		this.seed = seed;
	}

	private init(): ReturnType<typeof tf.initializers.heNormal> {
		return tf.initializers.heNormal({ seed: this.seed++ });
	}

	/** k×k conv D with bias (or separable: depthwise without bias, pointwise with bias), then BN. */
	convBn(x: Sym, owner: string, k: number): Sym {
		const name = partName(owner, 'conv');
		const conv = this.spec.separable
			? tf.layers.separableConv2d({
					filters: this.spec.channels,
					kernelSize: k,
					padding: 'same',
					depthMultiplier: 1,
					useBias: true,
					depthwiseInitializer: this.init(),
					pointwiseInitializer: this.init(),
					name
				})
			: tf.layers.conv2d({
					filters: this.spec.channels,
					kernelSize: k,
					padding: 'same',
					useBias: true,
					kernelInitializer: this.init(),
					name
				});
		const y = conv.apply(x) as Sym;
		return tf.layers.batchNormalization({ axis: -1, epsilon: 1e-3, name: partName(owner, 'conv_bn') }).apply(y) as Sym;
	}

	maxPool(x: Sym, factor: number, name: string): Sym {
		return tf.layers.maxPooling2d({ poolSize: factor, strides: factor, padding: 'same', name }).apply(x) as Sym;
	}

	resample(x: Sym, r: Resample, side: number, owner: string, i: number): Sym {
		if (r.kind === 'none') return x;
		if (r.kind === 'down') return this.maxPool(x, r.factor, partName(owner, `pool${i}`));
		let y = tf.layers
			.upSampling2d({ size: [r.factor, r.factor], interpolation: 'nearest', name: partName(owner, `up${i}`) })
			.apply(x) as Sym;
		// when the image size is not a multiple of 2^maxLevel the upsampled map overshoots ceil(S / 2^level) by a few
		// pixels (TF fails there; open-mmlab/mmcv mmcv/ops/merge_cells.py pads instead): keep the top-left side × side
		const extra = (y.shape[1] as number) - side;
		if (extra > 0) {
			y = tf.layers
				.cropping2D({
					cropping: [
						[0, extra],
						[0, extra]
					],
					name: partName(owner, `crop${i}`)
				})
				.apply(y) as Sym;
		}
		return y;
	}

	node(n: FpnGraphNode, owner: string, feats: Sym[]): Sym {
		const r = n.inputs.map((inp, i) => this.resample(feats[inp.offset], inp.resample, n.side, owner, i));
		let terms: Sym[];
		if (n.op === 'gp') {
			// the coarser input (the first on a tie) gives the gate and is added unscaled
			const g = n.inputs[0].level >= n.inputs[1].level ? 0 : 1;
			const base = r[g];
			const other = r[1 - g];
			let gate = tf.layers.globalMaxPooling2d({ name: partName(owner, 'gate_gmp') }).apply(base) as Sym;
			gate = tf.layers.activation({ activation: 'sigmoid', name: partName(owner, 'gate_sigmoid') }).apply(gate) as Sym;
			gate = tf.layers
				.reshape({ targetShape: [1, 1, this.spec.channels], name: partName(owner, 'gate_reshape') })
				.apply(gate) as Sym;
			const gated = tf.layers.multiply({ name: partName(owner, 'gate_mul') }).apply([other, gate]) as Sym;
			terms = [base, gated];
		} else {
			terms = [r[0], r[1]];
		}
		for (const e of n.extraInputs) terms.push(feats[e]);
		const merged = tf.layers.add({ name: partName(owner, 'sum') }).apply(terms) as Sym;
		const act = tf.layers.reLU({ name: partName(owner, 'relu') }).apply(merged) as Sym;
		return this.convBn(act, owner, 3);
	}

	stage(stage: FpnInputStageLevel[], inputs: Map<number, Sym>): Sym[] {
		const out: Sym[] = [];
		for (const s of stage) {
			const owner = stageOwner(s.level);
			if (s.source === 'backbone') {
				const x = inputs.get(s.level) as Sym;
				out.push(s.projected ? this.convBn(x, owner, 1) : x);
			} else {
				out.push(this.maxPool(out[out.length - 1], 2, partName(owner, 'pool')));
			}
		}
		return out;
	}
}

function shape3(s: (number | null)[]): Shape3 {
	return [s[1] as number, s[2] as number, s[3] as number];
}

export function buildNasfpnLayers(spec: NasfpnSpec, opts: { seed?: number } = {}): FpnLayersModel {
	const graph = resolveNasfpn(spec);
	const stage = costNasfpn(spec).inputStageLevels;
	const inputs = fpnInputFeatures(spec, stage);
	const b = new Builder(spec, opts.seed ?? 1);
	const inputSyms = inputs.map((f) => tf.input({ shape: [f.side, f.side, f.channels], name: `p${f.level}_in` }));
	const byLevel = new Map(inputs.map((f, i) => [f.level, inputSyms[i]]));

	// level-ordered P_min … P_max entering the first repeat
	let levels: Sym[] = stage.length > 0 ? b.stage(stage, byLevel) : inputSyms;
	const numLevels = levelCount(spec);
	const dead: Sym[] = [];
	const nodeShapes: Record<string, Shape3> = {};
	for (let rep = 0; rep < spec.repeats; rep++) {
		const feats: Sym[] = levels.slice(0, numLevels);
		for (const n of graph.nodes) {
			if (n.op === 'input') continue;
			const owner = nodeOwner(rep, n.offset);
			feats[n.offset] = b.node(n, owner, feats);
			nodeShapes[owner] = shape3(feats[n.offset].shape);
			if (n.dead) dead.push(feats[n.offset]);
		}
		levels = [];
		for (let level = spec.minLevel; level <= spec.maxLevel; level++) levels.push(feats[graph.outputs[level]]);
	}
	const outputLevels = levels.map((_, i) => spec.minLevel + i);
	const model = tf.model({ inputs: inputSyms, outputs: [...levels, ...dead], name: 'nasfpn' });
	return { model, spec, graph, inputs, stage, outputLevels, nodeShapes };
}
