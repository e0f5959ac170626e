import { describe, it, expect } from 'vitest';
import { formatNumberField, parseNumberField } from '$lib/components/mnasnet/parseField';

describe('parseNumberField', () => {
	// Plain decimals become numbers; everything else stays text for the engine to explain (issue 4 §3: bad input).
	const cases: [string, number | string][] = [
		['0.5', 0.5],
		[' 224 ', 224],
		['.25', 0.25],
		['1.', 1],
		['-3', -3],
		['1e9', 1e9],
		['+2', 2],
		['', ''],
		['   ', ''],
		['abc', 'abc'],
		['NaN', 'NaN'],
		['Infinity', 'Infinity'],
		['0x10', '0x10'],
		['1,5', '1,5'],
		['1e999', '1e999'] // overflows to Infinity: kept as text, never a non-finite number
	];
	for (const [text, expected] of cases) {
		it(`parseNumberField(${JSON.stringify(text)}) = ${JSON.stringify(expected)}`, () => {
			const got = parseNumberField(text);
			expect(got).toEqual(expected);
			if (typeof got === 'number') expect(Number.isFinite(got)).toBe(true);
		});
	}
});

describe('formatNumberField', () => {
	const cases: [number, string][] = [
		[1, '1'],
		[0.5, '0.5'],
		[0.1 + 0.2, '0.3'], // float noise hidden
		[1e-7, '0.0000001'], // no exponent notation in a field
		[224, '224'],
		[Number.NaN, '']
	];
	for (const [x, expected] of cases) {
		it(`formatNumberField(${x}) = ${JSON.stringify(expected)}`, () => {
			expect(formatNumberField(x)).toBe(expected);
		});
	}
});
