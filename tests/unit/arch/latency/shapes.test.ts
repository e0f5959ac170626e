import { describe, it, expect } from 'vitest';
import {
	distinctShapes,
	layerShapes,
	shapeKey,
	shapeMacs,
	type LayerShape
} from '../../../../src/lib/arch/latency/shapes';
import { calibrationShapes, oneBlockEdits, BLOCK_EDITS } from '../../../../src/lib/arch/latency/calibrationSet';
import { mnasPreset } from '../../../../src/lib/arch/mnasnet/presets';
import { costMnasnet } from '../../../../src/lib/arch/mnasnet/cost';
import { validateMnasnet } from '../../../../src/lib/arch/mnasnet/validate';
import type { MnasPresetId } from '../../../../src/lib/arch/mnasnet/spec';
import { isBlockRow } from '../../../../src/lib/arch/mnasnet/rows';

const PRESETS: MnasPresetId[] = ['lecture', 'mnasnet-a1', 'mnasnet-small', 'mnasnet-b1', 'mnasnet-d1'];

describe('layerShapes', () => {
	it.each(PRESETS)('%s: per-layer shape MACs equal the cost model, layer by layer', (id) => {
		const spec = mnasPreset(id);
		const shaped = layerShapes(spec);
		const cost = costMnasnet(spec);
		expect(shaped.map((l) => l.name)).toEqual(cost.layers.map((l) => l.name));
		expect(shaped.map((l) => shapeMacs(l.shape))).toEqual(cost.layers.map((l) => l.macs));
	});

	it('MnasNet-A1 block 2 (MBConv3 k5 SE, paper Fig. 7a): first layer strides 56→28, SE reduce 6 then 10', () => {
		const layers = layerShapes(mnasPreset('mnasnet-a1')).filter((l) => isBlockRow(l.row, 2));
		expect(layers.map((l) => [l.shape.size, l.shape.s, l.shape.se, l.shape.residual])).toEqual([
			[56, 2, 6, false],
			[28, 1, 10, true],
			[28, 1, 10, true]
		]);
	});
});

describe('distinctShapes', () => {
	it.each([
		// repeats after the first layer of a block share one shape
		['lecture', 16],
		['mnasnet-a1', 16],
		['mnasnet-small', 14]
	] as const)('%s has %d distinct shapes (fewer than its layers)', (id, n) => {
		const spec = mnasPreset(id);
		const shapes = distinctShapes([spec]);
		expect(shapes.length).toBe(n);
		expect(new Set(shapes.map(shapeKey)).size).toBe(n);
		expect(shapes.length).toBeLessThan(layerShapes(spec).length);
	});

	it('the union of two networks counts a shared shape once', () => {
		const a = distinctShapes([mnasPreset('mnasnet-a1')]);
		const b = distinctShapes([mnasPreset('mnasnet-b1')]);
		const both = distinctShapes([mnasPreset('mnasnet-a1'), mnasPreset('mnasnet-b1')]);
		const keys = new Set([...a, ...b].map(shapeKey));
		expect(both.length).toBe(keys.size);
	});
});

describe('shapeKey', () => {
	const base: LayerShape = {
		kind: 'mbconv',
		size: 56,
		cin: 24,
		cout: 40,
		k: 5,
		s: 2,
		hidden: 72,
		expand: true,
		se: 6,
		residual: false
	};
	it.each([
		['kind', { kind: 'sepconv' }],
		['size', { size: 28 }],
		['cin', { cin: 32 }],
		['cout', { cout: 48 }],
		['k', { k: 3 }],
		['s', { s: 1 }],
		['hidden', { hidden: 144 }],
		['expand', { expand: false }],
		['se', { se: 0 }],
		['residual', { residual: true }]
	] as const)('changes with %s', (_f, patch) => {
		expect(shapeKey({ ...base, ...patch } as LayerShape)).not.toBe(shapeKey(base));
	});
});

describe('oneBlockEdits', () => {
	it('edits one block at a time, every edit a valid network', () => {
		const a1 = mnasPreset('mnasnet-a1');
		const edits = oneBlockEdits(a1);
		expect(edits.length).toBe(a1.blocks.length * BLOCK_EDITS.length);
		for (const e of edits) {
			expect(validateMnasnet(e).ok).toBe(true);
			const changed = e.blocks.filter((b, i) => JSON.stringify(b) !== JSON.stringify(a1.blocks[i]));
			expect(changed.length).toBeLessThanOrEqual(1);
		}
	});
});

describe('calibrationShapes', () => {
	it('covers every shape of the default presets, presets first, no duplicates', () => {
		const shapes = calibrationShapes();
		const keys = shapes.map(shapeKey);
		expect(new Set(keys).size).toBe(keys.length);
		const presetKeys = distinctShapes(
			['lecture', 'mnasnet-a1', 'mnasnet-small'].map((id) => mnasPreset(id as MnasPresetId))
		).map(shapeKey);
		expect(keys.slice(0, presetKeys.length)).toEqual(presetKeys);
		expect(shapes.length).toBeGreaterThan(presetKeys.length);
	});
});
