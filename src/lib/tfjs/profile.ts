// FLOPs against latency: one profiled forward pass, run step by step (a step = one plan layer or pyramid node),
// each step inside its own tf.profile, so every kernel's time is attributed to the layer that launched it.
// Kernel MACs come from the kernels' own input and output shapes, which shows per kernel type how many
// multiply-adds per second each achieves (depthwise convolutions achieve far fewer than 1×1 convolutions).
import * as tf from '@tensorflow/tfjs';
import type { KernelProfile, LayerProfile, ProfileResult } from './protocol';

export interface ProfileStep {
	name: string;
	run: () => void;
}

interface KernelInfo {
	name: string;
	kernelTimeMs: number | { error: string };
	inputShapes: number[][];
	outputShapes: number[][];
}

const prod = (s: readonly number[] | undefined) => (s ?? []).reduce((a, b) => a * b, 1);

/** Multiply-adds of one kernel call, from its shapes (0 for kernels that are not convolutions or matMuls). */
export function kernelMacs(k: Pick<KernelInfo, 'name' | 'inputShapes' | 'outputShapes'>): number {
	const out = prod(k.outputShapes[0]);
	const filter = k.inputShapes[1];
	switch (k.name) {
		case 'Conv2D':
		case 'FusedConv2D':
			return filter && filter.length === 4 ? out * filter[0] * filter[1] * filter[2] : 0;
		case 'DepthwiseConv2dNative':
		case 'FusedDepthwiseConv2D':
			return filter && filter.length === 4 ? out * filter[0] * filter[1] : 0;
		case 'BatchMatMul':
		case '_FusedMatMul': {
			const a = k.inputShapes[0];
			return a && a.length > 0 ? out * a[a.length - 1] : 0;
		}
		default:
			return 0;
	}
}

/**
 * Runs `steps` in order, each under tf.profile, inside one engine scope that is closed (and every tensor the
 * steps made disposed) at the end. `macsOf` gives the cost model's MACs for a step name.
 */
export async function profileSteps(steps: ProfileStep[], macsOf: (name: string) => number): Promise<ProfileResult> {
	const layers = new Map<string, LayerProfile>();
	const kernels = new Map<string, KernelProfile>();
	let peakBytes = 0;
	let total = 0;
	const engine = tf.engine();
	engine.startScope();
	try {
		for (const step of steps) {
			const info = await tf.profile(() => {
				step.run();
			});
			peakBytes = Math.max(peakBytes, info.peakBytes);
			let layer = layers.get(step.name);
			if (!layer) {
				layer = { name: step.name, ms: 0, macs: macsOf(step.name), kernels: 0 };
				layers.set(step.name, layer);
			}
			for (const k of info.kernels as unknown as KernelInfo[]) {
				// `fusedConv2d__op` and the like are op wrappers (custom gradients) around the real kernel, which is
				// profiled too: counting both would double the time
				if (k.name.endsWith('__op')) continue;
				const ms = typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0;
				layer.ms += ms;
				layer.kernels += 1;
				total += ms;
				const agg = kernels.get(k.name) ?? { kernel: k.name, ms: 0, count: 0, macs: 0 };
				agg.ms += ms;
				agg.count += 1;
				agg.macs += kernelMacs(k);
				kernels.set(k.name, agg);
			}
		}
	} finally {
		engine.endScope();
	}
	return {
		layers: [...layers.values()],
		kernels: [...kernels.values()].sort((a, b) => b.ms - a.ms),
		totalKernelMs: total,
		peakBytes
	};
}

/**
 * Profile steps for a tf.layers model executed eagerly, layer by layer in topological order (every layer of our
 * models has one inbound node and one output). `group` maps a tf layer name to its plan layer (null: skip).
 */
export function eagerLayerSteps(
	model: tf.LayersModel,
	inputs: tf.Tensor[],
	group: (layerName: string) => string | null
): ProfileStep[] {
	const values = new Map<string, tf.Tensor>();
	model.inputLayers.forEach((l, i) => values.set(l.name, inputs[i]));
	const steps: ProfileStep[] = [];
	for (const layer of model.layers) {
		if (values.has(layer.name) || layer.getClassName() === 'InputLayer') continue;
		const owner = group(layer.name) ?? layer.name;
		const run = () => {
			const ins = layer.inboundNodes[0].inboundLayers.map((l) => values.get(l.name) as tf.Tensor);
			const out = layer.apply(ins.length === 1 ? ins[0] : ins) as tf.Tensor;
			values.set(layer.name, out);
		};
		steps.push({ name: owner, run });
	}
	return steps;
}
