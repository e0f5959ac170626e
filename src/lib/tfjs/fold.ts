// BatchNorm folding: conv(x, W) then BN(γ, β, μ, σ²) equals conv(x, W·s) + (β − μ·s), s = γ / √(σ² + ε),
// per output channel. Reads the weights of a built tf.layers model by layer name.
import * as tf from '@tensorflow/tfjs';

export interface FoldedConv {
	filter: tf.Tensor4D;
	bias: tf.Tensor1D;
}

/** BN weights of a tf.layers BatchNormalization layer in the order tfjs stores them: γ, β, moving μ, moving σ². */
function bnWeights(model: tf.LayersModel, name: string): [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor] {
	const w = model.getLayer(name).getWeights();
	if (w.length !== 4) throw new Error(`${name}: expected γ, β, μ, σ² (got ${w.length} weights)`);
	return [w[0], w[1], w[2], w[3]];
}

/**
 * Folds BN layer `bnName` into the kernel of conv layer `convName` (conv2d [k,k,in,out] or depthwise [k,k,C,1]).
 * The conv may have its own bias (NAS-FPN convs do): b' = (b − μ)·s + β. Returns new tensors the caller owns.
 */
export function foldConvBn(
	model: tf.LayersModel,
	convName: string,
	bnName: string,
	epsilon: number,
	depthwise: boolean
): FoldedConv {
	return tf.tidy(() => {
		const convW = model.getLayer(convName).getWeights();
		const kernel = convW[0] as tf.Tensor4D;
		const convBias = convW.length > 1 ? convW[1] : null;
		const [gamma, beta, mean, variance] = bnWeights(model, bnName);
		const scale = tf.div(gamma, tf.sqrt(tf.add(variance, epsilon)));
		const filter = depthwise
			? tf.mul(kernel, tf.reshape(scale, [1, 1, -1, 1]))
			: tf.mul(kernel, tf.reshape(scale, [1, 1, 1, -1]));
		const centred = convBias ? tf.sub(convBias, mean) : tf.neg(mean);
		const bias = tf.add(tf.mul(centred, scale), beta);
		return { filter: filter as tf.Tensor4D, bias: bias as tf.Tensor1D };
	});
}
