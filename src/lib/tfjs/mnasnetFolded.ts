// The MnasNet plan as a phone runtime runs it: every BatchNorm folded into the conv before it, bias and
// activation fused into the conv kernel (tf.fused.conv2d / tf.fused.depthwiseConv2d), SE as two fused matMuls.
// All weights are made once and kept; a forward pass allocates only its activations, inside tf.tidy.
// On wasm the XNNPACK operator (with its packed weights) is cached per filter tensor, so keeping the same
// filter tensors across runs means the weights are packed once, on the first inference.
import * as tf from '@tensorflow/tfjs';
import type { Activation, PlannedLayer } from '../arch/mnasnet/plan';
import { foldConvBn } from './fold';
import type { MnasLayersModel } from './mnasnetLayers';
import { partName } from './names';
import { opPad, paddingFor, type ExplicitPadding } from './padding';

type Op = (x: tf.Tensor4D) => tf.Tensor;
type FusedAct = 'relu' | 'relu6' | 'linear';

/** One plan layer of the folded graph, runnable alone (the profiler times layers one by one). */
export interface FoldedLayer {
	name: string;
	run: (x: tf.Tensor) => tf.Tensor;
}

export interface FoldedMnasnet {
	layers: FoldedLayer[];
	/** the whole network in one tidy; the caller disposes the result */
	predict: (x: tf.Tensor4D) => tf.Tensor;
	/** parameters after folding (BN gone, biases added) */
	foldedParams: number;
	dispose: () => void;
}

export interface FoldOptions {
	/** dispose each intermediate as soon as it is read (default true; false keeps all until the tidy ends) */
	freeEarly?: boolean;
	/**
	 * call the FusedConv2D / FusedDepthwiseConv2D kernels directly (default true) instead of through tf.fused.*,
	 * which re-validates its arguments and wraps each call in a custom-gradient op every time (the few dense
	 * layers keep tf.fused.matMul, which also reshapes to the batched 3-D form the kernel expects)
	 */
	directKernels?: boolean;
}

export function buildMnasnetFolded(built: MnasLayersModel, opts: FoldOptions = {}): FoldedMnasnet {
	const freeEarly = opts.freeEarly ?? true;
	const direct = opts.directKernels ?? true;
	const engine = tf.engine();
	const { model, plan } = built;
	const owned: tf.Tensor[] = [];
	const keep = <T extends tf.Tensor>(t: T): T => {
		owned.push(t);
		return t;
	};
	const act: FusedAct = plan.activation;

	function conv(owner: string, part: string, k: number, s: number, activation: FusedAct, depthwise: boolean): Op {
		const f = foldConvBn(model, partName(owner, part), partName(owner, `${part}_bn`), plan.bnEpsilon, depthwise);
		const filter = keep(f.filter);
		const bias = keep(f.bias);
		const pad = opPad(paddingFor(plan.convention, k, s)) as 'same' | ExplicitPadding;
		// tfjs types accept number | 'same' | 'valid' | explicit [[0,0],[t,b],[l,r],[0,0]]
		const padArg = pad as 'same';
		if (direct) {
			// the attributes tf.fused.conv2d / depthwiseConv2d pass to the kernel (tfjs-core 4.22 fused ops)
			const attrs = {
				strides: [s, s],
				pad,
				dataFormat: 'NHWC',
				dilations: [1, 1],
				dimRoundingMode: undefined,
				activation,
				leakyreluAlpha: undefined
			} as unknown as tf.NamedAttrMap;
			const kernel = depthwise ? 'FusedDepthwiseConv2D' : 'FusedConv2D';
			return (x) => engine.runKernel(kernel, { x, filter, bias }, attrs) as tf.Tensor4D;
		}
		return depthwise
			? (x) => tf.fused.depthwiseConv2d({ x, filter, strides: s, pad: padArg, bias, activation })
			: (x) => tf.fused.conv2d({ x, filter, strides: s, pad: padArg, bias, activation });
	}

	function dense(name: string, activation: FusedAct | 'sigmoid') {
		const [w, b] = model.getLayer(name).getWeights();
		const kernel = keep(w.clone() as tf.Tensor2D);
		const bias = keep(b.clone());
		return (x: tf.Tensor2D) => tf.fused.matMul({ a: x, b: kernel, bias, activation });
	}

	function se(owner: string, width: number, seAct: Activation): Op {
		const reduce = dense(partName(owner, 'se_reduce'), seAct);
		const expand = dense(partName(owner, 'se_expand'), 'sigmoid');
		return (x) => {
			const g = expand(reduce(tf.mean(x, [1, 2]) as tf.Tensor2D) as tf.Tensor2D);
			return tf.mul(x, tf.reshape(g, [-1, 1, 1, width]));
		};
	}

	// Intermediates are disposed as soon as the next op has read them (still inside the caller's tidy): the wasm
	// allocator then hands the same, cache-warm buffers to the next layers instead of fresh memory for every op.
	function chain(ops: Op[]): Op {
		return (x) => {
			let y: tf.Tensor4D = x;
			for (const op of ops) {
				const z = op(y) as tf.Tensor4D;
				if (freeEarly && y !== x) y.dispose();
				y = z;
			}
			return y;
		};
	}

	function layerOp(L: PlannedLayer): (x: tf.Tensor) => tf.Tensor {
		const owner = L.name;
		switch (L.kind) {
			case 'stem':
				return conv(owner, 'conv', L.k, L.s, act, false) as (x: tf.Tensor) => tf.Tensor;
			case 'head':
				return conv(owner, 'conv', 1, 1, act, false) as (x: tf.Tensor) => tf.Tensor;
			case 'pool':
				return (x) => tf.mean(x, [1, 2]);
			case 'classifier': {
				const fc = dense(partName(owner, 'fc'), 'linear');
				return (x) => fc(x as tf.Tensor2D);
			}
			case 'block': {
				const ops: Op[] = [];
				if (L.op === 'conv') {
					ops.push(conv(owner, 'conv', L.k, L.s, act, false));
					if (L.seReduce > 0) ops.push(se(owner, L.hidden, plan.activation));
				} else {
					if (L.op === 'mbconv' && L.hasExpand) ops.push(conv(owner, 'expand', 1, 1, act, false));
					ops.push(conv(owner, 'dw', L.k, L.s, act, true));
					if (L.seReduce > 0) ops.push(se(owner, L.hidden, plan.activation));
					ops.push(conv(owner, 'project', 1, 1, 'linear', false));
				}
				const body = chain(ops);
				if (!L.residual) return body as (x: tf.Tensor) => tf.Tensor;
				return (x) => tf.add(x, body(x as tf.Tensor4D));
			}
		}
	}

	const layers: FoldedLayer[] = plan.layers.map((L) => ({ name: L.name, run: layerOp(L) }));
	const foldedParams = owned.reduce((n, t) => n + t.size, 0);

	return {
		layers,
		foldedParams,
		predict: (x) =>
			tf.tidy(() => {
				let y: tf.Tensor = x;
				for (const l of layers) {
					const z = l.run(y);
					if (freeEarly && y !== x) y.dispose();
					y = z;
				}
				return y;
			}),
		dispose: () => {
			for (const t of owned) t.dispose();
			owned.length = 0;
		}
	};
}
