import { describe, it, expect } from 'vitest';
import {
	mnasReward,
	rewardCurve,
	SOFT_CONSTRAINT,
	HARD_CONSTRAINT,
	DEFAULT_TARGET_MS
} from '../../../../src/lib/arch/latency/reward';

describe('mnasReward', () => {
	// ACC × (LAT/T)^w, w = α if LAT ≤ T else β (Tan et al. 2019 §3, Tan et al., MnasNet, CVPR 2019)
	it.each([
		['soft, at the target', 0.75, 75, 75, SOFT_CONSTRAINT, 0.75],
		['soft, twice the target', 0.75, 150, 75, SOFT_CONSTRAINT, 0.75 * Math.pow(2, -0.07)],
		[
			'soft, half the target (faster is rewarded a little)',
			0.75,
			37.5,
			75,
			SOFT_CONSTRAINT,
			0.75 * Math.pow(0.5, -0.07)
		],
		['hard, below the target: accuracy alone', 0.752, 50, 75, HARD_CONSTRAINT, 0.752],
		['hard, twice the target: halved', 0.752, 150, 75, HARD_CONSTRAINT, 0.376],
		// paper Fig. 3 illustrates with ACC = 0.5, T = 80 ms
		['Fig. 3 soft, 160 ms', 0.5, 160, 80, SOFT_CONSTRAINT, 0.5 * Math.pow(2, -0.07)]
	])('%s', (_n, acc, lat, t, c, expected) => {
		expect(mnasReward(acc, lat, t, c)).toBeCloseTo(expected, 12);
	});

	it('soft constraint: doubling latency costs about 5 % relative reward (the paper derives β from that)', () => {
		const r1 = mnasReward(0.7, 100, DEFAULT_TARGET_MS, SOFT_CONSTRAINT)!;
		const r2 = mnasReward(0.7, 200, DEFAULT_TARGET_MS, SOFT_CONSTRAINT)!;
		expect(r1 / r2).toBeCloseTo(1.05, 2);
	});

	it.each([
		[0.7, 0, 75],
		[0.7, -3, 75],
		[0.7, 30, 0],
		[NaN, 30, 75],
		[0.7, Infinity, 75]
	])('returns null for acc %d, latency %d, target %d', (acc, lat, t) => {
		expect(mnasReward(acc, lat, t, SOFT_CONSTRAINT)).toBeNull();
	});
});

describe('rewardCurve', () => {
	it('samples n points from lo to hi, continuous at the target under the hard constraint', () => {
		const pts = rewardCurve(0.75, 75, HARD_CONSTRAINT, 25, 125, 5);
		expect(pts.map((p) => p.latencyMs)).toEqual([25, 50, 75, 100, 125]);
		expect(pts[2].reward).toBeCloseTo(0.75, 12);
		expect(pts[3].reward).toBeCloseTo(0.75 * 0.75, 12);
	});

	it('gives no points for a bad range', () => {
		expect(rewardCurve(0.75, 75, SOFT_CONSTRAINT, 0, 100)).toEqual([]);
		expect(rewardCurve(0.75, 75, SOFT_CONSTRAINT, 50, 10)).toEqual([]);
	});
});
