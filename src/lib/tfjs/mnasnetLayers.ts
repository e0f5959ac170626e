// The MnasNet plan as a tf.layers model: the convention's exact layers, one tf layer per PyTorch/TF module
// (conv without bias, BN, ReLU6 or ReLU, SE with biased 1×1 convs, residual add, head, pool, dropout, dense).
// Channels and shapes come from the plan only (plan.ts): nothing here re-derives a width rule.
import * as tf from '@tensorflow/tfjs';
import type { MnasPlan, PlannedLayer, Shape3 } from '../arch/mnasnet/plan';
import { partName } from './names';
import { paddingFor } from './padding';

type Sym = tf.SymbolicTensor;

export interface MnasLayersModel {
	model: tf.LayersModel;
	plan: MnasPlan;
	/** the output shape of every plan layer as built, [H, W, C] ([1, 1, C] for pool and classifier) */
	layerShapes: Shape3[];
}

export interface BuildOptions {
	/** base seed of the He-normal initialisers; layer i uses seed + i */
	seed?: number;
}

/** Trainable parameters of a layers model (weights, biases, BN γ and β; not the BN moving statistics). */
export function trainableParams(model: tf.LayersModel): number {
	let n = 0;
	for (const w of model.trainableWeights) n += w.shape.reduce<number>((a, b) => a * (b ?? 1), 1);
	return n;
}

class Builder {
	private seedCounter: number;
	constructor(
		private readonly plan: MnasPlan,
		seed: number
	) {
		this.seedCounter = seed;
	}

	private init(): ReturnType<typeof tf.initializers.heNormal> {
		return tf.initializers.heNormal({ seed: this.seedCounter++ });
	}

	private act(x: Sym, name: string): Sym {
		const layer = this.plan.activation === 'relu6' ? tf.layers.reLU({ maxValue: 6, name }) : tf.layers.reLU({ name });
		return layer.apply(x) as Sym;
	}

	private bn(x: Sym, name: string): Sym {
		return tf.layers.batchNormalization({ axis: -1, epsilon: this.plan.bnEpsilon, name }).apply(x) as Sym;
	}

	/** Zero-pads symmetrically where the convention asks for it; returns the conv's padding mode. */
	private pad(x: Sym, owner: string, part: string, k: number, s: number): { x: Sym; padding: 'same' | 'valid' } {
		const p = paddingFor(this.plan.convention, k, s);
		if (p.mode === 'same') return { x, padding: 'same' };
		const padded = tf.layers
			.zeroPadding2d({
				padding: [
					[p.pad, p.pad],
					[p.pad, p.pad]
				],
				name: partName(owner, `${part}_pad`)
			})
			.apply(x) as Sym;
		return { x: padded, padding: 'valid' };
	}

	/** k×k conv (no bias) + BN (+ activation). */
	conv(x: Sym, owner: string, part: string, filters: number, k: number, s: number, activate: boolean): Sym {
		const p = this.pad(x, owner, part, k, s);
		let y = tf.layers
			.conv2d({
				filters,
				kernelSize: k,
				strides: s,
				padding: p.padding,
				useBias: false,
				kernelInitializer: this.init(),
				name: partName(owner, part)
			})
			.apply(p.x) as Sym;
		y = this.bn(y, partName(owner, `${part}_bn`));
		return activate ? this.act(y, partName(owner, `${part}_act`)) : y;
	}

	/** depthwise k×k (no bias) + BN + activation. */
	depthwise(x: Sym, owner: string, k: number, s: number): Sym {
		const p = this.pad(x, owner, 'dw', k, s);
		let y = tf.layers
			.depthwiseConv2d({
				kernelSize: k,
				strides: s,
				padding: p.padding,
				depthMultiplier: 1,
				useBias: false,
				depthwiseInitializer: this.init(),
				name: partName(owner, 'dw')
			})
			.apply(p.x) as Sym;
		y = this.bn(y, partName(owner, 'dw_bn'));
		return this.act(y, partName(owner, 'dw_act'));
	}

