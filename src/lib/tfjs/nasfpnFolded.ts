// The NAS-FPN pyramid as an inference graph: each conv's BN folded into its weights and bias (fused conv kernels),
// resampling, sums and gates as plain ops, everything in one tf.tidy. Same wiring and weights as nasfpnModel.ts.
import * as tf from '@tensorflow/tfjs';
import type { FpnGraphNode } from '../arch/nasfpn/graph';
import type { Resample } from '../arch/nasfpn/report';
import { levelCount } from '../arch/nasfpn/levels';
import { foldConvBn } from './fold';
import { partName } from './names';
import { nodeOwner, stageOwner, type FpnLayersModel } from './nasfpnModel';

type T4 = tf.Tensor4D;
type ConvOp = (x: T4) => T4;

/** A named piece of the pyramid (a node of one repeat, or an input-stage level), runnable alone for profiling. */
export interface FoldedFpnStep {
	name: string;
	run: (feats: T4[]) => void;
}

export interface FoldedNasfpn {
	steps: FoldedFpnStep[];
	/** the working list of feature maps the steps read and write, before the first step */
	start: (inputs: T4[]) => T4[];
	/** level outputs of the last repeat, after every step has run on `feats` */
	outputs: (feats: T4[]) => T4[];
	/** level outputs of the last repeat, minLevel … maxLevel (dead nodes are computed and dropped inside) */
	predict: (inputs: T4[]) => tf.Tensor[];
	foldedParams: number;
	dispose: () => void;
}

const EPS = 1e-3; // tensorflow/tpu nasfpn.py batch_norm epsilon (tensorflow/models official/vision decoders defaults)

