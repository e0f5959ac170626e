import { describe, it, expect } from 'vitest';
import {
	HEAD_ROW,
	STEM_ROW,
	blockRowOf,
	isBlockRow,
	layerRow,
	mnasPreset,
	planMnasnet,
	rowKey,
	type MnasRow
} from '$lib/arch/mnasnet';

describe('rowKey', () => {
	const cases: [MnasRow, string][] = [
		[STEM_ROW, 'stem'],
		[blockRowOf(0), 'b0'],
		[blockRowOf(12), 'b12'],
		[HEAD_ROW, 'head']
	];
	for (const [row, key] of cases) it(`rowKey(${JSON.stringify(row)}) = ${key}`, () => expect(rowKey(row)).toBe(key));
});

describe('isBlockRow', () => {
	const cases: [MnasRow, number, boolean][] = [
		[blockRowOf(2), 2, true],
		[blockRowOf(2), 3, false],
		[STEM_ROW, 0, false],
		[HEAD_ROW, 0, false]
	];
	for (const [row, index, expected] of cases)
		it(`isBlockRow(${rowKey(row)}, ${index}) = ${expected}`, () => expect(isBlockRow(row, index)).toBe(expected));
});

describe('layerRow', () => {
	it('puts the stem in the stem row, block layers in their block, head, pool and classifier in the head row', () => {
		// the lecture code (AnjieCheng/MnasNet-PyTorch MnasNet.py): stem, 1 + 3+3+3+2+4+1 block layers, head, pool, classifier
		const plan = planMnasnet(mnasPreset('lecture'));
		const keys = plan.layers.map((l) => `${l.name}:${rowKey(layerRow(l))}`);
		expect(keys[0]).toBe('stem:stem');
		expect(keys.slice(-3)).toEqual(['head:head', 'pool:head', 'classifier:head']);
		for (const l of plan.layers) if (l.kind === 'block') expect(layerRow(l)).toEqual(blockRowOf(l.block));
	});
});
