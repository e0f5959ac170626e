import { describe, it, expect } from 'vitest';
import { formatMs, formatMsValue } from '$lib/arch/format';

describe('formatMs', () => {
	const cases: [number, string | undefined, number | undefined, string][] = [
		[12.345, undefined, undefined, '12.35 ms'],
		[78, undefined, 0, '78 ms'], // MnasNet paper Table 1: MnasNet-A1 on a Pixel 1
		[1_234.5, undefined, undefined, '1,234.50 ms'],
		[3.5, 'de-DE', undefined, '3,50 ms'],
		[NaN, undefined, undefined, '—']
	];
	for (const [ms, locale, digits, text] of cases)
		it(`formatMs(${ms}${locale ? `, ${locale}` : ''}) = "${text}"`, () =>
			expect(formatMs(ms, locale, digits)).toBe(text));
});

describe('formatMsValue', () => {
	const cases: [number, string][] = [
		[0.5, '0.50'],
		[75, '75.00']
	];
	for (const [ms, text] of cases) it(`formatMsValue(${ms}) = "${text}"`, () => expect(formatMsValue(ms)).toBe(text));
});