	/** squeeze-excitation: mean over H, W → 1×1 conv (bias) → act → 1×1 conv (bias) → sigmoid → × x.
	 * The 1×1 convs on a 1×1 map are dense layers (same weights and parameter count). */
	se(x: Sym, owner: string, width: number, reduce: number): Sym {
		let s = tf.layers.globalAveragePooling2d({ name: partName(owner, 'se_pool') }).apply(x) as Sym;
		s = tf.layers
			.dense({ units: reduce, useBias: true, kernelInitializer: this.init(), name: partName(owner, 'se_reduce') })
			.apply(s) as Sym;
		s = this.act(s, partName(owner, 'se_act'));
		s = tf.layers
			.dense({
				units: width,
				useBias: true,
				activation: 'sigmoid',
				kernelInitializer: this.init(),
				name: partName(owner, 'se_expand')
			})
			.apply(s) as Sym;
		s = tf.layers.reshape({ targetShape: [1, 1, width], name: partName(owner, 'se_reshape') }).apply(s) as Sym;
		return tf.layers.multiply({ name: partName(owner, 'se_mul') }).apply([x, s]) as Sym;
	}

	layer(x: Sym, L: PlannedLayer): Sym {
		const owner = L.name;
		switch (L.kind) {
			case 'stem':
				return this.conv(x, owner, 'conv', L.outShape[2], L.k, L.s, true);
			case 'head':
				return this.conv(x, owner, 'conv', L.outShape[2], 1, 1, true);
			case 'pool':
				return tf.layers.globalAveragePooling2d({ name: partName(owner, 'gap') }).apply(x) as Sym;
			case 'classifier': {
				const d = tf.layers.dropout({ rate: L.dropout, name: partName(owner, 'dropout') }).apply(x) as Sym;
				return tf.layers
					.dense({ units: L.outShape[2], useBias: true, kernelInitializer: this.init(), name: partName(owner, 'fc') })
					.apply(d) as Sym;
			}
			case 'block': {
				const out = L.outShape[2];
				let y: Sym;
				if (L.op === 'conv') {
					y = this.conv(x, owner, 'conv', L.hidden, L.k, L.s, true);
					if (L.seReduce > 0) y = this.se(y, owner, L.hidden, L.seReduce);
				} else {
					y = x;
					if (L.op === 'mbconv' && L.hasExpand) y = this.conv(y, owner, 'expand', L.hidden, 1, 1, true);
					y = this.depthwise(y, owner, L.k, L.s);
					if (L.seReduce > 0) y = this.se(y, owner, L.hidden, L.seReduce);
					y = this.conv(y, owner, 'project', out, 1, 1, false);
				}
				if (L.residual) y = tf.layers.add({ name: partName(owner, 'add') }).apply([x, y]) as Sym;
				return y;
			}
		}
	}
}

function shape3(s: (number | null)[]): Shape3 {
	// [batch, H, W, C] or [batch, C] (after global pooling and the classifier)
	if (s.length === 4) return [s[1] as number, s[2] as number, s[3] as number];
	return [1, 1, s[s.length - 1] as number];
}

/** Builds the tf.layers model of a plan (batch 1 or any, NHWC input [R, R, 3]). Call inside no tidy. */
export function buildMnasnetLayers(plan: MnasPlan, opts: BuildOptions = {}): MnasLayersModel {
	const b = new Builder(plan, opts.seed ?? 1);
	const first = plan.layers[0];
	const input = tf.input({ shape: [...first.inShape], name: 'image' });
	let x: Sym = input;
	const layerShapes: Shape3[] = [];
	for (const L of plan.layers) {
		x = b.layer(x, L);
		layerShapes.push(shape3(x.shape));
	}
	const model = tf.model({ inputs: input, outputs: x, name: 'mnasnet' });
	return { model, plan, layerShapes };
}