export function buildNasfpnFolded(built: FpnLayersModel): FoldedNasfpn {
	const { model, spec, graph, stage } = built;
	const owned: tf.Tensor[] = [];
	const keep = <X extends tf.Tensor>(t: X): X => {
		owned.push(t);
		return t;
	};

	function convBn(owner: string): ConvOp {
		const convName = partName(owner, 'conv');
		const bnName = partName(owner, 'conv_bn');
		if (!spec.separable) {
			const f = foldConvBn(model, convName, bnName, EPS, false);
			const filter = keep(f.filter);
			const bias = keep(f.bias);
			return (x) => tf.fused.conv2d({ x, filter, strides: 1, pad: 'same', bias });
		}
		// separable: depthwise (no bias) then pointwise (bias); BN folds into the pointwise conv
		const [dw, pw, b] = model.getLayer(convName).getWeights();
		const folded = tf.tidy(() => {
			const bn = model.getLayer(bnName).getWeights();
			const scale = tf.div(bn[0], tf.sqrt(tf.add(bn[3], EPS)));
			return {
				filter: tf.mul(pw, tf.reshape(scale, [1, 1, 1, -1])) as T4,
				bias: tf.add(tf.mul(tf.sub(b, bn[2]), scale), bn[1]) as tf.Tensor1D
			};
		});
		const depthwise = keep(dw.clone() as T4);
		const filter = keep(folded.filter);
		const bias = keep(folded.bias);
		return (x) => {
			const d = tf.depthwiseConv2d(x, depthwise, 1, 'same');
			const y = tf.fused.conv2d({ x: d, filter, strides: 1, pad: 'same', bias });
			d.dispose();
			return y;
		};
	}

	function resample(x: T4, r: Resample, side: number): T4 {
		if (r.kind === 'none') return x;
		if (r.kind === 'down') return tf.maxPool(x, r.factor, r.factor, 'same');
		const up = tf.image.resizeNearestNeighbor(x, [x.shape[1] * r.factor, x.shape[2] * r.factor]);
		if (up.shape[1] <= side) return up;
		const cropped = tf.slice(up, [0, 0, 0, 0], [-1, side, side, -1]);
		up.dispose();
		return cropped;
	}

	// Everything a node makes besides its output is disposed as soon as the node is done, and a feature map as soon
	// as the last node that reads it has run (`free`). The wasm allocator then hands the same buffers to the next
	// nodes, and the peak stays near the live maps instead of every temporary of the pyramid. Tensors the caller
	// owns (the inputs) are never disposed.
	let protectedInputs = new Set<tf.Tensor>();
	const release = (...ts: tf.Tensor[]) => {
		for (const t of ts) if (!protectedInputs.has(t) && !t.isDisposed) t.dispose();
	};

	function nodeStep(n: FpnGraphNode, owner: string, free: readonly number[]): (feats: T4[]) => void {
		const conv = convBn(owner);
		const gateIndex = n.op === 'gp' ? (n.inputs[0].level >= n.inputs[1].level ? 0 : 1) : -1;
		return (feats) => {
			const temps: tf.Tensor[] = [];
			const r = n.inputs.map((inp) => {
				const x = resample(feats[inp.offset], inp.resample, n.side);
				if (x !== feats[inp.offset]) temps.push(x);
				return x;
			});
			let merged: T4;
			if (gateIndex >= 0) {
				const base = r[gateIndex];
				const pooled = tf.max(base, [1, 2], true);
				const gate = tf.sigmoid(pooled);
				const gated = tf.mul(r[1 - gateIndex], gate);
				merged = tf.add(base, gated);
				temps.push(pooled, gate, gated);
			} else {
				merged = tf.add(r[0], r[1]);
			}
			for (const e of n.extraInputs) {
				temps.push(merged);
				merged = tf.add(merged, feats[e]);
			}
			const act = tf.relu(merged);
			feats[n.offset] = conv(act);
			release(...temps, merged, act);
			for (const i of free) release(feats[i]);
		};
	}

	const numLevels = levelCount(spec);
	const steps: FoldedFpnStep[] = [];
	// input stage: feats[0 … numLevels) start as the model inputs (backbone levels) and become P levels
	if (stage.length > 0) {
		const inputIndex = new Map(built.inputs.map((f, i) => [f.level, i]));
		const stageOps = stage.map((s, i) => {
			if (s.source === 'pool') return (feats: T4[]) => void (feats[i] = tf.maxPool(feats[i - 1], 2, 2, 'same'));
			const src = inputIndex.get(s.level) as number;
			const conv = s.projected ? convBn(stageOwner(s.level)) : null;
			return (feats: T4[]) => void (feats[i] = conv ? conv(feats[numLevels + src]) : feats[numLevels + src]);
		});
		stage.forEach((s, i) => steps.push({ name: stageOwner(s.level), run: stageOps[i] }));
	}
	// which maps each node can free: those it is the last reader of, except the level outputs (the next repeat's
	// inputs, or the result). The same lists serve every repeat (each repeat has the same wiring).
	const cellNodes = graph.nodes.filter((n) => n.op !== 'input');
	const outputOffsets = new Set(Object.values(graph.outputs));
	const lastReader = new Map<number, number>();
	for (const n of cellNodes)
		for (const i of [...n.inputs.map((x) => x.offset), ...n.extraInputs]) lastReader.set(i, n.offset);
	const freeAfter = new Map<number, number[]>();
	for (const [i, reader] of lastReader) {
		if (outputOffsets.has(i)) continue;
		freeAfter.set(reader, [...(freeAfter.get(reader) ?? []), i]);
	}
	const repeatSteps: { name: string; run: (feats: T4[]) => void }[][] = [];
	for (let rep = 0; rep < spec.repeats; rep++) {
		repeatSteps.push(
			cellNodes.map((n) => ({
				name: nodeOwner(rep, n.offset),
				run: nodeStep(n, nodeOwner(rep, n.offset), freeAfter.get(n.offset) ?? [])
			}))
		);
	}
	// between repeats the level outputs become the next repeat's inputs; every other map of the repeat is freed
	const carry = (feats: T4[]) => {
		const outs = [];
		for (let level = spec.minLevel; level <= spec.maxLevel; level++) outs.push(feats[graph.outputs[level]]);
		const keepSet = new Set<tf.Tensor>(outs);
		release(...feats.filter((t) => t && !keepSet.has(t)));
		feats.length = 0;
		feats.push(...outs);
	};
	repeatSteps.forEach((rs, rep) => {
		rs.forEach((s, i) => {
			const last = i === rs.length - 1 && rep < spec.repeats - 1;
			steps.push(last ? { name: s.name, run: (f) => (s.run(f), carry(f)) } : s);
		});
	});

	const foldedParams = owned.reduce((n, t) => n + t.size, 0);
	// with an input stage the backbone maps sit after the numLevels P slots; without one they are the P levels
	const start = (inputs: T4[]): T4[] => {
		protectedInputs = new Set(inputs);
		return stage.length > 0 ? [...new Array<T4>(numLevels), ...inputs] : [...inputs];
	};
	const outputs = (feats: T4[]): T4[] => {
		const outs: T4[] = [];
		for (let level = spec.minLevel; level <= spec.maxLevel; level++) outs.push(feats[graph.outputs[level]]);
		return outs;
	};
	return {
		steps,
		start,
		outputs,
		foldedParams,
		predict: (inputs) =>
			tf.tidy(() => {
				const feats = start(inputs);
				for (const s of steps) s.run(feats);
				return outputs(feats);
			}),
		dispose: () => {
			for (const t of owned) t.dispose();
			owned.length = 0;
		}
	};
}
