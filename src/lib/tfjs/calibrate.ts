// What one tfjs kernel reaches on this machine: a lone convolution (1×1 convs are plain GEMMs and do most of
// MnasNet's MACs; NAS-FPN's are 3×3) timed by itself with bias and ReLU6 fused, as the folded graphs call it. The benchmarks print it
// beside the networks' GMAC/s so a reader can tell a slow machine from a slow graph: a network of such kernels
// cannot run faster than its fastest kernel does alone.
import * as tf from '@tensorflow/tfjs';
import { summarize } from './stats';

export interface KernelPeak {
	/** what was timed, e.g. `1×1 conv 28×28×256 → 256` */
	label: string;
	macs: number;
	medianMs: number;
	gmacPerS: number;
}

export interface ConvShape {
	side: number;
	cin: number;
	cout: number;
	/** kernel size (default 1) */
	k?: number;
}

/** MnasNet-B1's own expand convs (lecture at 224), one per stage size, and a NAS-FPN-like 3×3 conv: the peak is a
 * rate these networks' kernels do reach. */
export const PEAK_SHAPES: readonly ConvShape[] = [
	{ side: 56, cin: 24, cout: 72 },
	{ side: 28, cin: 40, cout: 120 },
	{ side: 14, cin: 80, cout: 480 },
	{ side: 7, cin: 192, cout: 1152 },
	{ side: 20, cin: 256, cout: 256, k: 3 }
];

/** Times one fused k×k convolution (side×side×cin → cout, stride 1, 'same'): warm-up for at least `warmupMs` (the wasm engine
 * compiles hot code in the background first), then `runs` timed runs, each with the read-back. */
export async function measureConv(
	{ side, cin, cout, k = 1 }: ConvShape,
	{ warmupMs = 300, runs = 30 } = {}
): Promise<KernelPeak> {
	const x = tf.randomNormal([1, side, side, cin], 0, 1, 'float32', 1) as tf.Tensor4D;
	const filter = tf.randomNormal([k, k, cin, cout], 0, 0.05, 'float32', 2) as tf.Tensor4D;
	const bias = tf.zeros([cout]) as tf.Tensor1D;
	const once = async (): Promise<number> => {
		const t0 = performance.now();
		const y = tf.fused.conv2d({ x, filter, bias, strides: 1, pad: 'same', activation: 'relu6' });
		await y.data();
		const ms = performance.now() - t0;
		y.dispose();
		return ms;
	};
	try {
		const end = performance.now() + warmupMs;
		do await once();
		while (performance.now() < end);
		const times: number[] = [];
		for (let i = 0; i < runs; i++) times.push(await once());
		const medianMs = summarize(times)?.median ?? Number.POSITIVE_INFINITY;
		const macs = side * side * cin * cout * k * k;
		return {
			label: `${k}×${k} conv ${side}×${side}×${cin} → ${cout}`,
			macs,
			medianMs,
			gmacPerS: macs / (medianMs * 1e6)
		};
	} finally {
		tf.dispose([x, filter, bias]);
	}
}

/** The fastest of the PEAK_SHAPES convs. */
export async function measureConvPeak(
	opts: { warmupMs?: number; runs?: number } = {},
	shapes: readonly ConvShape[] = PEAK_SHAPES
): Promise<KernelPeak> {
	let best: KernelPeak | null = null;
	for (const shape of shapes) {
		const p = await measureConv(shape, opts);
		if (!best || p.gmacPerS > best.gmacPerS) best = p;
	}
	if (!best) throw new Error('no shape to time');
	return best;
}
