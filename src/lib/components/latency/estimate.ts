// How long a run will take, said before it starts: per-inference time from the device's latency table (the
// MnasNet prediction, or the table's MAC rate for other networks), or from a conservative rate when the device
// is not calibrated; then the run protocol (first inference, warm-ups, timed runs, profile) capped by the budget.
import type { LatencyTable } from '$lib/arch/latency/table';

/** Assumed rate without a calibration, MACs per second: slower than any machine the notebook was tried on, so the
 * estimate errs long (a 2-core VM's wasm reaches several GMAC/s on these networks). */
export const UNCALIBRATED_MACS_PER_S = 0.5e9;

/** Fixed start-up: loading tfjs in the worker, building the model (s). */
const STARTUP_S = 1.5;

/** MACs per second a table shows over all its entries (null without MACs). */
export function tableRate(table: LatencyTable): number | null {
	let macs = 0;
	let ms = 0;
	for (const e of table.entries) {
		macs += e.macs;
		ms += e.ms;
	}
	return macs > 0 && ms > 0 ? (macs / ms) * 1000 : null;
}

export interface EstimateInput {
	/** predicted ms of one inference when known (MnasNet with a table) */
	predictedMs: number | null;
	macs: number;
	table: LatencyTable | null;
	warmups: number;
	runs: number;
	profile: boolean;
	/** time budget of warm-ups and timed runs, s */
	budgetS: number;
}

export interface RunEstimate {
	seconds: number;
	calibrated: boolean;
	/** one inference, ms */
	perRunMs: number;
}

export function estimateRun(x: EstimateInput): RunEstimate {
	const rate = x.table ? tableRate(x.table) : null;
	const perRunMs = x.predictedMs ?? (x.macs / (rate ?? UNCALIBRATED_MACS_PER_S)) * 1000;
	const perRunS = perRunMs / 1000;
	// the first inference packs weights and compiles: a few inferences' worth
	const first = 3 * perRunS;
	// the budget is counted from the build, and at least one timed run always finishes
	const loop = Math.min(x.budgetS, Math.max(0, x.warmups + x.runs) * perRunS) + perRunS;
	const profile = x.profile && loop < x.budgetS ? 2 * perRunS : 0;
	return { seconds: STARTUP_S + first + loop + profile, calibrated: rate !== null, perRunMs };
}
