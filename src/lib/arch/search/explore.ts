// The explorer's cloud: networks sampled around the current one, each with exact MACs and params and a predicted
// latency, the MACs–latency Pareto front, and the pair that shows best that equal MACs can mean different latency.
import type { MnasnetSpec } from '../mnasnet/spec';
import { scoreNetwork, type LatencyPredictor, type Scored } from './evaluate';
import { paretoFront } from './pareto';
import { sampleSpecs } from './sample';
import type { SearchSpace } from './space';

export interface Exploration {
	points: Scored[];
	/** indices into points: the most MACs for their latency (no other point is as fast with as many MACs), sorted by latency */
	front: number[];
	/** two points within `macTolerance` of each other's MACs whose latencies differ the most (ratio), or null */
	pair: { a: number; b: number; macRatio: number; latencyRatio: number } | null;
}

export function explore(
	space: SearchSpace,
	predict: LatencyPredictor,
	count: number,
	seed: number,
	macTolerance = 0.03
): Exploration {
	const points = sampleSpecs(space, count, seed).map((spec: MnasnetSpec) => scoreNetwork(spec, predict));
	// the networks that get the most work out of each millisecond on this device: the cloud's lower-right edge
	const front = paretoFront(
		points.map((p) => ({ x: p.latencyMs, y: p.macs })),
		true
	);
	return { points, front, pair: latencyPair(points, macTolerance) };
}

/** Among points whose MACs differ by at most `tolerance` (relative), the pair with the largest latency ratio. */
export function latencyPair(
	points: readonly Pick<Scored, 'macs' | 'latencyMs'>[],
	tolerance: number
): Exploration['pair'] {
	const order = points.map((_, i) => i).sort((a, b) => points[a].macs - points[b].macs);
	let best: Exploration['pair'] = null;
	for (let x = 0; x < order.length; x++) {
		const a = points[order[x]];
		for (let y = x + 1; y < order.length; y++) {
			const b = points[order[y]];
			if (b.macs > a.macs * (1 + tolerance)) break;
			if (!(a.latencyMs > 0 && b.latencyMs > 0)) continue;
			const hi = Math.max(a.latencyMs, b.latencyMs);
			const lo = Math.min(a.latencyMs, b.latencyMs);
			const ratio = hi / lo;
			if (!best || ratio > best.latencyRatio) {
				const [fast, slow] = a.latencyMs <= b.latencyMs ? [order[x], order[y]] : [order[y], order[x]];
				best = { a: fast, b: slow, macRatio: b.macs / a.macs, latencyRatio: ratio };
			}
		}
	}
	return best;
}
