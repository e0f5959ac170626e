import { describe, it, expect } from 'vitest';
import { costMnasnet, mnasPreset, planMnasnet, rowKey, type MnasnetSpec, type MnasPresetId } from '$lib/arch/mnasnet';

function at(id: MnasPresetId, widthMult: number, resolution = 224): MnasnetSpec {
	return { ...mnasPreset(id), widthMult, resolution };
}

describe('costMnasnet totals', () => {
	// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: torchvision weights meta (pytorch/vision torchvision/models/mnasnet.py, _ops = GMACs)
	it.each([
		[0.5, 2_218_512, 104_455_968],
		[0.75, 3_170_208, 215_493_104],
		[1.0, 4_383_312, 314_415_872],
		[1.3, 6_282_256, 526_362_432]
	])('mnasnet-b1 at widthMult %d equals torchvision mnasnet: %d params, %d MACs', (w, params, macs) => {
		const t = costMnasnet(at('mnasnet-b1', w)).total;
		expect(t.params).toBe(params);
		expect(t.macs).toBe(macs);
		expect(t.flops).toBe(2 * macs);
	});

	it.each([
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: TF MnasNet-A1 (paper Table 1: 3.9M, 312M), computed exactly
		['mnasnet-a1', 3_887_038, 311_579_072],
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: TF mnasnet-small (README 2.0M / 68M = paper Table 4 MnasNet-search2)
		['mnasnet-small', 2_030_264, 68_339_184],
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: the lecture-notes model at w = 1.0 = torchvision mnasnet1_0
		['lecture', 4_383_312, 314_415_872]
	] as const)('%s at 1.0/224: %d params, %d MACs', (id, params, macs) => {
		const t = costMnasnet(mnasPreset(id)).total;
		expect(t.params).toBe(params);
		expect(t.macs).toBe(macs);
	});

	it('weight bytes are 4 × (params + BN buffers) and FLOPs 2 × MACs', () => {
		const t = costMnasnet(mnasPreset('mnasnet-b1')).total;
		expect(t.weightBytes).toBe(4 * (t.params + t.bnBuffers));
		// BN buffers = 2 × channels of every BN = params of the BN layers; the FC bias is the only non-conv bias
		expect(t.bnBuffers).toBeGreaterThan(0);
	});
});

