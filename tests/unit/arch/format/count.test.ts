import { describe, it, expect } from 'vitest';
import { formatCount, formatInt } from '$lib/arch/format';

describe('formatCount', () => {
	const cases: [number, string | undefined, string][] = [
		[4_383_312, undefined, '4.38 M'], // torchvision models/mnasnet.py weights meta: mnasnet1_0 params
		[314_415_872, undefined, '314.4 M'], // tensorflow/tpu models/official/mnasnet: mnasnet1_0 MACs (counted by this engine)
		[29_858_816, undefined, '29.9 M'], // NAS-FPN 7 @ 256 params (tensorflow/tpu detection/modeling/architecture/nasfpn.py block spec)
		[1_619_383_872, undefined, '1.62 G'],
		[999, undefined, '999'],
		[12.345, undefined, '12.35'],
		[1_000, undefined, '1 k'],
		[2_500_000, undefined, '2.5 M'],
		[999_960, undefined, '1 M'], // not "1,000 k"
		[-496_000, undefined, '-496 k'],
		[0, undefined, '0'],
		[NaN, undefined, '—'],
		[Infinity, undefined, '—'],
		[314_415_872, 'ko', '314.4 M'],
		[4_383_312, 'de-DE', '4,38 M'] // the locale's decimal mark
	];
	for (const [n, locale, text] of cases)
		it(`formatCount(${n}${locale ? `, ${locale}` : ''}) = "${text}"`, () => expect(formatCount(n, locale)).toBe(text));
});

describe('formatInt', () => {
	const cases: [number, string | undefined, string][] = [
		[4_383_312, undefined, '4,383,312'],
		[512, undefined, '512'],
		[2.6, undefined, '3'],
		[-1_234, undefined, '-1,234'],
		[4_383_312, 'ko', '4,383,312'],
		[4_383_312, 'de-DE', '4.383.312'],
		[Infinity, undefined, '—']
	];
	for (const [n, locale, text] of cases)
		it(`formatInt(${n}${locale ? `, ${locale}` : ''}) = "${text}"`, () => expect(formatInt(n, locale)).toBe(text));
});
