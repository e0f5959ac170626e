import { describe, it, expect } from 'vitest';
import { formatShare, formatShareChange } from '$lib/arch/format';

describe('formatShare', () => {
	const cases: [number, string | undefined, number | undefined, string][] = [
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: the P3 output node is 6,400 of
		// the 11,725 output pixels of one NAS-FPN repeat
		[6_400 / 11_725, undefined, undefined, '54.6%'],
		[6_400 / 11_725, 'ko', undefined, '54.6%'],
		[1, undefined, undefined, '100.0%'],
		[0.05, undefined, 0, '5%'],
		[0.1234, 'de-DE', undefined, '12,3\u00a0%'], // the locale's own spacing
		[NaN, undefined, undefined, '—']
	];
	for (const [share, locale, digits, text] of cases)
		it(`formatShare(${share}${locale ? `, ${locale}` : ''}${digits === undefined ? '' : `, ${digits}`}) = "${text}"`, () =>
			expect(formatShare(share, locale, digits)).toBe(text));
});

describe('formatShareChange', () => {
	// torchvision models/mnasnet.py weights meta: mnasnet0_5 has 2,218,512 params, mnasnet1_0 4,383,312, mnasnet1_3 6,282,256
	const cases: [number, string][] = [
		[2_218_512 / 4_383_312 - 1, '\u221249.4%'],
		[6_282_256 / 4_383_312 - 1, '+43.3%'],
		[0, '±0%'],
		[0.0005, '+0.05%'], // below 0.1 %: two decimals
		[NaN, '—']
	];
	for (const [change, text] of cases)
		it(`formatShareChange(${change}) = "${text}"`, () => expect(formatShareChange(change)).toBe(text));
});
