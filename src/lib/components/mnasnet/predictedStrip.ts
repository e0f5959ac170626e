// Predicted milliseconds per diagram slot (stem, b0…, head, out = pool + classifier) from a latency prediction.
import type { LatencyPrediction } from '$lib/arch/latency/predict';

export function predictedBySlot(p: LatencyPrediction | null): Map<string, number> | null {
	if (!p) return null;
	const out = new Map<string, number>();
	const add = (key: string, ms: number) => out.set(key, (out.get(key) ?? 0) + ms);
	for (const l of p.perLayer) {
		if (l.block >= 0) add(`b${l.block}`, l.ms);
		else if (l.name === 'stem' || l.name === 'head') add(l.name, l.ms);
		else add('out', l.ms);
	}
	return out;
}
