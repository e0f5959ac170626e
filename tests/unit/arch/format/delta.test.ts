import { describe, it, expect } from 'vitest';
import { formatDelta } from '$lib/arch/format';

describe('formatDelta', () => {
	const cases: [number, string][] = [
		[1_200_000, '+1.2 M'],
		[-496_000, '\u2212496 k'],
		[0, '0'],
		[NaN, '—']
	];
	for (const [n, text] of cases) it(`formatDelta(${n}) = "${text}"`, () => expect(formatDelta(n)).toBe(text));
});
