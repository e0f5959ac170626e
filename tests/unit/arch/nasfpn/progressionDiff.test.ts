import { describe, it, expect } from 'vitest';
import { changedInputs, diffCells, FPN_STEPS, fpnStep, previousStep, type FpnCell } from '$lib/arch/nasfpn';

describe('previousStep', () => {
	it.each([
		{ id: 'a', prev: null },
		{ id: 'b', prev: 'a' },
		{ id: 'c', prev: 'b' },
		{ id: 'f', prev: 'e' }
	] as const)('$id → $prev', ({ id, prev }) => expect(previousStep(id)).toBe(prev));

	it('walks the progression in order', () => {
		for (let i = 1; i < FPN_STEPS.length; i++) expect(previousStep(FPN_STEPS[i].id)).toBe(FPN_STEPS[i - 1].id);
	});
});

const c = (level: number, i: number, j: number, op: 'sum' | 'gp' = 'sum'): FpnCell => ({
	level,
	op,
	inputs: [i, j],
	output: false
});

describe('changedInputs', () => {
	it.each([
		{ name: 'same cells', a: [c(4, 1, 3)], b: [c(4, 1, 3)], wires: [] },
		{ name: 'inputs swapped: the same wires', a: [c(4, 1, 3)], b: [c(4, 3, 1)], wires: [] },
		{ name: 'one input rewired', a: [c(4, 1, 3)], b: [c(4, 1, 2)], wires: [[0, 1]] },
		{ name: 'op only: no wire', a: [c(4, 1, 3)], b: [c(4, 1, 3, 'gp')], wires: [] },
		{
			name: 'level changed: both resampled anew',
			a: [c(4, 1, 3)],
			b: [c(5, 1, 3)],
			wires: [
				[0, 0],
				[0, 1]
			]
		},
		{
			name: 'added cell',
			a: [c(4, 1, 3)],
			b: [c(4, 1, 3), c(3, 0, 5)],
			wires: [
				[1, 0],
				[1, 1]
			]
		},
		{ name: 'removed cell: nothing drawn', a: [c(4, 1, 3), c(3, 0, 5)], b: [c(4, 1, 3)], wires: [] }
	])('$name', ({ a, b, wires }) => {
		expect(changedInputs(a, b).map((w) => [w.cell, w.which])).toEqual(wires);
	});

	it('(b) → (c): every changed wire belongs to a cell the diff reports (progression.ts cells)', () => {
		const b = fpnStep('b').cells;
		const cc = fpnStep('c').cells;
		const diff = diffCells(b, cc);
		const changed = new Set(diff.changed.map((x) => x.cell));
		const wires = changedInputs(b, cc);
		expect(wires.length).toBeGreaterThan(0);
		for (const w of wires) expect(changed.has(w.cell)).toBe(true);
		// cell 3 (n7) reads (0, 2) in (b) and (0, 6) in (c): only its second wire is new
		expect(wires.filter((w) => w.cell === 2)).toEqual([{ cell: 2, which: 1 }]);
	});
});
