import { describe, expect, it } from 'vitest';
import { mnasPreset } from '$lib/arch/mnasnet';
import { HARD_CONSTRAINT, SOFT_CONSTRAINT } from '$lib/arch/latency/reward';
import { bestSamples, buildSpace, Controller, paramsProxy, rewardOf, runSearch } from '$lib/arch/search';
import { mulberry32 } from '$lib/arch/nasfpn/prng';
import { toyPredict } from './fixtures';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('paramsProxy', () => {
	it.each([
		[1e8, 1],
		[1e4, 0.5],
		[1e9, 1],
		[3.9e6, Math.log10(3.9e6) / 8]
	])('%d params → %d', (params, expected) => {
		expect(paramsProxy(params)).toBeCloseTo(expected, 12);
	});
	it.each([0, 1, -5, NaN, Infinity])('%d params → a tiny positive number, never NaN', (params) => {
		const p = paramsProxy(params);
		expect(p).toBeGreaterThan(0);
		expect(p).toBeLessThan(1e-300);
	});
	it('doubling the parameters adds log10(2)/8', () => {
		expect(paramsProxy(4e6) - paramsProxy(2e6)).toBeCloseTo(Math.log10(2) / 8, 12);
	});
});

describe('rewardOf', () => {
	// Tan et al. 2019, Eq. 2: ACC·(LAT/T)^w, w = α if LAT ≤ T else β; soft α = β = −0.07, hard α = 0, β = −1
	it.each([
		['hard, under T', 0.8, 50, 100, HARD_CONSTRAINT, 0.8],
		['hard, twice T', 0.8, 200, 100, HARD_CONSTRAINT, 0.4],
		['soft, twice T', 0.8, 200, 100, SOFT_CONSTRAINT, 0.8 * 2 ** -0.07],
		['soft, half T', 0.8, 50, 100, SOFT_CONSTRAINT, 0.8 * 0.5 ** -0.07],
		['no latency', 0.8, 0, 100, SOFT_CONSTRAINT, 0],
		['NaN latency', 0.8, NaN, 100, HARD_CONSTRAINT, 0]
	])('%s', (_n, proxy, latencyMs, targetMs, c, expected) => {
		expect(rewardOf({ proxy, latencyMs }, targetMs, c)).toBeCloseTo(expected, 12);
	});
});

describe('Controller.update', () => {
	it('makes a rewarded choice more likely and a punished one less likely', () => {
		const space = buildSpace(mnasPreset('lecture'));
		const c = new Controller(space, { learningRate: 0.5, baselineDecay: 0.5 });
		const rand = mulberry32(2);
		const first = c.sample(rand);
		c.update(first, 1); // sets the baseline
		const good = c.sample(rand);
		c.update(good, 2);
		const p = c.probabilities();
		expect(p[0][0][good[0][0]]).toBeGreaterThan(1 / 4);
		const bad = c.sample(rand);
		const before = c.probabilities()[1][1][bad[1][1]];
		c.update(bad, -5);
		expect(c.probabilities()[1][1][bad[1][1]]).toBeLessThan(before);
		for (const block of c.probabilities())
			for (const d of block) expect(d.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
	});
});

describe('runSearch', () => {
	const space = buildSpace(mnasPreset('mnasnet-a1'));
	const targetMs = toyPredict(mnasPreset('mnasnet-a1'));
	const opts = { space, predict: toyPredict, targetMs, steps: 300, seed: 11 };

	it('is deterministic for a seed', () => {
		const a = runSearch({ ...opts, constraint: SOFT_CONSTRAINT, steps: 40 });
		const b = runSearch({ ...opts, constraint: SOFT_CONSTRAINT, steps: 40 });
		expect(a).toEqual(b);
		expect(runSearch({ ...opts, constraint: SOFT_CONSTRAINT, steps: 40, seed: 12 })).not.toEqual(a);
	});

	it.each([
		['soft', SOFT_CONSTRAINT],
		['hard', HARD_CONSTRAINT]
	])('%s: the mean reward of the last 60 steps beats the first 60', (_n, constraint) => {
		const samples = runSearch({ ...opts, constraint });
		expect(samples.map((s) => s.step)).toEqual(samples.map((_, i) => i));
		for (const s of samples) expect(s.reward).toBeCloseTo(rewardOf(s, targetMs, constraint), 12);
		expect(mean(samples.slice(-60).map((s) => s.reward))).toBeGreaterThan(
			mean(samples.slice(0, 60).map((s) => s.reward))
		);
	});

	it('hard: late samples sit under T more often than early ones', () => {
		const samples = runSearch({ ...opts, constraint: HARD_CONSTRAINT });
		const under = (xs: typeof samples) => xs.filter((s) => s.latencyMs <= targetMs).length / xs.length;
		expect(under(samples.slice(-60))).toBeGreaterThan(under(samples.slice(0, 60)));
	});
});

describe('bestSamples', () => {
	it('orders by reward, drops repeated networks, keeps the earlier step on ties', () => {
		const s = (step: number, reward: number, spec: string) => ({ step, reward, spec });
		const got = bestSamples([s(0, 0.5, 'a'), s(1, 0.9, 'b'), s(2, 0.9, 'c'), s(3, 0.95, 'b'), s(4, 0.1, 'd')], 3);
		expect(got.map((x) => x.step)).toEqual([3, 2, 0]);
	});
});
