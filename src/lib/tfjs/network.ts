// A network ready to time: built from a job (MnasNet or NAS-FPN spec) as the chosen variant, with its random
// inputs made once, a forward pass that returns the output tensors (the caller reads them back and disposes
// them), and the steps of one profiled pass. Shared by the worker, the Node benchmark and the unit tests.
import * as tf from '@tensorflow/tfjs';
import { costMnasnet } from '../arch/mnasnet/cost';
import { planMnasnet } from '../arch/mnasnet/resolve';
import { costNasfpn } from '../arch/nasfpn/cost';
import { buildMnasnetFolded, type FoldOptions } from './mnasnetFolded';
import { buildMnasnetLayers, trainableParams } from './mnasnetLayers';
import { ownerOf } from './names';
import { buildNasfpnFolded } from './nasfpnFolded';
import { buildNasfpnLayers } from './nasfpnModel';
import { eagerLayerSteps, type ProfileStep } from './profile';
import type { NetworkJob, Variant } from './protocol';
import type { NetworkKind } from '../arch/kinds';

export interface PreparedNetwork {
	/** trainable parameters of the tf.layers model (equal to the engine's `params`) */
	params: number;
	/** the engine's MACs for the whole network */
	macs: number;
	/** the engine's MACs of one profile step (plan layer or pyramid node) */
	macsOf: (step: string) => number;
	forward: () => tf.Tensor[];
	/** steps of one forward pass for profiling; tensors they make are left to the profiler's scope */
	profileSteps: () => ProfileStep[];
	dispose: () => void;
}

function asArray(t: tf.Tensor | tf.Tensor[]): tf.Tensor[] {
	return Array.isArray(t) ? t : [t];
}

/** Folding failed half-way: free the layers model and the inputs before passing the error on. */
function foldOrDispose<T>(fold: () => T, model: tf.LayersModel, inputs: tf.Tensor[]): T {
	try {
		return fold();
	} catch (e) {
		model.dispose();
		tf.dispose(inputs);
		throw e;
	}
}

function prepareMnasnet(
	job: Extract<NetworkJob, { kind: 'mnasnet' }>,
	variant: Variant,
	seed: number,
	fold: FoldOptions
): PreparedNetwork {
	const plan = planMnasnet(job.spec);
	const cost = costMnasnet(job.spec);
	const macsByName = new Map(cost.layers.map((l) => [l.name, l.macs]));
	const built = buildMnasnetLayers(plan, { seed });
	const params = trainableParams(built.model);
	const r = plan.resolution;
	const x = tf.randomNormal([1, r, r, 3], 0, 1, 'float32', seed) as tf.Tensor4D;
	const base = { params, macs: cost.total.macs, macsOf: (n: string) => macsByName.get(n) ?? 0 };
	if (variant === 'layers') {
		const model = built.model;
		return {
			...base,
			forward: () => asArray(model.predict(x)),
			profileSteps: () => eagerLayerSteps(model, [x], ownerOf),
			dispose: () => {
				model.dispose();
				x.dispose();
			}
		};
	}
	const folded = foldOrDispose(() => buildMnasnetFolded(built, fold), built.model, [x]);
	built.model.dispose(); // the folded graph owns copies of everything it needs
	return {
		...base,
		forward: () => [folded.predict(x)],
		profileSteps: () => {
			let cur: tf.Tensor = x;
			return folded.layers.map((l) => ({ name: l.name, run: () => void (cur = l.run(cur)) }));
		},
		dispose: () => {
			folded.dispose();
			x.dispose();
		}
	};
}

function prepareNasfpn(job: Extract<NetworkJob, { kind: 'nasfpn' }>, variant: Variant, seed: number): PreparedNetwork {
	const cost = costNasfpn(job.spec);
	const macsOf = (name: string): number => {
		let m = /^r\d+\.n(\d+)$/.exec(name);
		if (m) return cost.nodes[Number(m[1])]?.macs ?? 0;
		m = /^in\.p(\d+)$/.exec(name);
		if (m) return cost.inputStageLevels.find((s) => s.level === Number(m![1]))?.macs ?? 0;
		return 0;
	};
	const built = buildNasfpnLayers(job.spec, { seed });
	const params = trainableParams(built.model);
	const xs = built.inputs.map(
		(f, i) => tf.randomNormal([1, f.side, f.side, f.channels], 0, 1, 'float32', seed + i) as tf.Tensor4D
	);
	const base = { params, macs: cost.total.macs, macsOf };
	if (variant === 'layers') {
		const model = built.model;
		return {
			...base,
			forward: () => asArray(model.predict(xs)),
			profileSteps: () => eagerLayerSteps(model, xs, ownerOf),
			dispose: () => {
				model.dispose();
				tf.dispose(xs);
			}
		};
	}
	const folded = foldOrDispose(() => buildNasfpnFolded(built), built.model, xs);
	built.model.dispose();
	return {
		...base,
		forward: () => folded.predict(xs),
		profileSteps: () => {
			const feats = folded.start(xs);
			return folded.steps.map((s) => ({ name: s.name, run: () => s.run(feats) }));
		},
		dispose: () => {
			folded.dispose();
			tf.dispose(xs);
		}
	};
}

/** `fold`: MnasNet folded-graph options (the benchmark's ablation); the defaults are the fastest. */
/** The TensorFlow.js builders of each network family (the arch side of a family is in $lib/arch/families.ts). */
const BUILDERS: {
	[K in NetworkKind]: (
		job: Extract<NetworkJob, { kind: K }>,
		variant: Variant,
		seed: number,
		fold: FoldOptions
	) => PreparedNetwork;
} = {
	mnasnet: prepareMnasnet,
	nasfpn: (job, variant, seed) => prepareNasfpn(job, variant, seed)
};

export function prepareNetwork(job: NetworkJob, variant: Variant, seed = 1, fold: FoldOptions = {}): PreparedNetwork {
	return job.kind === 'mnasnet'
		? BUILDERS.mnasnet(job, variant, seed, fold)
		: BUILDERS.nasfpn(job, variant, seed, fold);
}

/** One forward pass including the read-back of every output; returns the wall time in ms. */
export async function timedForward(net: PreparedNetwork): Promise<number> {
	const t0 = performance.now();
	const outs = net.forward();
	await Promise.all(outs.map((o) => o.data()));
	const ms = performance.now() - t0;
	tf.dispose(outs);
	return ms;
}
