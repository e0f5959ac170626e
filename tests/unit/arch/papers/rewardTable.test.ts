import { describe, it, expect } from 'vitest';
import { MNASNET_TABLE1 } from '../../../../src/lib/arch/papers/mnasnetTable1';
import {
	formatReward,
	rewardRows,
	rewardWinners,
	type ConstraintId
} from '../../../../src/lib/arch/papers/rewardTable';

// Eq. 2 of the MnasNet paper (§3), written out here independently: ACC·(LAT/T)^w, w = α if LAT ≤ T else β, with
// soft α = β = −0.07 and hard α = 0, β = −1; ACC is the published top-1 as a fraction.
const EXPONENTS: Record<ConstraintId, { alpha: number; beta: number }> = {
	soft: { alpha: -0.07, beta: -0.07 },
	hard: { alpha: 0, beta: -1 }
};
const expected = (top1: number, lat: number, T: number, c: ConstraintId) =>
	(top1 / 100) * (lat / T) ** (lat <= T ? EXPONENTS[c].alpha : EXPONENTS[c].beta);

describe('rewardRows', () => {
	const cases: [ConstraintId, number][] = [];
	for (const c of ['soft', 'hard'] as const) for (const T of [40, 75, 78, 100, 143, 190, 500]) cases.push([c, T]);

	it.each(cases)('%s constraint, T = %d ms: every row equals ACC·(LAT/T)^w', (c, T) => {
		const rows = rewardRows(T, c);
		expect(rows.map((r) => r.model)).toEqual(MNASNET_TABLE1.map((r) => r.model));
		for (const r of rows) {
			expect(r.accuracy).toBeCloseTo(r.top1 / 100, 12);
			expect(r.reward).toBeCloseTo(expected(r.top1, r.latencyMs, T, c), 12);
			expect(r.w).toBe(r.latencyMs <= T ? EXPONENTS[c].alpha : EXPONENTS[c].beta);
		}
	});

	it('hard constraint: a model at or under T gets its accuracy, one over T is divided by LAT/T', () => {
		const rows = rewardRows(75, 'hard');
		const mbv2 = rows.find((r) => r.model === 'MobileNetV2')!; // Table 1: 72.0 %, 75 ms
		expect(mbv2.reward).toBeCloseTo(0.72, 12);
		const a1 = rows.find((r) => r.model === 'MnasNet-A1')!; // Table 1: 75.2 %, 78 ms
		expect(a1.reward).toBeCloseTo(0.752 * (75 / 78), 12);
	});

	it.each([0, -75, NaN, Infinity])('T = %d gives no reward (null), never NaN', (T) => {
		for (const c of ['soft', 'hard'] as const) for (const r of rewardRows(T, c)) expect(r.reward).toBeNull();
	});
});

describe('rewardWinners', () => {
	// At the paper's T = 75 ms the soft rewards of A1, A2, A3 are 0.7499, 0.7500, 0.7502 (4 decimals); under the hard
	// constraint A1 (78 ms, 0.7231) beats MobileNetV2 (75 ms, exactly its 0.7200 accuracy).
	it.each([
		['soft', 75, ['MnasNet-A3']],
		['hard', 75, ['MnasNet-A1']],
		// T = 100: A1 and A2 are under T, so the hard reward is accuracy alone until A3 (103 ms)
		['hard', 100, ['MnasNet-A2']],
		['hard', 150, ['MnasNet-A3']]
	] as const)('%s constraint, T = %d ms: %j', (c, T, winners) => {
		expect(rewardWinners(rewardRows(T, c))).toEqual(winners);
	});

	it('ties at 4 decimals count as a shared win', () => {
		const rows = rewardRows(75, 'hard', [
			{ model: 'x', type: 'auto', paramsM: 1, multAddsM: 1, top1: 70, latencyMs: 50, source: 'test' },
			{ model: 'y', type: 'auto', paramsM: 1, multAddsM: 1, top1: 70.00001, latencyMs: 60, source: 'test' }
		]);
		expect(rewardWinners(rows)).toEqual(['x', 'y']);
	});

	it('no valid reward: no winner', () => expect(rewardWinners(rewardRows(0, 'soft'))).toEqual([]));
});

describe('formatReward', () => {
	it.each([
		[0.75016, '0.7502'],
		[0.72, '0.7200'],
		[null, '']
	])('%s → %j', (v, s) => expect(formatReward(v)).toBe(s));
});
