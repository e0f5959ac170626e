import { describe, it, expect } from 'vitest';
import { formatShape } from '$lib/arch/format';
import {
	HEAD_ROW,
	STEM_ROW,
	blockRowOf,
	costMnasnet,
	mnasPreset,
	planMnasnet,
	type MnasRow,
	type MnasnetSpec
} from '$lib/arch/mnasnet';
import {
	blockIndexAtX,
	layoutDiagram,
	residualArcPath,
	slotKeyOfLayer,
	slotX,
	SLOT_WIDTH
} from '$lib/components/mnasnet/diagramLayout';

const layoutOf = (spec: MnasnetSpec) => layoutDiagram(spec, planMnasnet(spec), costMnasnet(spec));

describe('layoutDiagram', () => {
	it('draws input, stem, one slot per block, head and pool+FC, left to right in equal slots', () => {
		const layout = layoutOf(mnasPreset('lecture'));
		expect(layout.slots.map((s) => s.key)).toEqual([
			'input',
			'stem',
			'b0',
			'b1',
			'b2',
			'b3',
			'b4',
			'b5',
			'b6',
			'head',
			'out'
		]);
		layout.slots.forEach((s, i) => expect(s.x).toBe(slotX(i)));
		expect(layout.width).toBe(slotX(11) + 8);
	});

	it("gives each stage the output shape of the paper's Fig. 7 convention (lecture = B1 at 1.0/224)", () => {
		// pytorch/vision torchvision/models/mnasnet.py: depths at 1.0 are [32,16,24,40,80,96,192,320]; strides per §3; head 1280; 1000 classes (§0)
		const shapes = layoutOf(mnasPreset('lecture')).slots.map((s) => formatShape(s.outShape));
		expect(shapes).toEqual([
			'224×224×3',
			'112×112×32',
			'112×112×16',
			'56×56×24',
			'28×28×40',
			'14×14×80',
			'14×14×96',
			'7×7×192',
			'7×7×320',
			'7×7×1280',
			'1×1×1000'
		]);
	});

	it('names ops as the paper does and marks kernel, SE and repeats (MnasNet-A1, Tan et al., MnasNet, CVPR 2019 Fig. 7(a))', () => {
		const blocks = layoutOf(mnasPreset('mnasnet-a1')).slots.filter((s) => s.kind === 'block');
		expect(blocks.map((s) => `${s.title} k${s.k}${s.se ? ' SE' : ''} ×${s.repeats}`)).toEqual([
			'MBConv1 k3 ×1', // the A1 SepConv is written e1 in the TF block strings (tensorflow/tpu models/official/mnasnet/mnasnet_models.py)
			'MBConv6 k3 ×2',
			'MBConv3 k5 SE ×3',
			'MBConv6 k3 ×4',
			'MBConv6 k3 SE ×2',
			'MBConv6 k5 SE ×3',
			'MBConv6 k3 ×1'
		]);
	});

	it('counts the identity residuals of each block from the plan', () => {
		// lecture: SepConv has skip none; every MBConv stage's layers after the first add a residual, and
		// the 80→96 stride-1 stage's first layer does not (80 ≠ 96): n − 1 each (the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py settings)
		const res = layoutOf(mnasPreset('lecture'))
			.slots.filter((s) => s.kind === 'block')
			.map((s) => s.residuals);
		expect(res).toEqual([0, 2, 2, 2, 1, 3, 0]);
	});

	it('makes boxes taller for larger maps and wider for deeper ones', () => {
		const s = layoutOf(mnasPreset('lecture')).slots;
		const byKey = Object.fromEntries(s.map((x) => [x.key, x]));
		expect(byKey.stem.box.h).toBeGreaterThan(byKey.b1.box.h); // 112 vs 56
		expect(byKey.b1.box.h).toBeGreaterThan(byKey.b2.box.h); // 56 vs 28
		expect(byKey.b5.box.h).toBe(byKey.b6.box.h); // both 7×7
		expect(byKey.head.box.w).toBeGreaterThan(byKey.b6.box.w); // 1280 vs 320
		expect(byKey.b6.box.w).toBeGreaterThan(byKey.b5.box.w); // 320 vs 192
		expect(byKey.input.box.h).toBe(byKey.stem.box.h); // the input is clamped to the tallest
		for (const slot of s) {
			expect(slot.box.x).toBeGreaterThanOrEqual(slot.x);
			expect(slot.box.x + slot.box.w).toBeLessThanOrEqual(slot.x + SLOT_WIDTH);
		}
	});

	it('assigns every report layer to exactly one slot', () => {
		const spec = mnasPreset('mnasnet-a1');
		const report = costMnasnet(spec);
		const layout = layoutDiagram(spec, planMnasnet(spec), report);
		const all = layout.slots.flatMap((s) => s.layers).sort((a, b) => a - b);
		expect(all).toEqual(report.layers.map((_, i) => i));
	});
});

describe('blockIndexAtX', () => {
	// slot 0 input, slot 1 stem, slot 2 + i block i
	const cases: [number, number][] = [
		[slotX(2) + 1, 0],
		[slotX(4) + SLOT_WIDTH / 2, 2],
		[slotX(0), 0], // over the input: clamped to the first block
		[slotX(50), 6] // far right: clamped to the last of 7
	];
	for (const [x, expected] of cases) {
		it(`blockIndexAtX(${x}, 7) = ${expected}`, () => expect(blockIndexAtX(x, 7)).toBe(expected));
	}
});

describe('slotKeyOfLayer', () => {
	const cases: [{ row: MnasRow; name: string }, string][] = [
		[{ row: blockRowOf(3), name: 'b3.1' }, 'b3'],
		[{ row: STEM_ROW, name: 'stem' }, 'stem'],
		[{ row: HEAD_ROW, name: 'head' }, 'head'],
		[{ row: HEAD_ROW, name: 'pool' }, 'out'],
		[{ row: HEAD_ROW, name: 'classifier' }, 'out']
	];
	for (const [layer, expected] of cases)
		it(`slotKeyOfLayer(${JSON.stringify(layer)}) = ${expected}`, () => expect(slotKeyOfLayer(layer)).toBe(expected));
});

describe('residualArcPath', () => {
	it('starts left of the box, ends right of it and rises above its top', () => {
		const d = residualArcPath({ x: 100, y: 80, w: 20, h: 40 });
		const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
		expect(nums[0]).toBeLessThan(100);
		expect(nums[nums.length - 2]).toBeGreaterThan(120);
		expect(Math.min(...nums.filter((_, i) => i % 2 === 1))).toBeLessThan(80);
	});
});
