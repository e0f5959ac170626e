import { describe, it, expect } from 'vitest';
import { mnasPreset } from '$lib/arch/mnasnet';
import {
	deleteBlock,
	duplicateBlock,
	insertBlock,
	moveBlock,
	newBlockAfter,
	selectionAfterDelete,
	selectionAfterMove,
	setBlockField
} from '$lib/arch/mnasnet/blockEdits';

// The lecture preset's block channels in order: SepConv 16, then the settings rows' c (the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py).
const LECTURE_C = [16, 24, 40, 80, 96, 192, 320];
const cs = (spec: { blocks: { c: number }[] }) => spec.blocks.map((b) => b.c);

describe('moveBlock', () => {
	const cases: { from: number; to: number; expected: number[] }[] = [
		{ from: 2, to: 1, expected: [16, 40, 24, 80, 96, 192, 320] },
		{ from: 1, to: 2, expected: [16, 40, 24, 80, 96, 192, 320] },
		{ from: 0, to: 6, expected: [24, 40, 80, 96, 192, 320, 16] },
		{ from: 6, to: 0, expected: [320, 16, 24, 40, 80, 96, 192] },
		{ from: 3, to: 99, expected: [16, 24, 40, 96, 192, 320, 80] }, // clamped to the end
		{ from: 3, to: -5, expected: [80, 16, 24, 40, 96, 192, 320] }, // clamped to the start
		{ from: 3, to: 3, expected: LECTURE_C },
		{ from: 9, to: 0, expected: LECTURE_C } // out of range: unchanged
	];
	for (const { from, to, expected } of cases) {
		it(`moveBlock(lecture, ${from}, ${to}) gives c = ${expected.join(',')}`, () => {
			const spec = mnasPreset('lecture');
			expect(cs(moveBlock(spec, from, to))).toEqual(expected);
			expect(cs(spec)).toEqual(LECTURE_C); // the input is never mutated
		});
	}
});

describe('deleteBlock, duplicateBlock, insertBlock', () => {
	it('deleteBlock(lecture, 0) drops the SepConv', () => {
		expect(cs(deleteBlock(mnasPreset('lecture'), 0))).toEqual([24, 40, 80, 96, 192, 320]);
	});
	it('deleteBlock with an index out of range returns the spec unchanged', () => {
		const spec = mnasPreset('lecture');
		expect(deleteBlock(spec, 7)).toBe(spec);
		expect(deleteBlock(spec, -1)).toBe(spec);
	});
	it('duplicateBlock(lecture, 2) puts the copy right after the original', () => {
		const next = duplicateBlock(mnasPreset('lecture'), 2);
		expect(cs(next)).toEqual([16, 24, 40, 40, 80, 96, 192, 320]);
		expect(next.blocks[3]).toEqual(next.blocks[2]);
		expect(next.blocks[3]).not.toBe(next.blocks[2]); // a copy, not a shared object
	});
	it('insertBlock clamps the position to the table', () => {
		const b = newBlockAfter(mnasPreset('lecture'), 6);
		expect(cs(insertBlock(mnasPreset('lecture'), 100, b))).toEqual([...LECTURE_C, 320]);
		expect(cs(insertBlock(mnasPreset('lecture'), -3, b))).toEqual([320, ...LECTURE_C]);
	});
});

describe('newBlockAfter', () => {
	it('keeps the width of the block before it, stride 1, identity skip (a residual layer)', () => {
		expect(newBlockAfter(mnasPreset('lecture'), 2)).toEqual({
			op: 'mbconv',
			t: 6,
			c: 40,
			n: 1,
			s: 1,
			k: 3,
			se: 0,
			skip: 'identity'
		});
	});
	it('before the first block it takes the stem width (32, the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py)', () => {
		expect(newBlockAfter(mnasPreset('lecture'), -1).c).toBe(32);
	});
});

describe('setBlockField', () => {
	it('sets one field and keeps the value as given, even an invalid one', () => {
		const next = setBlockField(mnasPreset('lecture'), 2, 'k', 'abc');
		expect(next.blocks[2].k).toBe('abc');
		expect(next.blocks[1].k).toBe(3);
	});
});

describe('selectionAfterMove', () => {
	const cases: [number | null, number, number, number | null][] = [
		[null, 1, 3, null],
		[1, 1, 3, 3], // the moved block stays selected
		[2, 1, 3, 1], // a block the moved one passed shifts up
		[3, 1, 3, 2],
		[4, 1, 3, 4], // untouched
		[1, 3, 1, 2], // moving up past the selection shifts it down
		[0, 3, 1, 0]
	];
	for (const [sel, from, to, expected] of cases) {
		it(`selectionAfterMove(${sel}, ${from}, ${to}) = ${expected}`, () => {
			expect(selectionAfterMove(sel, from, to)).toBe(expected);
		});
	}
});

describe('selectionAfterDelete', () => {
	const cases: [number | null, number, number, number | null][] = [
		[null, 2, 6, null],
		[2, 2, 6, 2], // the next block takes the place
		[6, 6, 6, 5], // deleting the last selects the new last
		[4, 2, 6, 3],
		[1, 2, 6, 1],
		[0, 0, 0, null]
	];
	for (const [sel, index, length, expected] of cases) {
		it(`selectionAfterDelete(${sel}, ${index}, ${length}) = ${expected}`, () => {
			expect(selectionAfterDelete(sel, index, length)).toBe(expected);
		});
	}
});
