import { describe, it, expect } from 'vitest';
import { formatShape } from '$lib/arch/format';

describe('formatShape', () => {
	const cases: [readonly number[] | null, string][] = [
		[[112, 112, 32], '112×112×32'],
		[[1280], '1280'],
		[[14, NaN, 96], '14×—×96'],
		[null, '—']
	];
	for (const [shape, text] of cases)
		it(`formatShape(${JSON.stringify(shape)}) = "${text}"`, () => expect(formatShape(shape)).toBe(text));
});
