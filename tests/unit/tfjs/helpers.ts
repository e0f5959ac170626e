// Shared by the tfjs unit tests: the wasm backend in Node (it finds its .wasm in node_modules by itself,
// tfjs-backend-wasm's setWasmPaths docs) and non-trivial BatchNorm statistics, so BN folding is really exercised.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

export async function useWasm(): Promise<void> {
	await tf.setBackend('wasm');
	await tf.ready();
}

/** Sets every BatchNormalization layer's γ, β, moving mean and variance to seeded random values. */
export function randomizeBatchNorm(model: tf.LayersModel, seed = 7): void {
	let s = seed;
	for (const layer of model.layers) {
		if (layer.getClassName() !== 'BatchNormalization') continue;
		const c = layer.getWeights()[0].shape[0];
		const w = tf.tidy(() => [
			tf.randomUniform([c], 0.5, 1.5, 'float32', s++), // γ
			tf.randomUniform([c], -0.2, 0.2, 'float32', s++), // β
			tf.randomUniform([c], -0.2, 0.2, 'float32', s++), // moving mean
			tf.randomUniform([c], 0.5, 2, 'float32', s++) // moving variance
		]);
		layer.setWeights(w);
		tf.dispose(w);
	}
}

/** max |a − b| and max |a| over two equally shaped tensors. */
export function maxDiff(a: tf.Tensor, b: tf.Tensor): { diff: number; scale: number } {
	return tf.tidy(() => ({
		diff: tf.max(tf.abs(tf.sub(a, b))).dataSync()[0],
		scale: tf.max(tf.abs(a)).dataSync()[0]
	}));
}
