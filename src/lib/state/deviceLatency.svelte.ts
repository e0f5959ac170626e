// What the page knows about this device's speed, shared by every cell: the latency table (calibrated here or
// loaded from the IndexedDB cache), and the page-wide run lock (one run or calibration at a time, so two runs
// never share the CPU and spoil each other's times).
import { predictorFor, type LatencyPrediction } from '$lib/arch/latency/predict';
import type { LatencyTable } from '$lib/arch/latency/table';
import type { MnasnetSpec } from '$lib/arch/mnasnet/spec';

// The cache (and the table's validation with it) loads with the latency panel, the only caller of restore/adopt.
const cache = () => import('./latencyCache');

export type RunOwner = 'mnasnet' | 'nasfpn' | 'search';

/** A short, stable label of this browser and machine (the cache key; also stored in the table). */
export function deviceLabel(): string {
	if (typeof navigator === 'undefined') return 'unknown device';
	const ua = navigator.userAgent.replace(/\s+/g, ' ').slice(0, 160);
	return `${ua} · ${navigator.hardwareConcurrency ?? '?'} cores`;
}

export class DeviceLatency {
	table = $state.raw<LatencyTable | null>(null);
	/** the panel whose run or calibration holds the lock, or null */
	owner = $state<RunOwner | null>(null);

	/** Predicted latency of a valid spec, or null without a table. */
	predict(spec: MnasnetSpec): LatencyPrediction | null {
		return this.table ? predictorFor(this.table).predictSpec(spec) : null;
	}

	/** Takes the run lock for `who`; false when another panel holds it. */
	acquire(who: RunOwner): boolean {
		if (this.owner !== null && this.owner !== who) return false;
		this.owner = who;
		return true;
	}

	release(who: RunOwner): void {
		if (this.owner === who) this.owner = null;
	}

	/** Loads the cached table of this device for `backend` (keeps the current one when there is none). */
	async restore(backend: string): Promise<void> {
		const { cacheKey, loadTable } = await cache();
		const t = await loadTable(cacheKey(deviceLabel(), backend, 'folded'));
		if (t && (!this.table || this.table.backend !== backend || t.date > this.table.date)) this.table = t;
	}

	async adopt(table: LatencyTable): Promise<void> {
		this.table = table;
		const { cacheKey, saveTable } = await cache();
		await saveTable(cacheKey(deviceLabel(), table.backend, table.graph), table);
	}
}

export const deviceLatency = new DeviceLatency();
