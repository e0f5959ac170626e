import { describe, it, expect } from 'vitest';
import { formatRatio, formatRatioNumber } from '$lib/arch/format';

describe('formatRatio', () => {
	const cases: { ratio: number | null; locale?: string; text: string }[] = [
		{ ratio: 0.7099, text: '0.71×' },
		{ ratio: 1, text: '1.00×' },
		{ ratio: 0.004213, text: '0.00421×' },
		{ ratio: 12.345, text: '12.3×' },
		{ ratio: 0, text: '0.00×' },
		{ ratio: null, text: '—' },
		{ ratio: Infinity, text: '—' },
		{ ratio: 0.5, locale: 'ko', text: '0.50×' },
		{ ratio: 0.5, locale: 'de-DE', text: '0,50×' }
	];
	for (const { ratio, locale, text } of cases)
		it(`formatRatio(${ratio}${locale ? `, ${locale}` : ''}) = "${text}"`, () =>
			expect(formatRatio(ratio, locale)).toBe(text));
});

describe('formatRatioNumber', () => {
	const cases: [number | null, string][] = [
		[0.7099, '0.71'],
		[12.345, '12.3'],
		[null, '—']
	];
	for (const [ratio, text] of cases)
		it(`formatRatioNumber(${ratio}) = "${text}"`, () => expect(formatRatioNumber(ratio)).toBe(text));
});
