import { describe, it, expect } from 'vitest';
import { RewardExplorerState, TARGET_MAX_MS, TARGET_MIN_MS } from '$lib/components/papers/rewardExplorer.svelte';
import { PAPER_TARGET_MS } from '$lib/arch/papers/mnasnetTable1';

describe('RewardExplorerState.targetField', () => {
	it.each([
		['75', 75],
		[' 80 ', 80],
		['62.5', 62.5],
		['1e2', 100],
		['.5', null], // below the 1 ms minimum
		[String(TARGET_MIN_MS), TARGET_MIN_MS],
		[String(TARGET_MAX_MS), TARGET_MAX_MS],
		[String(TARGET_MAX_MS + 1), null],
		['62,5', null],
		['0', null],
		['-5', null],
		['', null],
		['abc', null],
		['75ms', null],
		['Infinity', null],
		['NaN', null]
	])('input(%j) → target %s, else the last valid one', (text, value) => {
		const s = new RewardExplorerState();
		s.targetField.input('90');
		s.targetField.input(text);
		expect(s.target).toBe(value ?? 90);
		expect(s.targetField.invalid).toBe(value === null);
		expect(s.targetField.text()).toBe(text);
		for (const row of s.rows) if (row.reward !== null) expect(Number.isFinite(row.reward)).toBe(true);
	});

	it("starts at the paper's target", () => {
		expect(new RewardExplorerState().target).toBe(PAPER_TARGET_MS);
	});
});
