// MnasNet's multi-objective reward (Tan et al. 2019, §3, Eq. 2): ACC(m) × [LAT(m) / T]^w with
// w = α when LAT ≤ T, else β. Soft constraint α = β = −0.07 (doubling latency costs ~5 % relative accuracy:
// β = −ln 1.05 / ln 2 ≈ −0.0704); hard constraint α = 0, β = −1. The search used T = 75 ms (§6.1).

export interface LatencyConstraint {
	alpha: number;
	beta: number;
}

export const SOFT_CONSTRAINT: LatencyConstraint = { alpha: -0.07, beta: -0.07 };
export const HARD_CONSTRAINT: LatencyConstraint = { alpha: 0, beta: -1 };
export const DEFAULT_TARGET_MS = 75;

/** The reward, or null when an input cannot give a finite number (latency or target ≤ 0, NaN). */
export function mnasReward(accuracy: number, latencyMs: number, targetMs: number, c: LatencyConstraint): number | null {
	if (![accuracy, latencyMs, targetMs, c.alpha, c.beta].every(Number.isFinite)) return null;
	if (latencyMs <= 0 || targetMs <= 0) return null;
	const w = latencyMs <= targetMs ? c.alpha : c.beta;
	const r = accuracy * Math.pow(latencyMs / targetMs, w);
	return Number.isFinite(r) ? r : null;
}

/** Points of the reward-against-latency curve on [lo, hi] (n ≥ 2 samples, both ends included). */
export function rewardCurve(
	accuracy: number,
	targetMs: number,
	c: LatencyConstraint,
	lo: number,
	hi: number,
	n = 121
): { latencyMs: number; reward: number }[] {
	const out: { latencyMs: number; reward: number }[] = [];
	if (!(lo > 0) || !(hi > lo) || n < 2) return out;
	for (let i = 0; i < n; i++) {
		const latencyMs = lo + ((hi - lo) * i) / (n - 1);
		const reward = mnasReward(accuracy, latencyMs, targetMs, c);
		if (reward !== null) out.push({ latencyMs, reward });
	}
	return out;
}
