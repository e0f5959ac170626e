import { describe, it, expect } from 'vitest';
import { modelOptionId, rewardWinnerAnswer } from '$lib/teach/answers';
import { EXERCISES, gradeExercise } from '$lib/teach/exercises';
import { mnasPreset } from '$lib/arch/mnasnet';
import { fpnPreset } from '$lib/arch/nasfpn';

const ctx = { mnas: mnasPreset('lecture'), fpn: fpnPreset('f') };
const ex = EXERCISES.find((e) => e.id === 'reward-winner')!;

describe('rewardWinnerAnswer', () => {
	// MnasNet Table 1 at T = 75 ms (§6.1): hard (α = 0, β = −1) → A1 0.7231 over MobileNetV2 0.7200;
	// soft (α = β = −0.07) → A3 0.7502 over A2 0.7500 and A1 0.7499
	it('at the paper’s T = 75 ms: hard → MnasNet-A1, soft → MnasNet-A3', () => {
		const a = rewardWinnerAnswer();
		expect(a.targetMs).toBe(75);
		expect(a.hardWinners).toEqual(['MnasNet-A1']);
		expect(a.softWinners).toEqual(['MnasNet-A3']);
	});

	it('the soft rewards of the three MnasNet models are within 0.001 of each other (as the explanation says)', () => {
		const r = rewardWinnerAnswer()
			.soft.filter((x) => x.model.startsWith('MnasNet'))
			.map((x) => x.reward!);
		expect(Math.max(...r) - Math.min(...r)).toBeLessThan(0.001);
	});
});

describe('modelOptionId', () => {
	it.each([
		['MobileNetV2 (1.4)', 'mobilenetv2-1-4'],
		['MnasNet-A1', 'mnasnet-a1'],
		['NASNet-A', 'nasnet-a']
	])('%j → %j', (m, id) => expect(modelOptionId(m)).toBe(id));
});

describe('gradeExercise(reward-winner)', () => {
	it('has one option per Table 1 model, with unique ids', () => {
		const opts = ex.options!(ctx, 'en');
		expect(opts).toHaveLength(8);
		expect(new Set(opts.map((o) => o.id)).size).toBe(8);
	});

	it.each([
		['mnasnet-a1', 'correct'],
		['mnasnet-a3', 'wrong'],
		['mobilenetv2', 'wrong'],
		['', 'invalid']
	])('answer %j is %s', (answer, status) => expect(gradeExercise(ex, ctx, answer, 'en').status).toBe(status));

	it('the Korean question and explanation are Korean', () => {
		const sol = ex.solve(ctx, 'ko')!;
		for (const text of [ex.question(ctx, 'ko'), sol.explanation]) expect(text).toMatch(/[가-힣]/);
		expect(sol.explanation).toContain('MnasNet-A3');
	});
});
