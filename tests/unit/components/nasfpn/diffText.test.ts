import { describe, it, expect } from 'vitest';
import { diffCells, fpnStep } from '$lib/arch/nasfpn';
import { nasfpnMessages } from '$lib/i18n/messages/nasfpn';
import { describeCell, diffLines } from '$lib/components/nasfpn/diffText';
import { changedCells } from '$lib/components/nasfpn/nasfpnView.svelte';

const en = nasfpnMessages.en;

describe('describeCell', () => {
	it.each([
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs row 0 and row 2
		{ cell: fpnStep('f').cells[0], text: 'P4 gp(1, 3)' },
		{ cell: fpnStep('f').cells[2], text: 'P3 sum(0, 6), output' }
	])('$text', ({ cell, text }) => expect(describeCell(cell, en)).toBe(text));
});

describe('diffLines', () => {
	it('(e) → (f): the last two cells, 1-based, with node names (progression.ts cells)', () => {
		const a = fpnStep('e').cells;
		const b = fpnStep('f').cells;
		expect(diffLines(diffCells(a, b), a, b, 5, en)).toEqual([
			'Cell 6 (n10): level P6 → P7; inputs (8, 9) → (6, 9).',
			'Cell 7 (n11): level P7 → P6; op sum → gp.'
		]);
	});

	it('(f) → (a): changes first, then removed cells, in cell order', () => {
		const a = fpnStep('f').cells;
		const b = fpnStep('a').cells;
		const lines = diffLines(diffCells(a, b), a, b, 5, en);
		expect(lines).toHaveLength(7);
		expect(lines[4]).toBe('Cell 5 (n9) removed: P5 gp(7, 8), output.');
		expect(lines[6]).toBe('Cell 7 (n11) removed: P6 gp(9, 10), output.');
	});

	it('no change', () => {
		const f = fpnStep('f').cells;
		expect(diffLines(diffCells(f, f), f, f, 5, en)).toEqual([en.noChange]);
	});
});

describe('changedCells', () => {
	it.each([
		{ from: 'e' as const, to: 'f' as const, expected: [5, 6] },
		// (f) → (a) keeps 4 cells, all different; removed cells are not drawn, so not highlighted
		{ from: 'f' as const, to: 'a' as const, expected: [0, 1, 2, 3] },
		// (a) → (f): 4 changed + 3 added
		{ from: 'a' as const, to: 'f' as const, expected: [0, 1, 2, 3, 4, 5, 6] },
		{ from: 'f' as const, to: 'f' as const, expected: [] }
	])('$from → $to', ({ from, to, expected }) => {
		const set = changedCells(diffCells(fpnStep(from).cells, fpnStep(to).cells));
		expect([...set].sort((x, y) => x - y)).toEqual(expected);
	});
});
