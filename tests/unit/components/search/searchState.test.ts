// The search panel's typed fields: target, steps and seed are validated at the field, never NaN.
import { describe, it, expect } from 'vitest';
import { SearchState, STEP_LIMITS } from '$lib/components/search/searchState.svelte';

describe('SearchState.typedTarget', () => {
	it.each([
		['', 'default'],
		['  ', 'default'],
		['75', 75],
		['12.5', 12.5],
		['12,5', null], // a decimal comma is refused with a hint, as in every box
		['.5', 0.5],
		['0', null],
		['-3', null],
		['abc', null],
		['1e3', 1000], // the page's one grammar: an exponent is a number
		['2000000', null]
	])('%j → %s', (text, expected) => {
		const s = new SearchState();
		s.target.input(text);
		expect(s.typedTarget()).toBe(expected);
	});
});

describe('SearchState.steps and seed', () => {
	it.each([
		['300', 300],
		[String(STEP_LIMITS.min), STEP_LIMITS.min],
		[String(STEP_LIMITS.max), STEP_LIMITS.max],
		[String(STEP_LIMITS.min - 1), null],
		[String(STEP_LIMITS.max + 1), null],
		['2.5', null],
		['x', null]
	])('steps %j → %s', (text, expected) => {
		const s = new SearchState();
		s.stepsField.input(text);
		expect(s.steps).toBe(expected);
	});
	it.each([
		['0', 0],
		['42', 42],
		['-1', null],
		['seed', null]
	])('seed %j → %s', (text, expected) => {
		const s = new SearchState();
		s.seedField.input(text);
		expect(s.seed).toBe(expected);
	});
});
