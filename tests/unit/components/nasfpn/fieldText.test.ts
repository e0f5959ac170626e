import { describe, it, expect } from 'vitest';
import { parseFieldText, shownText } from '$lib/components/nasfpn/fieldText';

describe('parseFieldText', () => {
	it.each([
		// plain decimals become numbers (the engine then checks the range)
		{ text: '256', expected: 256 },
		{ text: ' 640 ', expected: 640 },
		{ text: '-5', expected: -5 },
		{ text: '99999', expected: 99999 },
		{ text: '2.5', expected: 2.5 },
		// anything else is handed to the engine as text, never as NaN (issue 4 §3 "bad input")
		{ text: 'abc', expected: 'abc' },
		{ text: '', expected: '' },
		{ text: 'NaN', expected: 'NaN' },
		{ text: 'Infinity', expected: 'Infinity' },
		{ text: '1e3', expected: '1e3' },
		{ text: '0x10', expected: '0x10' }
	])('"$text" → $expected', ({ text, expected }) => expect(parseFieldText(text)).toBe(expected));
});

describe('shownText', () => {
	it.each([
		{ name: 'no draft: the committed value', draft: undefined, invalid: false, committed: 256, expected: '256' },
		{ name: 'invalid draft: the user text', draft: 'abc', invalid: true, committed: 256, expected: 'abc' },
		{ name: 'valid draft meaning the value', draft: '0128', invalid: false, committed: 128, expected: '0128' },
		{ name: 'valid draft replaced by undo', draft: '128', invalid: false, committed: 256, expected: '256' },
		{ name: 'no value at all', draft: undefined, invalid: false, committed: undefined, expected: '' }
	])('$name', ({ draft, invalid, committed, expected }) => expect(shownText(draft, invalid, committed)).toBe(expected));
});
