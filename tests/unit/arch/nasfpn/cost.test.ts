import { describe, it, expect } from 'vitest';
import { costNasfpn, convBnCost, fpnPreset, FPN_STEPS, sampleSearchSpace, type NasfpnSpec } from '$lib/arch/nasfpn';

const neck = (overrides: Partial<Omit<NasfpnSpec, 'kind' | 'cells'>> = {}) =>
	fpnPreset('f', { backboneChannels: undefined, ...overrides });

describe('convBnCost', () => {
	it.each([
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: a 3×3 conv at C = 256 has 590,080 conv params (9C² + C) + 512 BN (γ, β)
		{ k: 3, cin: 256, cout: 256, separable: false, params: 590_592, macs: 589_824 },
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost separable variant: 68,608 params per conv (9C depthwise + C² + C pointwise + 2C BN)
		{ k: 3, cin: 256, cout: 256, separable: true, params: 68_608, macs: 9 * 256 + 256 * 256 },
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py/§7: R-50 C3 projection 512 → 256, 1×1 with bias + BN
		{ k: 1, cin: 512, cout: 256, separable: false, params: 131_840, macs: 131_072 }
	])('$k×$k $cin→$cout separable=$separable', ({ k, cin, cout, separable, params, macs }) => {
		const c = convBnCost(k, cin, cout, separable);
		expect(c.params).toBe(params);
		expect(c.macsPerPixel).toBe(macs);
		expect(c.bnBuffers).toBe(2 * cout);
	});
});

