import { describe, it, expect } from 'vitest';
import { relativeChange } from '$lib/components/mnasnet/deltas';

describe('relativeChange', () => {
	const cases: [number, number, number | null][] = [
		[110, 100, 0.1],
		[50, 100, -0.5],
		[100, 100, 0],
		[5, 0, null],
		[Number.NaN, 100, null]
	];
	for (const [value, base, expected] of cases) {
		it(`relativeChange(${value}, ${base}) = ${expected}`, () => {
			const got = relativeChange(value, base);
			if (expected === null) expect(got).toBeNull();
			else expect(got).toBeCloseTo(expected, 12);
		});
	}
});