describe('costMnasnet per layer', () => {
	// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet and §3: at w = 1.0 the lecture network is layer for layer torchvision mnasnet1_0 / TF B1
	it('lecture at 1.0 has the same layers, shapes, params and MACs as mnasnet-b1', () => {
		const a = costMnasnet(mnasPreset('lecture')).layers;
		const b = costMnasnet(mnasPreset('mnasnet-b1')).layers;
		expect(a.length).toBe(b.length);
		for (let i = 0; i < a.length; i++) {
			expect([a[i].name, a[i].inShape, a[i].outShape, a[i].params, a[i].macs]).toEqual([
				b[i].name,
				b[i].inShape,
				b[i].outShape,
				b[i].params,
				b[i].macs
			]);
		}
	});

	// conv cost formulas, checked with PyTorch forward hooks formulas worked by hand on the first layer of B1's second block: MBConv(16 → 24, t = 3, k = 3,
	// s = 2) at 112 → 56, hid = 48.
	it('MBConv layer b1.0 of mnasnet-b1 follows the §7 formulas', () => {
		const layer = costMnasnet(mnasPreset('mnasnet-b1')).layers.find((l) => l.name === 'b1.0');
		// params C_in·hid + k²·hid + hid·C_out + 2(2·hid + C_out) = 768 + 432 + 1152 + 240
		expect(layer?.params).toBe(2592);
		// MACs H_in²·C_in·hid + H_out²·k²·hid + H_out²·hid·C_out = 9,633,792 + 1,354,752 + 3,612,672
		expect(layer?.macs).toBe(14_601_216);
		// BN buffers: running mean + var of BN(48), BN(48), BN(24)
		expect(layer?.bnBuffers).toBe(2 * (48 + 48 + 24));
		expect(layer?.inShape).toEqual([112, 112, 16]);
		expect(layer?.outShape).toEqual([56, 56, 24]);
		expect(layer?.activationElements).toBe(56 * 56 * 24);
	});

	// conv cost formulas, checked with PyTorch forward hooks SE formula on A1's b2.0: MBConv3 k5 24 → 40, s 2, 56 → 28, hid 72, r = max(1, ⌊24·0.25⌋) = 6
	it('MBConv + SE layer b2.0 of mnasnet-a1 adds 2·hid·r + r + hid params and 2·hid·r MACs', () => {
		const layer = costMnasnet(mnasPreset('mnasnet-a1')).layers.find((l) => l.name === 'b2.0');
		// expand 24·72 + 2·72 = 1872; dw 25·72 + 2·72 = 1944; SE 2·72·6 + 6 + 72 = 942; project 72·40 + 2·40 = 2960
		expect(layer?.params).toBe(1872 + 1944 + 942 + 2960);
		// 56²·24·72 + 28²·25·72 + 2·72·6 + 28²·72·40
		expect(layer?.macs).toBe(5_419_008 + 1_411_200 + 864 + 2_257_920);
	});

	// conv cost formulas, checked with PyTorch forward hooks: conv params k²·C_in·C_out, FC params L·classes + classes, MACs L·classes
	it('stem, head, pool and classifier', () => {
		const layers = costMnasnet(mnasPreset('mnasnet-b1')).layers;
		const by = (name: string) => layers.find((l) => l.name === name);
		expect(by('stem')?.params).toBe(3 * 3 * 3 * 32 + 2 * 32);
		expect(by('stem')?.macs).toBe(112 * 112 * 32 * 27);
		expect(by('head')?.params).toBe(320 * 1280 + 2 * 1280);
		expect(by('head')?.macs).toBe(7 * 7 * 1280 * 320);
		expect(by('pool')).toMatchObject({ params: 0, macs: 0, outShape: [1, 1, 1280] });
		expect(by('classifier')).toMatchObject({ op: 'fc', params: 1280 * 1000 + 1000, macs: 1280 * 1000, bnBuffers: 0 });
	});

	it('the regular conv op is k×k conv + BN, with t ignored', () => {
		const spec: MnasnetSpec = {
			...mnasPreset('mnasnet-b1'),
			blocks: [{ op: 'conv', t: 6, c: 24, n: 1, s: 2, k: 5, se: 0, skip: 'none' }]
		};
		const layer = costMnasnet(spec).layers[1];
		// 5²·32·24 + 2·24 params; 56²·24·32·25 MACs (stem gives 112×112×32)
		expect(layer.params).toBe(25 * 32 * 24 + 48);
		expect(layer.macs).toBe(56 * 56 * 24 * 32 * 25);
	});
});

