import { describe, it, expect } from 'vitest';
import { formatBytes, formatBytesApart } from '$lib/arch/format';

describe('formatBytes', () => {
	const cases: [number, string | undefined, string][] = [
		[512, undefined, '512 B'],
		[3_211_264, undefined, '3.2 MB'],
		[999_960, undefined, '1.0 MB'], // not "1000.0 kB"
		[1_200_000_000, undefined, '1.2 GB'],
		[17_600_000, 'de-DE', '17,6 MB'],
		[NaN, undefined, '—']
	];
	for (const [n, locale, text] of cases)
		it(`formatBytes(${n}${locale ? `, ${locale}` : ''}) = "${text}"`, () => expect(formatBytes(n, locale)).toBe(text));
});

describe('formatBytesApart', () => {
	// the memory guard's limit is 2^30 bytes (1,073,741,824); a network needing 1.13 GB must not read "1.1 GB … 1.1 GB"
	const cases: [number, number, [string, string]][] = [
		[1_130_000_000, 2 ** 30, ['1.13 GB', '1.07 GB']],
		[2_000_000_000, 2 ** 30, ['2.0 GB', '1.1 GB']],
		[2 ** 30 + 1, 2 ** 30, ['1,073,741,825 B', '1,073,741,824 B']],
		[2 ** 30, 2 ** 30, ['1.1 GB', '1.1 GB']]
	];
	for (const [a, b, expected] of cases)
		it(`formatBytesApart(${a}, ${b})`, () => expect(formatBytesApart(a, b)).toEqual(expected));
});
