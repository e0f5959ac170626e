import { describe, it, expect } from 'vitest';
import { FAMILIES, validateAs } from '$lib/arch/families';
import { NETWORK_KINDS, NETWORK_KIND_CODES, isNetworkKind, kindOfCode } from '$lib/arch/kinds';

// The registry is what a new family plugs into: every kind has an entry, and each entry's parts agree with each
// other (a preset validates, costs something, and survives the link both as a diff and with every row written).

describe('FAMILIES', () => {
	it('has one entry per kind, under its own kind', () => {
		expect(Object.keys(FAMILIES).sort()).toEqual([...NETWORK_KINDS].sort());
		for (const kind of NETWORK_KINDS) expect(FAMILIES[kind].kind).toBe(kind);
	});

	for (const kind of NETWORK_KINDS) {
		const family = FAMILIES[kind] as (typeof FAMILIES)['mnasnet'] | (typeof FAMILIES)['nasfpn'];
		for (const id of family.presetIds) {
			it(`${kind} preset ${id}: validate, cost and the link round trip`, () => {
				const f = family as unknown as {
					preset(id: string): unknown;
					validate(x: unknown): { ok: boolean; value?: unknown };
					cost(spec: unknown): { total: { params: number; macs: number } };
					encodeLink(spec: unknown, id: string, withRows?: boolean): unknown;
					decodeLink(v: unknown, path: string): { ok: boolean; value?: { spec: unknown } };
				};
				const spec = f.preset(id);
				const checked = f.validate(spec);
				expect(checked.ok).toBe(true);
				expect(checked.value).toEqual(spec);
				const total = f.cost(spec).total;
				expect(total.params).toBeGreaterThan(0);
				expect(total.macs).toBeGreaterThan(0);
				for (const withRows of [false, true]) {
					const back = f.decodeLink(f.encodeLink(spec, id, withRows), 'link');
					expect(back.ok).toBe(true);
					expect(back.value?.spec).toEqual(spec);
				}
			});
		}
		it(`${kind}: the default preset is one of its presets`, () =>
			expect(family.isPresetId(family.defaultPreset)).toBe(true));
	}
});

describe('isNetworkKind', () => {
	it.each([
		['mnasnet', true],
		['nasfpn', true],
		['efficientnet', false],
		['', false],
		[null, false],
		['__proto__', false]
	])('isNetworkKind(%j) = %s', (v, expected) => expect(isNetworkKind(v)).toBe(expected));
});

describe('kindOfCode', () => {
	it.each([
		['m', 'mnasnet'],
		['f', 'nasfpn'],
		['x', null],
		['mnasnet', null],
		[1, null],
		[null, null]
	])('kindOfCode(%j) = %j', (v, expected) => expect(kindOfCode(v)).toBe(expected));
	it('reads back every kind from its own code', () => {
		for (const kind of NETWORK_KINDS) expect(kindOfCode(NETWORK_KIND_CODES[kind])).toBe(kind);
	});
});

describe('validateAs', () => {
	for (const kind of NETWORK_KINDS) {
		const family = FAMILIES[kind];
		it(`${kind}: accepts its own default preset and refuses the other kind's`, () => {
			const own = validateAs(kind, family.preset(family.defaultPreset as never));
			expect(own.ok).toBe(true);
			const other = NETWORK_KINDS.find((k) => k !== kind)!;
			const otherSpec = FAMILIES[other].preset(FAMILIES[other].defaultPreset as never);
			expect(validateAs(kind, otherSpec).ok).toBe(false);
		});
	}
});
