// Predicted milliseconds per diagram slot (stem, b0…, head, out = pool + classifier) from a latency prediction.
import type { LatencyPrediction } from '$lib/arch/latency/predict';
import { slotKeyOfLayer } from './diagramLayout';

export function predictedBySlot(p: LatencyPrediction | null): Map<string, number> | null {
	if (!p) return null;
	const out = new Map<string, number>();
	const add = (key: string, ms: number) => out.set(key, (out.get(key) ?? 0) + ms);
	for (const l of p.perLayer) add(slotKeyOfLayer(l), l.ms);
	return out;
}
