// One layer shape as the folded graph runs it (mnasnetFolded.ts), with random weights: the unit a latency
// calibration times. Same kernels, same fusions: FusedConv2D / FusedDepthwiseConv2D called directly with bias and
// activation fused, SE as mean + two fused matMuls + multiply, residual add. Weights are made once, so on wasm
// XNNPACK packs them on the first run only, as in a real network.
import * as tf from '@tensorflow/tfjs';
import { outSide, type LayerShape } from '../arch/latency/shapes';

type FusedAct = 'relu' | 'relu6' | 'linear';
type Op = (x: tf.Tensor4D) => tf.Tensor4D;

export interface ShapeOp {
	input: tf.Tensor4D;
	/** one pass through the layer; the caller disposes the result */
	run: () => tf.Tensor;
	dispose: () => void;
}

let seed = 11;

export function buildShapeOp(shape: LayerShape, act: 'relu' | 'relu6' = 'relu'): ShapeOp {
	const engine = tf.engine();
	const owned: tf.Tensor[] = [];
	const keep = <T extends tf.Tensor>(t: T): T => {
		owned.push(t);
		return t;
	};
	const rand = (s: number[], std: number) => keep(tf.randomNormal(s, 0, std, 'float32', seed++));

	function conv(cin: number, cout: number, k: number, s: number, activation: FusedAct, depthwise: boolean): Op {
		const filter = rand(depthwise ? [k, k, cin, 1] : [k, k, cin, cout], Math.sqrt(2 / (k * k * (depthwise ? 1 : cin))));
		const bias = rand([depthwise ? cin : cout], 0.01);
		// the attributes tf.fused.conv2d / depthwiseConv2d pass to the kernel, as mnasnetFolded.ts calls them
		const attrs = {
			strides: [s, s],
			pad: 'same',
			dataFormat: 'NHWC',
			dilations: [1, 1],
			dimRoundingMode: undefined,
			activation,
			leakyreluAlpha: undefined
		} as unknown as tf.NamedAttrMap;
		const kernel = depthwise ? 'FusedDepthwiseConv2D' : 'FusedConv2D';
		return (x) => engine.runKernel(kernel, { x, filter, bias }, attrs) as tf.Tensor4D;
	}

	function dense(cin: number, cout: number, activation: FusedAct | 'sigmoid') {
		const w = rand([cin, cout], Math.sqrt(1 / cin)) as tf.Tensor2D;
		const b = rand([cout], 0.01);
		return (x: tf.Tensor2D) => tf.fused.matMul({ a: x, b: w, bias: b, activation });
	}

	function se(width: number, r: number): Op {
		const reduce = dense(width, r, act);
		const expand = dense(r, width, 'sigmoid');
		return (x) => {
			const g = expand(reduce(tf.mean(x, [1, 2]) as tf.Tensor2D) as tf.Tensor2D);
			return tf.mul(x, tf.reshape(g, [-1, 1, 1, width]));
		};
	}

	function chain(ops: Op[]): Op {
		return (x) => {
			let y: tf.Tensor4D = x;
			for (const op of ops) {
				const z = op(y);
				if (y !== x) y.dispose();
				y = z;
			}
			return y;
		};
	}

	const { size, cin, cout, k, s, hidden } = shape;
	const input = keep(tf.randomNormal([1, size, size, cin], 0, 1, 'float32', seed++) as tf.Tensor4D);
	let run: () => tf.Tensor;
	switch (shape.kind) {
		case 'stem':
		case 'head': {
			const c = conv(cin, cout, k, s, act, false);
			run = () => c(input);
			break;
		}
		case 'pool':
			run = () => tf.mean(input, [1, 2]);
			break;
		case 'classifier': {
			const flat = keep(tf.randomNormal([1, cin], 0, 1, 'float32', seed++) as tf.Tensor2D);
			const fc = dense(cin, cout, 'linear');
			run = () => fc(flat);
			break;
		}
		default: {
			const ops: Op[] = [];
			if (shape.kind === 'conv') {
				ops.push(conv(cin, cout, k, s, act, false));
				if (shape.se > 0) ops.push(se(hidden, shape.se));
			} else {
				if (shape.expand) ops.push(conv(cin, hidden, 1, 1, act, false));
				ops.push(conv(hidden, hidden, k, s, act, true));
				if (shape.se > 0) ops.push(se(hidden, shape.se));
				ops.push(conv(hidden, cout, 1, 1, 'linear', false));
			}
			const body = chain(ops);
			// a residual needs equal shapes: planMnasnet only sets it then
			const residual = shape.residual && s === 1 && cin === cout && outSide(shape) === size;
			// SE leaves its small intermediates to a tidy, as the folded network's predict does
			run = residual ? () => tf.tidy(() => tf.add(input, body(input))) : () => tf.tidy(() => body(input));
		}
	}
	return {
		input,
		run,
		dispose: () => {
			tf.dispose(owned);
			owned.length = 0;
		}
	};
}
