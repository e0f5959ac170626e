import { describe, it, expect } from 'vitest';
import { MNAS_PRESET_IDS, MNAS_PRESETS, mnasPreset, validateMnasnet } from '$lib/arch/mnasnet';

describe('MNAS_PRESETS', () => {
	it('lists every preset id once, each valid', () => {
		expect([...MNAS_PRESET_IDS].sort()).toEqual(Object.keys(MNAS_PRESETS).sort());
		for (const id of MNAS_PRESET_IDS) {
			expect(MNAS_PRESETS[id].id).toBe(id);
			expect(validateMnasnet(MNAS_PRESETS[id].spec).ok).toBe(true);
		}
	});

	// the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py: the notes' settings list holds a stray """t c n s k""" docstring → ValueError as pasted
	it('lecture: sepconv 16 first, six settings rows, and the docstring note', () => {
		const p = MNAS_PRESETS.lecture;
		expect(p.spec.convention).toBe('lecture');
		expect(p.spec.blocks[0]).toEqual({ op: 'sepconv', t: 1, c: 16, n: 1, s: 1, k: 3, se: 0, skip: 'none' });
		expect(p.spec.blocks.slice(1).map((b) => [b.t, b.c, b.n, b.s, b.k])).toEqual([
			[3, 24, 3, 2, 3],
			[3, 40, 3, 2, 5],
			[6, 80, 3, 2, 5],
			[6, 96, 2, 1, 3],
			[6, 192, 4, 2, 5],
			[6, 320, 1, 1, 3]
		]);
		expect(p.description).toMatch(/docstring/);
		expect(p.description).toMatch(/ValueError/);
	});

	it('accuracy figures cite their source', () => {
		// Tan et al., MnasNet, CVPR 2019 Table 1 (A1 75.2), §0 torchvision meta (mnasnet1_0 73.456), §4 Table 4 (search2 66.0)
		expect(MNAS_PRESETS['mnasnet-a1'].accuracy?.top1).toBe(75.2);
		expect(MNAS_PRESETS['mnasnet-b1'].accuracy?.top1).toBe(73.456);
		expect(MNAS_PRESETS['mnasnet-small'].accuracy?.top1).toBe(66.0);
		for (const id of MNAS_PRESET_IDS) {
			const acc = MNAS_PRESETS[id].accuracy;
			if (acc) expect(acc.source.length).toBeGreaterThan(10);
		}
	});

	// tensorflow/tpu models/official/mnasnet/mnasnet_models.py: small's stem is 8 and its first string says i16 → TF's i == o test gives no residual
	it('mnasnet-small: stem 8, first block without residual; TF presets use head 1280', () => {
		const small = MNAS_PRESETS['mnasnet-small'].spec;
		expect(small.stem).toBe(8);
		expect(small.blocks[0]).toMatchObject({ t: 1, c: 8, skip: 'none' });
		for (const id of ['mnasnet-b1', 'mnasnet-a1', 'mnasnet-small', 'mnasnet-d1'] as const)
			expect(MNAS_PRESETS[id].spec).toMatchObject({ convention: 'tf', head: 1280, widthMult: 1, resolution: 224 });
		expect(MNAS_PRESETS['mnasnet-d1'].spec.blocks.map((b) => b.k)).toEqual([3, 3, 3, 5, 7, 3, 7]);
	});
});

describe('mnasPreset', () => {
	it('returns a deep copy', () => {
		const a = mnasPreset('mnasnet-a1');
		a.widthMult = 2;
		a.blocks[0].k = 7;
		a.blocks.pop();
		expect(MNAS_PRESETS['mnasnet-a1'].spec.widthMult).toBe(1);
		expect(MNAS_PRESETS['mnasnet-a1'].spec.blocks[0].k).toBe(3);
		expect(MNAS_PRESETS['mnasnet-a1'].spec.blocks).toHaveLength(7);
		expect(mnasPreset('mnasnet-a1')).toEqual(MNAS_PRESETS['mnasnet-a1'].spec);
	});
});