describe('costNasfpn', () => {
	it('preset f, 256 ch, 640 px, no backbone: one repeat and 7 repeats', () => {
		const r = costNasfpn(neck());
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: per cell (7 convs) 4,134,144 params; 6.916 GMACs = 9·256²·11,725 px = 6,915,686,400
		expect(r.perRepeat.params).toBe(4_134_144);
		expect(r.perRepeat.macs).toBe(6_915_686_400);
		expect(r.perRepeat.flops).toBe(2 * 6_915_686_400);
		// 3×3 conv cost of tensorflow/tpu nasfpn.py: 28,939,008 params (= 7 × 4,134,144; the "per repeat" means the 7-repeat neck)
		expect(r.total.params).toBe(28_939_008);
		expect(r.total.macs).toBe(7 * 6_915_686_400);
		expect(r.perRepeat.bnBuffers).toBe(7 * 512);
		expect(r.total.weightBytes).toBe(4 * (r.total.params + r.total.bnBuffers));
		expect(r.inputStage.params).toBe(0);
		expect(r.inputStageLevels).toEqual([]);
	});

	it('per-node MACs of f at 640 px, 256 ch (tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost table; exact = 9·256²·pixels)', () => {
		const r = costNasfpn(neck());
		const cells = r.nodes.filter((n) => n.cell >= 0);
		const px = { 3: 6400, 4: 1600, 5: 400, 6: 100, 7: 25 } as Record<number, number>;
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: levels [4,4,3,4,5,7,6], GMACs 0.944 0.944 3.775 0.944 0.236 0.015 0.059
		expect(cells.map((n) => n.level)).toEqual([4, 4, 3, 4, 5, 7, 6]);
		expect(cells.map((n) => n.macs)).toEqual(cells.map((n) => 9 * 256 * 256 * px[n.level]));
		expect(cells.map((n) => (n.macs / 1e9).toFixed(3))).toEqual([
			'0.944',
			'0.944',
			'3.775',
			'0.944',
			'0.236',
			'0.015',
			'0.059'
		]);
		expect(cells.every((n) => n.params === 590_592)).toBe(true);
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: the P3 output node alone is 54.6 % of the cell
		expect(((100 * cells[2].macs) / r.perRepeat.macs).toFixed(1)).toBe('54.6');
		// inputs cost nothing
		expect(r.nodes.slice(0, 5).every((n) => n.op === 'input' && n.params === 0 && n.macs === 0)).toBe(true);
		expect(r.nodes.map((n) => n.side)).toEqual([80, 40, 20, 10, 5, 40, 40, 80, 40, 20, 5, 10]);
	});

	it('R-50 backbone widths add the 1×1 projections: 919,808 params (tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost / 3×3 conv cost of tensorflow/tpu nasfpn.py)', () => {
		const r = costNasfpn(fpnPreset('f'));
		expect(r.inputStage.params).toBe(919_808);
		// 6400·512·256 + 1600·1024·256 + 400·2048·256 (tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost arithmetic)
		expect(r.inputStage.macs).toBe(1_468_006_400);
		expect(r.inputStageLevels.map((l) => [l.level, l.source, l.projected])).toEqual([
			[3, 'backbone', true],
			[4, 'backbone', true],
			[5, 'backbone', true],
			[6, 'pool', false],
			[7, 'pool', false]
		]);
		// P6, P7: max pool by 2 of the level below (tensorflow/tpu detection/modeling/architecture/nasfpn.py), outputs 10²·256 and 5²·256
		expect(r.inputStage.elementwise.poolOutputs).toBe(100 * 256 + 25 * 256);
		expect(r.total.params).toBe(28_939_008 + 919_808);
	});

	it.each([
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost neck totals table (TF, R-50 inputs 512/1024/2048)
		{ repeats: 7, channels: 256, imageSize: 640, params: '29.86', gmacs: '49.88', digits: 2 },
		{ repeats: 5, channels: 256, imageSize: 640, params: '21.59', gmacs: '36.05', digits: 2 },
		{ repeats: 3, channels: 256, imageSize: 640, params: '13.32', gmacs: '22.22', digits: 2 },
		{ repeats: 7, channels: 384, imageSize: 1280, params: '66.46', gmacs: '444.5', digits: 1 }
	])('neck total $repeats@$channels @$imageSize', ({ repeats, channels, imageSize, params, gmacs, digits }) => {
		const r = costNasfpn(fpnPreset('f', { repeats, channels, imageSize }));
		expect((r.total.params / 1e6).toFixed(2)).toBe(params);
		expect((r.total.macs / 1e9).toFixed(digits)).toBe(gmacs);
		expect(r.total.flops).toBe(2 * r.total.macs);
	});

	it('separable convs (tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost): 480,256 params and 0.795 GMACs per cell at 640', () => {
		const r = costNasfpn(neck({ separable: true }));
		expect(r.nodes.filter((n) => n.cell >= 0).every((n) => n.params === 68_608)).toBe(true);
		expect(r.perRepeat.params).toBe(480_256);
		expect(r.perRepeat.macs).toBe((9 * 256 + 256 * 256) * 11_725);
		expect((r.perRepeat.macs / 1e9).toFixed(3)).toBe('0.795');
	});

	it('separable 1×1 projections follow tf separable_conv2d: depthwise 1×1 (no bias), pointwise with bias, BN', () => {
		const r = costNasfpn(fpnPreset('f', { separable: true }));
		// [D] from tensorflow/tpu detection/modeling/architecture/nasfpn.py item 5: cin + cin·256 + 256 + 2·256 for cin = 512, 1024, 2048
		const proj = (cin: number) => cin + cin * 256 + 256 + 512;
		expect(r.inputStage.params).toBe(proj(512) + proj(1024) + proj(2048));
		expect(r.inputStage.macs).toBe(6400 * (512 + 512 * 256) + 1600 * (1024 + 1024 * 256) + 400 * (2048 + 2048 * 256));
	});

	it('a backbone level as wide as D gets no projection; a missing middle level is pooled from below', () => {
		const r = costNasfpn(fpnPreset('f', { backboneChannels: { '3': 256, '5': 2048 } }));
		expect(r.inputStageLevels.map((l) => [l.level, l.source, l.params])).toEqual([
			[3, 'backbone', 0],
			[4, 'pool', 0],
			[5, 'backbone', 524_288 + 256 + 512],
			[6, 'pool', 0],
			[7, 'pool', 0]
		]);
	});

	it('elementwise work of f nodes, apart from MACs (sizes from tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost, ops from §2.2)', () => {
		const r = costNasfpn(neck());
		const n5 = r.nodes[5];
		const e4 = 1600 * 256;
		// n5 = gp(P4in, R(P6in) upsampled ×4): upsample, global max (256 outputs), sigmoid, gate multiply, add
		expect(n5.elementwise).toEqual({ adds: e4, multiplies: e4, sigmoids: 256, poolOutputs: 256, upsampleOutputs: e4 });
		// n9 = gp(R(n7) pool 4, R(n8) pool 2) + P5in: two pools + global max, multiply, two adds
		const e5 = 400 * 256;
		expect(r.nodes[9].elementwise).toEqual({
			adds: 2 * e5,
			multiplies: e5,
			sigmoids: 256,
			poolOutputs: 2 * e5 + 256,
			upsampleOutputs: 0
		});
		// n7 = sum(P3in, R(n6) up 2)
		expect(r.nodes[7].elementwise).toEqual({
			adds: 6400 * 256,
			multiplies: 0,
			sigmoids: 0,
			poolOutputs: 0,
			upsampleOutputs: 6400 * 256
		});
		expect(r.nodes[7].outputElements).toBe(6400 * 256);
		expect(r.total.elementwise.adds).toBe(7 * r.perRepeat.elementwise.adds);
	});

	it('reports outputs, gates and extra inputs per node', () => {
		const r = costNasfpn(neck());
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py: outputs P3 n7, P4 n8, P5 n9, P6 n11, P7 n10
		expect(r.outputs).toEqual({ 3: 7, 4: 8, 5: 9, 6: 11, 7: 10 });
		expect(r.nodes[9].extraInputs).toEqual([2]);
		expect(r.nodes[10].gateInput).toBe(9);
		expect(r.warnings).toEqual([]);
	});

	it('every step and 50 sampled graphs give finite, non-negative numbers', () => {
		const specs = [
			...FPN_STEPS.map((s) => fpnPreset(s.id, { imageSize: 600, separable: true })),
			...Array.from({ length: 50 }, (_, seed) => ({ ...fpnPreset('f'), cells: sampleSearchSpace(seed) }))
		];
		for (const spec of specs) {
			const r = costNasfpn(spec);
			const numbers = [r.total, r.perRepeat, r.inputStage].flatMap((t) => [
				t.params,
				t.macs,
				t.flops,
				t.bnBuffers,
				t.weightBytes,
				...Object.values(t.elementwise)
			]);
			expect(numbers.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
			expect(r.total.params).toBe(r.inputStage.params + spec.repeats * r.perRepeat.params);
		}
	});

	it('warns at an image size that is not a multiple of 2^maxLevel (open-mmlab/mmdetection mmdet/models/necks/nas_fpn.py, pad to 128)', () => {
		const r = costNasfpn(neck({ imageSize: 600 }));
		expect(r.warnings.map((w) => w.path)).toEqual(['imageSize']);
		// ceil(600 / 8) = 75
		expect(r.nodes[0].side).toBe(75);
	});
});
