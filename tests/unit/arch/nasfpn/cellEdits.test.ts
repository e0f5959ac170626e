import { describe, it, expect } from 'vitest';
import { fpnPreset, validateNasfpn } from '$lib/arch/nasfpn';
import type { NasfpnSpec } from '$lib/arch/nasfpn';
import {
	appendCell,
	candidateInputs,
	deleteCell,
	rewireInput,
	setCellLevel,
	setCellOp,
	setCellOutput
} from '$lib/arch/nasfpn/cellEdits';
import { cellOffset, levelCount, pyramidLevels, readOrder } from '$lib/arch/nasfpn/levels';

// Step (f) is the official block spec (tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs): inputs are nodes 0–4 (P3in…P7in), cells make nodes 5–11.
const F = (): NasfpnSpec => fpnPreset('f');
const inputsOf = (s: NasfpnSpec) => s.cells.map((c) => c.inputs);

describe('levelCount / cellOffset', () => {
	it.each([
		// P3–P7: 5 inputs, cell 0 is node 5 (tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs "new offset" column)
		{ min: 3, max: 7, cell: 0, inputs: 5, offset: 5 },
		{ min: 3, max: 7, cell: 6, inputs: 5, offset: 11 },
		// P3–P6 (4 levels): cell 0 is node 4
		{ min: 3, max: 6, cell: 0, inputs: 4, offset: 4 }
	])('levels P$min–P$max, cell $cell → node $offset', ({ min, max, cell, inputs, offset }) => {
		expect(levelCount({ minLevel: min, maxLevel: max })).toBe(inputs);
		expect(cellOffset({ minLevel: min, maxLevel: max }, cell)).toBe(offset);
	});
});

describe('readOrder / pyramidLevels', () => {
	// P3–P7: nodes 0–4 are the input levels, so cell 2 is node 7 and may read nodes 0–6 only
	it.each([
		[0, 'earlier'],
		[6, 'earlier'],
		[7, 'self'],
		[8, 'later']
	] as const)('readOrder(P3–P7, cell 2, node %i) = %s', (src, order) => {
		expect(readOrder({ minLevel: 3, maxLevel: 7 }, 2, src)).toBe(order);
	});
	it('pyramidLevels(P3–P7) = 3 … 7', () =>
		expect(pyramidLevels({ minLevel: 3, maxLevel: 7 })).toEqual([3, 4, 5, 6, 7]));
});

describe('setCellOp / setCellLevel / setCellOutput / rewireInput', () => {
	it('change one field of one cell and leave the input spec untouched', () => {
		const f = F();
		const before = JSON.stringify(f);
		const cases = [
			{ next: setCellOp(f, 1, 'gp'), cell: 1, field: 'op', value: 'gp' },
			{ next: setCellLevel(f, 0, 5), cell: 0, field: 'level', value: 5 },
			{ next: setCellOutput(f, 2, false), cell: 2, field: 'output', value: false }
		] as const;
		for (const c of cases) {
			expect(c.next.cells[c.cell][c.field]).toBe(c.value);
			expect(c.next.cells.filter((_, i) => i !== c.cell)).toEqual(f.cells.filter((_, i) => i !== c.cell));
		}
		expect(JSON.stringify(f)).toBe(before);
	});

	it.each([
		// cell 2 (n7) reads (0, 6) in §2.1; point its second input at n5
		{ cell: 2, which: 1 as const, to: 5, expected: [0, 5] },
		{ cell: 6, which: 0 as const, to: 2, expected: [2, 10] }
	])('rewireInput cell $cell input $which → $to', ({ cell, which, to, expected }) => {
		const f = F();
		const next = rewireInput(f, cell, which, to);
		expect(next.cells[cell].inputs).toEqual(expected);
		expect(f.cells[cell].inputs).not.toEqual(expected);
		expect(validateNasfpn(next).ok).toBe(true);
	});
});

describe('appendCell', () => {
	it('adds an output cell at the last level reading the last two nodes', () => {
		const f = F();
		const next = appendCell(f);
		expect(next.cells).toHaveLength(8);
		// (f) ends with n11 at P6 (tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs), so the new node 12 merges n10 and n11 at P6
		expect(next.cells[7]).toEqual({ level: 6, op: 'sum', inputs: [10, 11], output: true });
		expect(f.cells).toHaveLength(7);
		expect(validateNasfpn(next).ok).toBe(true);
	});
});

describe('deleteCell', () => {
	it('refuses to delete the only cell', () => {
		const one: NasfpnSpec = { ...F(), cells: [{ level: 4, op: 'sum', inputs: [0, 1], output: true }] };
		expect(deleteCell(one, 0)).toEqual({ ok: false, reason: 'last-cell' });
	});

	it.each([
		{
			name: 'the last cell: nothing reads it, nothing shifts',
			index: 6,
			// §2.1 inputs minus the last row
			inputs: [
				[1, 3],
				[1, 5],
				[0, 6],
				[6, 7],
				[7, 8],
				[6, 9]
			],
			repointed: []
		},
		{
			name: 'n5 (gp of P4in, P6in): n6 read (1, 5) → bypass to its 2nd input P6in since P4in is the other one',
			index: 0,
			// n6 (1,5) → (1,3); every later offset ≥ 6 shifts down by one
			inputs: [
				[1, 3],
				[0, 5],
				[5, 6],
				[6, 7],
				[5, 8],
				[8, 9]
			],
			repointed: [{ cell: 0, which: 1, to: 3 }]
		},
		{
			name: 'n7 (P3 out, reads P3in and n6): n8, n9 read it → they read P3in',
			index: 2,
			// n8 (6,7) → (6,0) → shifted (6,0); n9 (7,8) → (0,8) → (0,7); n10 (6,9) → (6,8); n11 (9,10) → (8,9)
			inputs: [
				[1, 3],
				[1, 5],
				[6, 0],
				[0, 7],
				[6, 8],
				[8, 9]
			],
			repointed: [
				{ cell: 2, which: 1, to: 0 },
				{ cell: 3, which: 0, to: 0 }
			]
		}
	])('deletes $name', ({ index, inputs, repointed }) => {
		const f = F();
		const r = deleteCell(f, index);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(inputsOf(r.spec)).toEqual(inputs);
		expect(r.repointed).toEqual(repointed);
		// every input still points at an earlier node
		r.spec.cells.forEach((c, i) => c.inputs.forEach((x) => expect(x).toBeLessThan(cellOffset(r.spec, i))));
		expect(f.cells).toHaveLength(7);
	});

	it('bypasses with the second input when the first is already the other input', () => {
		const spec: NasfpnSpec = {
			...F(),
			cells: [
				{ level: 4, op: 'sum', inputs: [0, 1], output: false },
				{ level: 3, op: 'sum', inputs: [5, 0], output: true },
				{ level: 4, op: 'sum', inputs: [1, 5], output: true }
			]
		};
		// deleting n5 = (0, 1): cell 1 reads (n5, 0) → takes 1; cell 2 reads (1, n5) → takes 0
		const r = deleteCell(spec, 0);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(inputsOf(r.spec)).toEqual([
			[1, 0],
			[1, 0]
		]);
		expect(r.repointed).toEqual([
			{ cell: 0, which: 0, to: 1 },
			{ cell: 1, which: 1, to: 0 }
		]);
	});
});

describe('candidateInputs', () => {
	it.each([
		{ index: 0, expected: [0, 1, 2, 3, 4] },
		{ index: 2, expected: [0, 1, 2, 3, 4, 5, 6] }
	])('cell $index may read nodes before it', ({ index, expected }) => {
		expect(candidateInputs(F(), index)).toEqual(expected);
	});
});
