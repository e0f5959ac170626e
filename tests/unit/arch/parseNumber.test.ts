import { describe, it, expect } from 'vitest';
import { numberText, parseNumber, readNumber, type NumberRules } from '$lib/arch/parseNumber';
import { issueText } from '$lib/i18n/issueText';
import { fill } from '$lib/i18n/i18n.svelte';
import { issueMessages } from '$lib/i18n/messages/issues';

/** The English catalog sentence for an issue, filled the way issueText fills the Korean one. */
function englishTemplate(code: string, params: Record<string, string | number>): string {
	const en = issueMessages.en as Record<string, string>;
	const p = { ...params };
	if ('gotKind' in p) p.got = fill(en[`got.${p.gotKind}`], { got: String(p.got) });
	if ('want' in p) p.want = en[`want.${p.want}`];
	return fill(en[code], p);
}

describe('readNumber', () => {
	it.each([
		// the grammar: sign, digits with one point, optional exponent; trimmed; full-width folded (NFKC)
		{ text: '32', want: 32 },
		{ text: ' 32 ', want: 32 },
		{ text: '\t640\n', want: 640 },
		{ text: '0.50', want: 0.5 },
		{ text: '.25', want: 0.25 },
		{ text: '1.', want: 1 },
		{ text: '+2', want: 2 },
		{ text: '-5', want: -5 },
		{ text: '1e-1', want: 0.1 },
		{ text: '2E3', want: 2000 },
		{ text: '３２', want: 32 },
		{ text: '０.５', want: 0.5 },
		{ text: '\u22125', want: -5 },
		{ text: '', want: null },
		{ text: '   ', want: null },
		{ text: 'abc', want: null },
		{ text: '0x10', want: null },
		{ text: '0b11', want: null },
		{ text: '1,5', want: null },
		{ text: '1,000', want: null },
		{ text: '1_000', want: null },
		{ text: '1 000', want: null },
		{ text: 'Infinity', want: null },
		{ text: '-Infinity', want: null },
		{ text: 'NaN', want: null },
		{ text: '1e999', want: null },
		{ text: '9'.repeat(400), want: null },
		{ text: '--5', want: null },
		{ text: '.', want: null },
		{ text: 'e5', want: null }
	])('readNumber($text) = $want', ({ text, want }) => {
		const got = readNumber(text);
		expect(got).toBe(want);
		if (got !== null) expect(Number.isFinite(got)).toBe(true);
	});

	it('reads "-0" as 0, not -0', () => {
		expect(Object.is(readNumber('-0'), 0)).toBe(true);
		expect(Object.is(readNumber('-0.0e5'), 0)).toBe(true);
	});
});

describe('parseNumber', () => {
	const whole: NumberRules = { integer: true, range: { min: 1, max: 1000 } };
	const positive: NumberRules = { range: { min: 0, max: 100, minExclusive: true } };
	it.each([
		{ text: '32', rules: whole, value: 32 },
		{ text: ' 32 ', rules: whole, value: 32 },
		{ text: '３２', rules: whole, value: 32 },
		{ text: '1e2', rules: whole, value: 100 },
		{ text: '1000', rules: whole, value: 1000 },
		{ text: '1e-1', rules: positive, value: 0.1 },
		{ text: '100', rules: positive, value: 100 },
		{ text: '-0', rules: {}, value: 0 },
		{ text: '-7.5', rules: {}, value: -7.5 }
	])('parseNumber($text) = $value', ({ text, rules, value }) => {
		expect(parseNumber(text, rules)).toEqual({ ok: true, value });
	});

	it.each([
		{ text: '', rules: whole, code: 'n.empty' },
		{ text: '   ', rules: positive, code: 'n.empty' },
		{ text: 'abc', rules: whole, code: 'n.notNumber' },
		{ text: '0x10', rules: whole, code: 'n.notNumber' },
		{ text: 'Infinity', rules: whole, code: 'n.notNumber' },
		{ text: 'NaN', rules: positive, code: 'n.notNumber' },
		{ text: '1,5', rules: positive, code: 'n.comma' },
		{ text: '1,000', rules: whole, code: 'n.comma' },
		{ text: '1e999', rules: whole, code: 'n.tooLarge' },
		{ text: '9'.repeat(400), rules: {}, code: 'n.tooLarge' },
		{ text: '2.5', rules: whole, code: 'n.notWhole' },
		{ text: '1e-1', rules: whole, code: 'n.notWhole' },
		{ text: '0', rules: whole, code: 'n.range' },
		{ text: '1001', rules: whole, code: 'n.range' },
		{ text: '-0', rules: whole, code: 'n.range' },
		{ text: '0', rules: positive, code: 'n.rangeAbove' },
		{ text: '100.5', rules: positive, code: 'n.rangeAbove' }
	])('parseNumber($text) is refused with $code', ({ text, rules, code }) => {
		const got = parseNumber(text, rules, 'steps');
		expect(got.ok).toBe(false);
		if (got.ok) return;
		expect(got.issue.code).toBe(code);
		expect(got.issue.path).toBe('steps');
		expect(got.issue.severity).toBe('error');
		expect(got.issue.message).not.toMatch(/undefined|\{/); // the text typed may be echoed, nothing else
		// both languages have the sentence, every placeholder filled
		for (const lang of ['en', 'ko'] as const) expect(issueText(got.issue, lang)).not.toMatch(/\{\w+(\|[^}]*)?\}/);
		expect(issueText(got.issue, 'ko')).toMatch(/[가-힣]/);
		// the English catalog says what the parser says
		expect(englishTemplate(code, got.issue.params ?? {})).toBe(got.issue.message);
	});

	it('says the range and the value it read', () => {
		const got = parseNumber('2000', whole);
		expect(got.ok ? '' : got.issue.message).toBe('Must be a whole number from 1 to 1000; it is 2000.');
		const ko = parseNumber('0', positive);
		expect(ko.ok ? '' : issueText(ko.issue, 'ko')).toBe('0보다 크고 100 이하인 숫자여야 하는데, 지금은 0입니다.');
	});

	it('clips a long text in its sentence', () => {
		const got = parseNumber('x'.repeat(100_000), whole);
		expect(got.ok).toBe(false);
		if (!got.ok) expect(got.issue.message.length).toBeLessThan(120);
	});
});

describe('numberText', () => {
	it.each([
		{ x: 1, want: '1' },
		{ x: 0.5, want: '0.5' },
		{ x: 0.1 + 0.2, want: '0.3' }, // float noise hidden
		{ x: 1e-7, want: '0.0000001' }, // no exponent in a box
		{ x: 224, want: '224' },
		{ x: Number.NaN, want: '' }
	])('numberText($x) = $want', ({ x, want }) => expect(numberText(x)).toBe(want));

	it.each([0.35, 224, 1e-7, 0.1 + 0.2, 4])('readNumber(numberText(%s)) reads back the shown value', (x) => {
		expect(readNumber(numberText(x))).toBeCloseTo(x, 10);
	});
});
