import { describe, it, expect } from 'vitest';
import { diffCells, fpnStep } from '$lib/arch/nasfpn';

describe('diffCells', () => {
	it('a graph against itself: no change', () => {
		const d = diffCells(fpnStep('f').cells, fpnStep('f').cells);
		expect(d.same).toBe(true);
		expect(d.changed).toEqual([]);
		expect(d.summary).toEqual(['No change.']);
	});

	it('(e) → (f): the last two cells change, matched by index (cells in progression.ts)', () => {
		const d = diffCells(fpnStep('e').cells, fpnStep('f').cells);
		// e: cell 5 = P6 gp(8, 9), cell 6 = P7 sum(9, 10); f: cell 5 = P7 gp(6, 9), cell 6 = P6 gp(9, 10)
		expect(d.rewired).toEqual([5]);
		expect(d.levelChanged).toEqual([5, 6]);
		expect(d.opChanged).toEqual([6]);
		expect(d.added).toEqual([]);
		expect(d.removed).toEqual([]);
		expect(d.summary).toEqual([
			'cell 6 (node 10): level P6 → P7; inputs (8, 9) → (6, 9).',
			'cell 7 (node 11): level P7 → P6; op sum → gp.'
		]);
		expect(d.summaryKo).toHaveLength(2);
	});

	it('(c) → (d): rewiring from index 3 on (top-down graph gains bottom-up paths)', () => {
		const d = diffCells(fpnStep('c').cells, fpnStep('d').cells);
		expect(d.changed.map((c) => c.cell)).toEqual([3, 4, 5, 6]);
		expect(d.rewired).toEqual([3, 4, 5, 6]);
		expect(d.levelChanged).toEqual([3, 4, 5, 6]);
		expect(d.opChanged).toEqual([3, 4]);
		expect(d.outputChanged).toEqual([]);
	});

	it('(a) → (b): four cells changed, three added', () => {
		const d = diffCells(fpnStep('a').cells, fpnStep('b').cells);
		expect(d.added).toEqual([4, 5, 6]);
		expect(d.outputChanged).toEqual([0, 1]);
		expect(d.summary[d.summary.length - 1]).toBe('cell 7 (node 11) added: P5 sum(0, 1), output.');
		const back = diffCells(fpnStep('b').cells, fpnStep('a').cells);
		expect(back.removed).toEqual([4, 5, 6]);
	});

	it('an order swap is not a rewiring', () => {
		const a = fpnStep('f').cells;
		const b = a.map((c, k) => (k === 1 ? { ...c, inputs: [5, 1] as [number, number] } : c));
		const d = diffCells(a, b);
		expect(d.rewired).toEqual([]);
		expect(d.changed[0].swapped).toBe(true);
		expect(d.same).toBe(false);
	});
});
