import { describe, it, expect } from 'vitest';
import { parseTarget, TARGET_MAX_MS, TARGET_MIN_MS } from '$lib/components/papers/rewardExplorer.svelte';

describe('parseTarget', () => {
	it.each([
		['75', 75],
		[' 80 ', 80],
		['62.5', 62.5],
		['62,5', 62.5],
		['.5', null], // below the 1 ms minimum
		[String(TARGET_MIN_MS), TARGET_MIN_MS],
		[String(TARGET_MAX_MS), TARGET_MAX_MS],
		[String(TARGET_MAX_MS + 1), null],
		['0', null],
		['-5', null],
		['', null],
		['abc', null],
		['75ms', null],
		['1e2', null],
		['Infinity', null],
		['NaN', null]
	])('%j → %s', (text, value) => expect(parseTarget(text)).toBe(value));
});
