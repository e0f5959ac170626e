import { describe, it, expect } from 'vitest';
import {
	searchSpaceMembership,
	sampleSearchSpace,
	fpnPreset,
	validateNasfpn,
	mulberry32,
	type FpnCell,
	type FpnPresetId
} from '$lib/arch/nasfpn';

const spaceOf = (cells: FpnCell[]) => ({ cells, minLevel: 3, maxLevel: 7 });

describe('searchSpaceMembership', () => {
	it.each([
		// Ghiasi et al., NAS-FPN, CVPR 2019, §3: 7 cells, 2 intermediate (P4–P7, no output), 5 outputs covering P3–P7
		{ id: 'f', member: true },
		{ id: 'a', member: false }, // 4 cells
		{ id: 'b', member: true },
		{ id: 'c', member: true },
		{ id: 'd', member: true },
		{ id: 'e', member: true }
	])('preset $id → $member', ({ id, member }) => {
		const r = searchSpaceMembership(fpnPreset(id as FpnPresetId));
		expect(r.member).toBe(member);
		expect(r.reasons.length === 0).toBe(member);
	});

	it('says why (a) is not a member', () => {
		expect(searchSpaceMembership(fpnPreset('a')).reasons.join(' ')).toContain('4 cells');
	});

	it.each([
		{ name: 'intermediate at P3', change: (c: FpnCell[]) => (c[0].level = 3), reason: 'P4–P7' },
		{ name: 'intermediate output', change: (c: FpnCell[]) => (c[1].output = true), reason: 'intermediate' },
		{ name: 'output cell not flagged', change: (c: FpnCell[]) => (c[4].output = false), reason: 'not an output' },
		{ name: 'output levels repeat', change: (c: FpnCell[]) => (c[6].level = 7), reason: 'once each' },
		{ name: 'same input twice', change: (c: FpnCell[]) => (c[3].inputs = [6, 6]), reason: 'twice' },
		{ name: 'forward input', change: (c: FpnCell[]) => (c[2].inputs = [0, 9]), reason: 'not an earlier node' }
	])('rejects $name', ({ change, reason }) => {
		const cells = fpnPreset('f').cells;
		change(cells);
		const r = searchSpaceMembership(spaceOf(cells));
		expect(r.member).toBe(false);
		expect(r.reasons.join(' ')).toContain(reason);
	});

	it('rejects another pyramid', () => {
		expect(searchSpaceMembership({ ...spaceOf(fpnPreset('f').cells), maxLevel: 6 }).member).toBe(false);
	});
});

describe('sampleSearchSpace', () => {
	it('200 seeds: every sample is a member and a valid spec, and the same seed gives the same graph', () => {
		const seen = new Set<string>();
		for (let seed = 0; seed < 200; seed++) {
			const cells = sampleSearchSpace(seed);
			const m = searchSpaceMembership(spaceOf(cells));
			expect(m.reasons).toEqual([]);
			const v = validateNasfpn({ ...fpnPreset('f'), cells });
			expect(v.ok).toBe(true);
			expect(sampleSearchSpace(seed)).toEqual(cells);
			seen.add(JSON.stringify(cells));
		}
		// random, not constant: nearly every seed gives a different graph
		expect(seen.size).toBeGreaterThan(190);
	});

	it('covers both ops and every intermediate level', () => {
		const cells = Array.from({ length: 100 }, (_, s) => sampleSearchSpace(s)).flat();
		expect(new Set(cells.map((c) => c.op))).toEqual(new Set(['sum', 'gp']));
		expect(new Set(cells.filter((c) => !c.output).map((c) => c.level))).toEqual(new Set([4, 5, 6, 7]));
	});
});

describe('mulberry32', () => {
	it('is deterministic and in [0, 1)', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const xs = Array.from({ length: 1000 }, () => a());
		expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(mulberry32(43)()).not.toBe(xs[0]);
	});
});
