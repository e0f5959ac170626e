// Memory a run needs before we build anything: fp32 weights (plus the folded copy for the inference graph)
// and the peak of live activations, from the engines' cost reports. Above the limit (1 GiB by default) the
// panel and the worker refuse to build, so a typo like resolution 2048 × width 4 cannot take the tab down.
import { costMnasnet } from '../arch/mnasnet/cost';
import { costNasfpn } from '../arch/nasfpn/cost';
import type { NetworkJob, Variant } from './protocol';

export const DEFAULT_MEMORY_LIMIT_BYTES = 2 ** 30;

export interface MemoryEstimate {
	/** model weights as built (trainable + BN statistics), plus the folded copy for the `folded` variant */
	weightBytes: number;
	/** peak of live activations in one forward pass, plus the input */
	activationBytes: number;
	totalBytes: number;
	limitBytes: number;
	ok: boolean;
}

const F32 = 4;

function mnasnet(job: Extract<NetworkJob, { kind: 'mnasnet' }>, variant: Variant): { w: number; a: number } {
	const cost = costMnasnet(job.spec);
	const weights = cost.total.weightBytes;
	// folding keeps the layers model's weights alive while it makes its own (about params − bnBuffers/2)
	const folded = variant === 'folded' ? F32 * (cost.total.params - cost.total.bnBuffers / 2) : 0;
	const r = job.spec.resolution;
	return { w: weights + folded, a: cost.total.peakActivationBytes + F32 * r * r * 3 };
}

function nasfpn(job: Extract<NetworkJob, { kind: 'nasfpn' }>, variant: Variant): { w: number; a: number } {
	const spec = job.spec;
	const cost = costNasfpn(spec);
	const weights = cost.total.weightBytes;
	const folded = variant === 'folded' ? F32 * (cost.total.params - cost.total.bnBuffers / 2) : 0;
	// Conservative: every node of a repeat stays alive until the repeat ends (outputs feed the next one), plus
	// three node-sized temporaries (resampled inputs, merged sum) and the backbone inputs.
	let nodes = 0;
	let largest = 0;
	for (const n of cost.nodes) {
		nodes += n.outputElements;
		largest = Math.max(largest, n.outputElements);
	}
	let inputs = 0;
	for (const s of cost.inputStageLevels) inputs += s.side * s.side * (s.inChannels ?? spec.channels);
	if (cost.inputStageLevels.length === 0) {
		for (const n of cost.nodes) if (n.op === 'input') inputs += n.outputElements;
	}
	return { w: weights + folded, a: F32 * (nodes + 3 * largest + inputs) };
}

/** `variant` may list two variants for a paired run: both networks' weights are alive at once, but only one
 * forward pass runs at a time, so weights add up and activations do not. */
export function estimateMemory(
	job: NetworkJob,
	variant: Variant | readonly Variant[],
	limitBytes = DEFAULT_MEMORY_LIMIT_BYTES
): MemoryEstimate {
	let w = 0;
	let a = 0;
	for (const v of typeof variant === 'string' ? [variant] : variant) {
		const one = job.kind === 'mnasnet' ? mnasnet(job, v) : nasfpn(job, v);
		w += one.w;
		a = Math.max(a, one.a);
	}
	const totalBytes = w + a;
	return { weightBytes: w, activationBytes: a, totalBytes, limitBytes, ok: totalBytes <= limitBytes };
}
