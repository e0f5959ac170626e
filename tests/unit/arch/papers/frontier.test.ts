import { describe, it, expect } from 'vitest';
import { frontierCurve, frontierExponent, frontierReward } from '../../../../src/lib/arch/papers/frontier';
import { HARD_CONSTRAINT, SOFT_CONSTRAINT } from '../../../../src/lib/arch/latency/reward';

describe('frontierExponent', () => {
	// MnasNet §3: "doubling latency brings ~5 % relative accuracy" gives β = −ln 1.05 / ln 2 ≈ −0.0704
	it('5 % per doubling is the exponent the paper turned into β', () => {
		expect(frontierExponent(0.05)).toBeCloseTo(Math.log(1.05) / Math.log(2), 12);
		expect(frontierExponent(0.05)).toBeCloseTo(0.0704, 4);
	});
	it('no gain, no exponent', () => expect(frontierExponent(0)).toBe(0));
});

describe('frontierReward', () => {
	it.each([
		['soft, at T', 75, SOFT_CONSTRAINT, 0.05, 1],
		['hard, under T: only the accuracy gain', 37.5, HARD_CONSTRAINT, 0.05, Math.pow(0.5, frontierExponent(0.05))],
		['hard, 2T: accuracy gain times 2^−1', 150, HARD_CONSTRAINT, 0.05, Math.pow(2, frontierExponent(0.05) - 1)]
	])('%s', (_n, l, c, gain, r) => expect(frontierReward(l, 75, c, frontierExponent(gain))).toBeCloseTo(r, 12));
	it.each([0, -1, NaN])('latency %d → null', (l) => expect(frontierReward(l, 75, SOFT_CONSTRAINT, 0.07)).toBeNull());
});

describe('frontierCurve', () => {
	const T = 75;
	const g = frontierExponent(0.05);

	it('soft constraint at 5 % per doubling: the reward is flat, every latency is within 1 % of the best', () => {
		const c = frontierCurve(T, SOFT_CONSTRAINT, g, T / 4, T * 2.5)!;
		expect(Math.min(...c.points.map((p) => p.relative))).toBeGreaterThan(0.99);
		expect(c.band).toEqual({ lo: T / 4, hi: T * 2.5 });
	});

	it('hard constraint: the best reward is at T and the near-best band is narrow around it', () => {
		const c = frontierCurve(T, HARD_CONSTRAINT, g, T / 4, T * 2.5)!;
		const best = c.points.find((p) => p.relative === 1)!;
		expect(best.latencyMs).toBe(T);
		expect(c.band.lo).toBeGreaterThan(0.8 * T);
		expect(c.band.lo).toBeLessThan(T);
		expect(c.band.hi).toBeGreaterThanOrEqual(T);
		expect(c.band.hi).toBeLessThan(1.03 * T);
	});

	it('soft constraint with no accuracy gain: faster is better, the band is at the fast end', () => {
		const c = frontierCurve(T, SOFT_CONSTRAINT, 0, T / 4, T * 2.5)!;
		expect(c.band.lo).toBe(T / 4);
		expect(c.band.hi).toBeLessThan(T / 2);
	});

	it.each([
		[0, 100],
		[50, 40],
		[NaN, 100]
	])('bad range [%d, %d] → null', (lo, hi) => expect(frontierCurve(T, SOFT_CONSTRAINT, g, lo, hi)).toBeNull());
});