describe('costMnasnet blocks', () => {
	it('block rows add up to the totals and their shares to 1', () => {
		const report = costMnasnet(mnasPreset('mnasnet-a1'));
		expect(report.blocks.map((b) => rowKey(b.row))).toEqual(['stem', 'b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'head']);
		const sum = (f: (b: (typeof report.blocks)[number]) => number) => report.blocks.reduce((s, b) => s + f(b), 0);
		expect(sum((b) => b.params)).toBe(report.total.params);
		expect(sum((b) => b.macs)).toBe(report.total.macs);
		expect(sum((b) => b.bnBuffers)).toBe(report.total.bnBuffers);
		expect(sum((b) => b.macShare)).toBeCloseTo(1, 12);
		// Tan et al., MnasNet, CVPR 2019 Fig. 7(a): block 3 (here b2, 0-based) ends at 28×28×40
		expect(report.blocks[3].outShape).toEqual([28, 28, 40]);
		expect(report.blocks[3].label).toBe('b2 MBConv3 k5×5 SE0.25 ×3');
	});
});

describe('costMnasnet peak activation memory', () => {
	// Hand-worked with the liveness rule of peakMemory.ts. tf, 32×32 input, stem 8 → 16×16×8 (2048 elements);
	// one MBConv t 2 (hid 16), 8 → 8, s 1, residual. Live elements per op: stem 3072 + 2048 = 5120; expand
	// x 2048 + e 4096 = 6144; depthwise x + e + d 4096 = 10240; project x + d + p 2048 = 8192; add x + p + a = 6144; …
	const tiny: MnasnetSpec = {
		kind: 'mnasnet',
		convention: 'tf',
		widthMult: 1,
		resolution: 32,
		numClasses: 10,
		stem: 8,
		head: 16,
		blocks: [{ op: 'mbconv', t: 2, c: 8, n: 1, s: 1, k: 3, se: 0, skip: 'identity' }]
	};

	it('peaks at the depthwise conv while the residual input is held', () => {
		expect(costMnasnet(tiny).total.peakActivationBytes).toBe(4 * 10240);
	});

	it('counts the SE multiply (input, gate and product live together with the residual input)', () => {
		// r = max(1, ⌊8·0.25⌋) = 2; multiply: d 4096 + gate 16 + product 4096 + x 2048 = 10256
		const se = { ...tiny, blocks: [{ ...tiny.blocks[0], se: 0.25 }] };
		expect(costMnasnet(se).total.peakActivationBytes).toBe(4 * 10256);
	});

	it('drops the held input when there is no residual', () => {
		// skip none: depthwise e 4096 + d 4096 = 8192 is the peak
		const noskip = { ...tiny, blocks: [{ ...tiny.blocks[0], skip: 'none' as const }] };
		expect(costMnasnet(noskip).total.peakActivationBytes).toBe(4 * 8192);
	});

	it('B1 at 224 peaks at 112×112 with two 32- or 16+48-channel tensors live', () => {
		// stem output 112²·32 + depthwise output 112²·32 = 802,816 elements (= 112²·16 + 112²·48 in b1.0's expand)
		expect(costMnasnet(mnasPreset('mnasnet-b1')).total.peakActivationBytes).toBe(4 * 802_816);
	});
});

describe('planMnasnet', () => {
	// pytorch/vision torchvision/models/mnasnet.py: torchvision _get_depths(α) for α = 0.5 / 0.75 / 1.0 / 1.3 (equal to TF B1 at that multiplier)
	it.each([
		[0.5, [16, 8, 16, 24, 40, 48, 96, 160]],
		[0.75, [24, 16, 24, 32, 64, 72, 144, 240]],
		[1.0, [32, 16, 24, 40, 80, 96, 192, 320]],
		[1.3, [40, 24, 32, 56, 104, 128, 248, 416]]
	])('mnasnet-b1 at %d has the torchvision depths %j', (w, depths) => {
		const plan = planMnasnet(at('mnasnet-b1', w));
		const stem = plan.layers[0].outShape[2];
		const blockOuts: number[] = [];
		for (const l of plan.layers) if (l.kind === 'block' && l.repeat === 0) blockOuts.push(l.outShape[2]);
		expect([stem, ...blockOuts]).toEqual(depths);
		expect(plan.layers.find((l) => l.kind === 'head')?.outShape[2]).toBe(1280); // never scaled (§2)
	});

	// Tan et al., MnasNet, CVPR 2019 Figure 7(a): output shapes and SE reduce widths of MnasNet-A1
	it('mnasnet-a1: Fig. 7(a) shapes and SE reduce widths', () => {
		const plan = planMnasnet(mnasPreset('mnasnet-a1'));
		const lastOfBlock = (b: number) => plan.layers.filter((l) => l.kind === 'block' && l.block === b).at(-1)?.outShape;
		expect(plan.layers[0].outShape).toEqual([112, 112, 32]);
		expect([0, 1, 2, 3, 4, 5, 6].map(lastOfBlock)).toEqual([
			[112, 112, 16],
			[56, 56, 24],
			[28, 28, 40],
			[14, 14, 80],
			[14, 14, 112],
			[7, 7, 160],
			[7, 7, 320]
		]);
		expect(plan.layers.find((l) => l.kind === 'head')?.outShape).toEqual([7, 7, 1280]);
		const se = (b: number) => plan.layers.flatMap((l) => (l.kind === 'block' && l.block === b ? [l.seReduce] : []));
		expect(se(2)).toEqual([6, 10, 10]); // "6, then 10"
		expect(se(4)).toEqual([20, 28]); // "20, then 28"
		expect(se(5)).toEqual([28, 40, 40]); // "28, then 40"
		expect(se(3)).toEqual([0, 0, 0, 0]);
	});

	it('conventions: activation, BN epsilon, dropout, expand conv at t = 1', () => {
		// the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py (ReLU6, BN eps 1e-5, Dropout() p = 0.5, expand conv always built) and §1 (ReLU, 1e-3, 0.2)
		const lecture = planMnasnet(mnasPreset('lecture'));
		const tf = planMnasnet(mnasPreset('mnasnet-b1'));
		expect([lecture.activation, lecture.bnEpsilon]).toEqual(['relu6', 1e-5]);
		expect([tf.activation, tf.bnEpsilon]).toEqual(['relu', 1e-3]);
		expect(lecture.layers.at(-1)).toMatchObject({ kind: 'classifier', dropout: 0.5 });
		expect(tf.layers.at(-1)).toMatchObject({ kind: 'classifier', dropout: 0.2 });
		const t1 = { op: 'mbconv' as const, t: 1, c: 16, n: 1, s: 1, k: 3, se: 0, skip: 'none' as const };
		const l1 = planMnasnet({ ...mnasPreset('lecture'), blocks: [t1] }).layers[1];
		const f1 = planMnasnet({ ...mnasPreset('mnasnet-b1'), blocks: [t1] }).layers[1];
		expect(l1).toMatchObject({ hasExpand: true, hidden: 32 });
		expect(f1).toMatchObject({ hasExpand: false, hidden: 32 });
		// tf: mbconv t = 1 costs exactly what sepconv costs
		const sep = costMnasnet({ ...mnasPreset('mnasnet-b1'), blocks: [{ ...t1, op: 'sepconv' }] }).total;
		expect(costMnasnet({ ...mnasPreset('mnasnet-b1'), blocks: [t1] }).total).toEqual(sep);
	});

	it('residual only with skip identity, stride 1 and equal widths; only the first repeat strides', () => {
		const plan = planMnasnet(mnasPreset('mnasnet-b1'));
		const b1 = plan.layers.filter((l) => l.kind === 'block' && l.block === 1);
		expect(b1.map((l) => (l.kind === 'block' ? [l.s, l.residual] : []))).toEqual([
			[2, false],
			[1, true],
			[1, true]
		]);
		// b0 and b6 are _noskip in TF (tensorflow/tpu models/official/mnasnet/mnasnet_models.py)
		expect(plan.layers.filter((l) => l.kind === 'block' && l.residual && (l.block === 0 || l.block === 6))).toEqual([]);
	});

	// conv cost formulas, checked with PyTorch forward hooks: H_out = ceil(H/s)
	it('odd resolutions use ceil(H / s)', () => {
		const plan = planMnasnet(at('mnasnet-b1', 1, 225));
		expect(plan.layers[0].outShape[0]).toBe(113);
		expect(plan.layers.find((l) => l.kind === 'head')?.outShape[0]).toBe(8); // 225 → 113 → 57 → 29 → 15 → 8
	});
});
