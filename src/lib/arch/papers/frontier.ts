// The argument of MnasNet §7.1 / Fig. 6 on a model trade-off: networks whose accuracy grows by a fixed relative
// gain each time latency doubles, ACC(l) = ACC(T)·(l/T)^g with g = log2(1 + gain). Along that curve the reward of
// Eq. 2 is ACC(T)·(l/T)^(g + w). With the paper's "5 % per doubling" (§3) and α = β = −0.07 the exponent is ~0, so
// the soft reward is flat; with α = 0, β = −1 it peaks at T. An illustration, not data.
import type { LatencyConstraint } from '../latency/reward';

/** g for a relative accuracy gain per doubling of latency (0.05 → log2 1.05 ≈ 0.0704). */
export function frontierExponent(gainPerDoubling: number): number {
	return Math.log2(1 + gainPerDoubling);
}

/** Reward along the trade-off at latency l, with ACC(T) = 1. Null for non-positive or non-finite input. */
export function frontierReward(latencyMs: number, targetMs: number, c: LatencyConstraint, g: number): number | null {
	if (![latencyMs, targetMs, g, c.alpha, c.beta].every(Number.isFinite) || latencyMs <= 0 || targetMs <= 0) return null;
	const w = latencyMs <= targetMs ? c.alpha : c.beta;
	return Math.pow(latencyMs / targetMs, g + w);
}

export interface FrontierCurve {
	points: { latencyMs: number; relative: number }[];
	/** the latencies whose reward is within `tolerance` of the best on [lo, hi] */
	band: { lo: number; hi: number };
}

/** The reward along the trade-off on [lo, hi], divided by its maximum there, and the near-best band. */
export function frontierCurve(
	targetMs: number,
	c: LatencyConstraint,
	g: number,
	lo: number,
	hi: number,
	tolerance = 0.01,
	n = 241
): FrontierCurve | null {
	if (!(lo > 0) || !(hi > lo) || n < 2) return null;
	const raw: { latencyMs: number; reward: number }[] = [];
	for (let i = 0; i < n; i++) {
		const latencyMs = lo + ((hi - lo) * i) / (n - 1);
		const reward = frontierReward(latencyMs, targetMs, c, g);
		if (reward === null) return null;
		raw.push({ latencyMs, reward });
	}
	// T itself is a sample so the hard constraint's peak is not missed between two samples
	if (targetMs > lo && targetMs < hi) {
		const r = frontierReward(targetMs, targetMs, c, g);
		if (r !== null) raw.push({ latencyMs: targetMs, reward: r });
		raw.sort((a, b) => a.latencyMs - b.latencyMs);
	}
	const max = Math.max(...raw.map((p) => p.reward));
	if (!(max > 0) || !Number.isFinite(max)) return null;
	const points = raw.map((p) => ({ latencyMs: p.latencyMs, relative: p.reward / max }));
	const near = points.filter((p) => p.relative >= 1 - tolerance);
	return { points, band: { lo: near[0].latencyMs, hi: near[near.length - 1].latencyMs } };
}
