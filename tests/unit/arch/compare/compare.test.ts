import { describe, it, expect } from 'vitest';
import { compareMnasnet, compareNasfpn, costRatio } from '$lib/arch/compare';
import { formatRatio } from '$lib/arch/format';
import { costMnasnet, mnasPreset } from '$lib/arch/mnasnet';
import { costNasfpn, fpnPreset } from '$lib/arch/nasfpn';

describe('costRatio', () => {
	const cases: { left: number; right: number; ratio: number | null }[] = [
		{ left: 4, right: 2, ratio: 0.5 },
		{ left: 2, right: 4, ratio: 2 },
		{ left: 0, right: 4, ratio: null }, // no ratio against nothing (never Infinity)
		{ left: 0, right: 0, ratio: null }, // never NaN
		{ left: Number.NaN, right: 1, ratio: null }
	];
	for (const { left, right, ratio } of cases)
		it(`costRatio(${left}, ${right}) = ${ratio}`, () => expect(costRatio(left, right)).toBe(ratio));
});

describe('compareMnasnet', () => {
	const lecture = costMnasnet(mnasPreset('lecture'));
	const a1 = costMnasnet(mnasPreset('mnasnet-a1'));

	it('compareMnasnet(lecture, a1) totals: 4,383,312 → 3,887,038 params, 314,415,872 → 311,579,072 MACs', () => {
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: lecture = mnasnet1_0 (4,383,312 / 314,415,872); TF MnasNet-A1 3,887,038 / 311,579,072
		const c = compareMnasnet(lecture, a1);
		expect(c.total.left?.params).toBe(4_383_312);
		expect(c.total.right?.params).toBe(3_887_038);
		expect(c.total.paramsDelta).toBe(3_887_038 - 4_383_312);
		expect(c.total.macsDelta).toBe(311_579_072 - 314_415_872);
		expect(formatRatio(c.total.paramsRatio)).toBe('0.89×'); // 3,887,038 / 4,383,312 = 0.8868
		expect(formatRatio(c.total.macsRatio)).toBe('0.99×'); // 311,579,072 / 314,415,872 = 0.9910
	});

	it('compareMnasnet aligns stem, 7 blocks and head, and the rows add up to the totals', () => {
		// both presets have 7 blocks (tensorflow/tpu models/official/mnasnet/mnasnet_models.py A1 strings; §3 lecture: SepConv + 6 settings rows)
		const c = compareMnasnet(lecture, a1);
		expect(c.rows.map((r) => r.key)).toEqual(['stem', ...Array.from({ length: 7 }, (_, i) => `block-${i}`), 'head']);
		expect(c.rows.reduce((s, r) => s + r.macsDelta, 0)).toBe(c.total.macsDelta);
		expect(c.rows.reduce((s, r) => s + r.paramsDelta, 0)).toBe(c.total.paramsDelta);
	});

	it('compareMnasnet(x, x) gives zero deltas and ratios of exactly 1', () => {
		const c = compareMnasnet(a1, a1);
		for (const r of c.rows) expect(r.macsDelta).toBe(0);
		expect(c.total.macsRatio).toBe(1);
	});

	it('compareMnasnet shows an extra block with an empty side, counted whole in the delta', () => {
		const spec = mnasPreset('lecture');
		const longer = { ...spec, blocks: [...spec.blocks, { ...spec.blocks[6], s: 1 }] };
		const c = compareMnasnet(lecture, costMnasnet(longer));
		const extra = c.rows.find((r) => r.key === 'block-7');
		expect(extra?.left).toBeNull();
		expect(extra?.right?.macs).toBeGreaterThan(0);
		expect(extra?.macsDelta).toBe(extra?.right?.macs);
		expect(extra?.macsRatio).toBeNull();
	});

	it('compareMnasnet keeps each side’s output shape (A1 block 3 ends at 28×28×40)', () => {
		// Tan et al., MnasNet, CVPR 2019, Figure 7(a) table: stage 3 out 28×28×40; lecture block 3 (settings row [3,40,3,2,5]) also 28×28×40
		const row = compareMnasnet(lecture, a1).rows.find((r) => r.key === 'block-2');
		expect(row?.left?.outShape).toEqual([28, 28, 40]);
		expect(row?.right?.outShape).toEqual([28, 28, 40]);
	});
});

describe('compareNasfpn', () => {
	const f = costNasfpn(fpnPreset('f'));
	const a = costNasfpn(fpnPreset('a'));

	it('compareNasfpn(a, f) has the input stage and 7 cell rows, (a) empty after its 4 cells', () => {
		// progression.ts: (a) has 4 cells, (f) 7 (tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs)
		const c = compareNasfpn(a, f);
		expect(c.rows.map((r) => r.key)).toEqual(['input-stage', ...Array.from({ length: 7 }, (_, i) => `cell-${i}`)]);
		expect(c.rows.slice(5).every((r) => r.left === null && r.right !== null)).toBe(true);
	});

	it('compareNasfpn: the (f) P3 node costs 3,774,873,600 MACs per repeat at 640 px, 256 channels', () => {
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: 9·C²·pixels = 9·256²·6400 = 3,774,873,600 (3.775 GMACs); params 590,080 conv + 512 BN
		const row = compareNasfpn(f, f).rows.find((r) => r.key === 'cell-2');
		expect(row?.right?.macs).toBe(3_774_873_600);
		expect(row?.right?.params).toBe(590_592);
		expect(row?.right?.outShape).toEqual([80, 80, 256]);
		expect(row?.right?.label).toBe('P3 sum out');
	});

	it('compareNasfpn totals are the reports’ totals (input stage + repeats × cells)', () => {
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: 7@256 @640 with R-50 inputs ≈ 29.86M params, 49.88 GMACs
		const c = compareNasfpn(a, f);
		expect(c.total.right?.params).toBe(f.total.params);
		expect(c.total.right?.macs).toBe(f.total.macs);
		expect(f.total.params / 1e6).toBeCloseTo(29.86, 1);
		expect(c.total.macsRatio).toBe(f.total.macs / a.total.macs);
	});
});
