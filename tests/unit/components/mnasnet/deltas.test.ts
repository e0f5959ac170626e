import { describe, it, expect } from 'vitest';
import { formatChange, relativeChange } from '$lib/components/mnasnet/deltas';

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

describe('formatChange', () => {
	// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: torchvision mnasnet0_5 has 2,218,512 params vs mnasnet1_0's 4,383,312: −49.4 %
	const cases: [number, number, string][] = [
		[2_218_512, 4_383_312, '\u221249.4 %'],
		[6_282_256, 4_383_312, '+43.3 %'], // mnasnet1_3 vs mnasnet1_0 (torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet)
		[4_383_312, 4_383_312, '±0 %'],
		[100_050, 100_000, '+0.05 %'], // below 0.1 % two decimals
		[1, 0, '']
	];
	for (const [value, base, expected] of cases) {
		it(`formatChange(${value}, ${base}) = ${expected}`, () => {
			expect(formatChange(value, base, 'en-US')).toBe(expected);
		});
	}
});
