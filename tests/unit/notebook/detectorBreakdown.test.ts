// The backbone / neck / head table under "From FPN to NAS-FPN": each number the prose states, recomputed.
import { describe, it, expect } from 'vitest';
import { costNasfpn, fpnPreset } from '$lib/arch/nasfpn';
import { proseMessages } from '$lib/i18n/messages/prose';

const M = 1e6;
const G = 1e9;

// pytorch/vision torchvision/models/resnet.py, ResNet50_Weights.IMAGENET1K_V1 meta: num_params 25,557,032,
// _ops 4.089 (GMACs at 224×224); the classifier is Linear(2048, 1000) with bias.
const RESNET50_PARAMS = 25_557_032;
const RESNET50_FC = 2048 * 1000 + 1000;
const RESNET50_MACS_224 = 4.089e9;

// RetinaNet paper §4: each subnet applies four 3×3 convs of C = 256 filters, then a 3×3 conv to K·A (classes) or
// 4·A (boxes) outputs, A = 9 anchors; the subnets are shared across P3–P7. 90 classes as in the TPU detection code.
const C = 256;
const A = 9;
const CLASSES = 90;
const conv3 = (cin: number, cout: number) => 9 * cin * cout + cout;
const headParams = 2 * 4 * conv3(C, C) + conv3(C, A * CLASSES) + conv3(C, A * 4);
const headMacsPerPixel = 9 * C * (2 * 4 * C + A * CLASSES + A * 4);
const pixels640 = [80, 40, 20, 10, 5].reduce((s, side) => s + side * side, 0); // P3–P7 at strides 8–128

describe('R-50 NAS-FPN 7 @ 256 at 640: backbone, neck, head', () => {
	const neck = costNasfpn(fpnPreset('f')).total;
	const backbone = {
		params: RESNET50_PARAMS - RESNET50_FC,
		macs: RESNET50_MACS_224 * (640 / 224) ** 2
	};
	const head = { params: headParams, macs: headMacsPerPixel * pixels640 };

	it('costNasfpn(f) is the neck the table names: 29.86M params, 49.88G MACs', () => {
		expect(neck.params / M).toBeCloseTo(29.86, 2);
		expect(neck.macs / G).toBeCloseTo(49.88, 2);
	});

	it('backbone ≈ 23.5M / 33.4G and head ≈ 6.67M / 56.8G, as the table says', () => {
		expect(pixels640).toBe(8525);
		expect(backbone.params / M).toBeCloseTo(23.5, 1);
		expect(backbone.macs / G).toBeCloseTo(33.4, 1);
		expect(head.params / M).toBeCloseTo(6.67, 2);
		expect(head.macs / G).toBeCloseTo(56.8, 1);
	});

	it('the sum is within 0.5 % of the published 60.3M params and 140.6G MACs (tensorflow/tpu MODEL_ZOO.md)', () => {
		const params = backbone.params + neck.params + head.params;
		const macs = backbone.macs + neck.macs + head.macs;
		expect(params / M).toBeCloseTo(60.0, 1);
		expect(macs / G).toBeCloseTo(140.1, 1);
		expect(Math.abs(params / (60.3 * M) - 1)).toBeLessThan(0.005);
		expect(Math.abs(macs / (140.6 * G) - 1)).toBeLessThan(0.005);
	});

	it.each(['en', 'ko'] as const)('%s: the table states these numbers', (lang) => {
		const m = proseMessages[lang];
		expect(m.bdNeckWhat).toContain('29.86M');
		expect(m.bdNeckWhat).toContain('49.88G');
		expect(m.bdBackboneWhat).toContain('23.5M');
		expect(m.bdBackboneWhat).toContain('33.4G');
		expect(m.bdHeadWhat).toContain('6.67M');
		expect(m.bdHeadWhat).toContain('56.8G');
		expect(m.bdHeadWhat).toContain('8,525');
		expect(m.bdTotalWhat).toContain('60.0M');
		expect(m.bdTotalWhat).toContain('140.1G');
	});

	it.each(['en', 'ko'] as const)('%s: the P3 share is explained by 6,400 of 11,725 pixels', (lang) => {
		// NASFPN_BLOCK_SPECS levels 4, 4, 3, 4, 5, 7, 6 → pixels 1,600 ×3 + 6,400 + 400 + 25 + 100 at 640
		expect(3 * 1600 + 6400 + 400 + 25 + 100).toBe(11_725);
		expect((6400 / 11_725) * 100).toBeCloseTo(54.6, 1);
		expect(proseMessages[lang].mergeP5).toContain('6,400 / 11,725 = 54.6 %');
		expect(proseMessages[lang].mergeP5).not.toContain('16');
	});
});
