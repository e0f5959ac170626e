import { describe, it, expect } from 'vitest';
import {
	COMPARE_SIDES,
	DEFAULT_COMPARE,
	decodeCompare,
	decodeSide,
	encodeCompare,
	encodeSide,
	withSide,
	type CompareRef
} from '$lib/teach/compareRef';

// The format is defined in src/lib/teach/compareRef.ts: `<m|f>.<id>~<m|f>.<id>`.

describe('encodeCompare', () => {
	const cases: { ref: CompareRef; text: string }[] = [
		{ ref: DEFAULT_COMPARE, text: 'm.lecture~m.mnasnet-a1' },
		{ ref: { left: { kind: 'nasfpn', id: 'a' }, right: { kind: 'nasfpn', id: 'current' } }, text: 'f.a~f.current' }
	];
	for (const { ref, text } of cases) it(`encodeCompare → "${text}"`, () => expect(encodeCompare(ref)).toBe(text));
});

describe('decodeCompare', () => {
	it('decodeCompare(encodeCompare(x)) round-trips every same-kind pair', () => {
		for (const left of COMPARE_SIDES)
			for (const right of COMPARE_SIDES.filter((s) => s.kind === left.kind))
				expect(decodeCompare(encodeCompare({ left, right }))).toEqual({
					ok: true,
					value: { left, right },
					warnings: []
				});
	});
	const bad: { text: string; path: string }[] = [
		{ text: 'm.lecture~f.c', path: 'compare' }, // mixed kinds
		{ text: 'm.lecture', path: 'compare' },
		{ text: 'm.lecture~m.resnet', path: 'compare.right' },
		{ text: 'x.a~f.b', path: 'compare.left' },
		{ text: '<img src=x onerror=alert(1)>~m.lecture', path: 'compare.left' },
		{ text: 'm.lecture~m.a1~m.b1', path: 'compare' },
		{ text: `m.lecture~${'m'.repeat(300)}`, path: 'compare' }
	];
	for (const { text, path } of bad)
		it(`decodeCompare rejects "${text.slice(0, 30)}" at ${path}`, () => {
			const r = decodeCompare(text);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.issues[0].path).toBe(path);
		});
});

describe('encodeSide / decodeSide', () => {
	it('every picker option round-trips', () => {
		for (const side of COMPARE_SIDES) expect(decodeSide(encodeSide(side))).toEqual(side);
	});
	it('COMPARE_SIDES: current + 5 MnasNet presets, current + 6 NAS-FPN steps', () =>
		expect(COMPARE_SIDES).toHaveLength(13));
});

describe('withSide', () => {
	it('withSide keeps the other side when the kinds match', () =>
		expect(withSide(DEFAULT_COMPARE, 'right', { kind: 'mnasnet', id: 'current' })).toEqual({
			left: { kind: 'mnasnet', id: 'lecture' },
			right: { kind: 'mnasnet', id: 'current' }
		}));
	it('withSide moves the other side to the current edit of the new kind', () =>
		expect(withSide(DEFAULT_COMPARE, 'left', { kind: 'nasfpn', id: 'c' })).toEqual({
			left: { kind: 'nasfpn', id: 'c' },
			right: { kind: 'nasfpn', id: 'current' }
		}));
	it('withSide picks the first preset when the new side is itself the current edit', () =>
		expect(withSide(DEFAULT_COMPARE, 'right', { kind: 'nasfpn', id: 'current' })).toEqual({
			left: { kind: 'nasfpn', id: 'a' },
			right: { kind: 'nasfpn', id: 'current' }
		}));
});
