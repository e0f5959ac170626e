import { describe, it, expect } from 'vitest';
import {
	NASFPN_SCALING,
	REFERENCE_DETECTOR,
	estimateDetectorCost
} from '../../../../src/lib/arch/papers/nasfpnScaling';
import { costNasfpn, fpnPreset } from '../../../../src/lib/arch/nasfpn';

function neckOf(overrides: Parameters<typeof fpnPreset>[1]) {
	const r = costNasfpn(fpnPreset('f', overrides));
	return { inputStageMacs: r.inputStage.macs, perRepeatMacs: r.perRepeat.macs, total: r.total.macs };
}
const REF = neckOf({ repeats: 7, channels: 256, imageSize: 640 });

describe('NASFPN_SCALING', () => {
	it('every point cites EfficientDet Table 2 (which reprints the NAS-FPN paper’s Table 1 for the NAS-FPN rows)', () => {
		for (const p of NASFPN_SCALING) {
			expect(p.source).toMatch(/EfficientDet paper, Table 2/);
			if (p.family === 'nasfpn') expect(p.source).toMatch(/NAS-FPN paper, Table 1/);
		}
	});

	it('ids are unique; the NAS-FPN points are 7 stacked pyramid networks on ResNet-50', () => {
		expect(new Set(NASFPN_SCALING.map((p) => p.id)).size).toBe(NASFPN_SCALING.length);
		for (const p of NASFPN_SCALING.filter((q) => q.family === 'nasfpn')) {
			expect(p.repeats).toBe(7);
			expect(p.backbone).toBe('R-50');
		}
	});

	// NAS-FPN paper Table 1 prints 281.3B FLOPs for R-50 7 @ 256 at 640, FLOPs = 2 × multiply-adds
	it('the reference point is half the NAS-FPN paper’s 281.3B FLOPs', () => {
		const p = NASFPN_SCALING.find((q) => q.id === 'r50-nasfpn-640')!;
		expect(Math.abs(p.multAddsB - 281.3 / 2)).toBeLessThan(1);
		expect(REFERENCE_DETECTOR.multAdds / 1e9).toBe(p.multAddsB);
	});

	it('within a family, more cost gives more AP', () => {
		for (const fam of ['nasfpn', 'fpn'] as const) {
			const pts = NASFPN_SCALING.filter((p) => p.family === fam).sort((a, b) => a.multAddsB - b.multAddsB);
			for (let i = 1; i < pts.length; i++) expect(pts[i].ap).toBeGreaterThan(pts[i - 1].ap);
		}
	});
});

describe('estimateDetectorCost', () => {
	it('the reference network lands on the reference point', () => {
		const e = estimateDetectorCost({ ...REF, repeats: 7, imageSize: 640 }, REF.total)!;
		expect(e.total).toBeCloseTo(REFERENCE_DETECTOR.multAdds, 0);
		expect(e.neckMacs).toBe(REF.total);
	});

	// EfficientDet Table 2: R-50 NAS-FPN 7 @ 256 at 1024 → 360B, at 1280 → 563B multiply-adds. The page counts the
	// neck and scales the rest by image area; it must land within 2 % of the published totals.
	it.each([
		[1024, 360e9],
		[1280, 563e9]
	])('at %d×%d the estimate is within 2 %% of the published total', (size, published) => {
		const n = neckOf({ repeats: 7, channels: 256, imageSize: size });
		const e = estimateDetectorCost({ ...n, repeats: 7, imageSize: size }, REF.total)!;
		expect(Math.abs(e.total / published - 1)).toBeLessThan(0.02);
	});

	it('one exit per pyramid network, each adding one pyramid network’s cost; the last is the whole network', () => {
		const n = neckOf({ repeats: 5 });
		const e = estimateDetectorCost({ ...n, repeats: 5, imageSize: 640 }, REF.total)!;
		expect(e.exits).toHaveLength(5);
		for (let k = 1; k < 5; k++) expect(e.exits[k] - e.exits[k - 1]).toBeCloseTo(n.perRepeatMacs, 0);
		expect(e.exits[4]).toBeCloseTo(e.total, 0);
	});

	it.each([
		['no repeats', { inputStageMacs: 0, perRepeatMacs: 1, repeats: 0, imageSize: 640 }, 1e9],
		['image size 0', { inputStageMacs: 0, perRepeatMacs: 1, repeats: 3, imageSize: 0 }, 1e9],
		['NaN cost', { inputStageMacs: NaN, perRepeatMacs: 1, repeats: 3, imageSize: 640 }, 1e9],
		[
			'reference neck larger than the detector',
			{ inputStageMacs: 0, perRepeatMacs: 1, repeats: 3, imageSize: 640 },
			2e11
		]
	])('%s → null', (_n, neck, ref) => expect(estimateDetectorCost(neck, ref)).toBeNull());
});
