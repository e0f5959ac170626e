import { describe, it, expect } from 'vitest';
import {
	createPredictor,
	predictMnasnet,
	workOf,
	type PredictionSource
} from '../../../../src/lib/arch/latency/predict';
import { fitLine } from '../../../../src/lib/arch/latency/fit';
import {
	distinctShapes,
	layerShapes,
	shapeKey,
	shapeMacs,
	type LayerShape
} from '../../../../src/lib/arch/latency/shapes';
import { latencyEntry, type LatencyTable } from '../../../../src/lib/arch/latency/table';
import { mnasPreset } from '../../../../src/lib/arch/mnasnet/presets';
import type { MnasnetSpec } from '../../../../src/lib/arch/mnasnet/spec';
import { HEAD_ROW, STEM_ROW, blockRowOf } from '../../../../src/lib/arch/mnasnet/rows';

// A synthetic device on which every kind's time is exactly a line in its work: interpolation must then be exact.
const LINE: Record<LayerShape['kind'], [number, number]> = {
	stem: [0.02, 1 / 4e9],
	conv: [0.03, 1 / 5e9],
	sepconv: [0.04, 1 / 2e9],
	mbconv: [0.05, 1 / 3e9],
	head: [0.02, 1 / 6e9],
	pool: [0.01, 1 / 1e9],
	classifier: [0.01, 1 / 2e9]
};
const truth = (sh: LayerShape) => LINE[sh.kind][0] + LINE[sh.kind][1] * workOf(sh);

function tableOf(shapes: LayerShape[], ms: (sh: LayerShape) => number = truth, overheadMs = 0): LatencyTable {
	return {
		version: 2,
		backend: 'wasm',
		graph: 'folded',
		device: 'synthetic',
		date: '2026-01-01T00:00:00.000Z',
		overheadMs,
		entries: shapes.map((sh) => latencyEntry(sh, ms(sh), 5))
	};
}

const a1 = mnasPreset('mnasnet-a1');
const lecture = mnasPreset('lecture');
const wide = (spec: MnasnetSpec, w: number): MnasnetSpec => ({ ...spec, widthMult: w });

describe('fitLine', () => {
	it.each([
		[
			'exact line',
			[
				{ x: 0, ms: 1 },
				{ x: 10, ms: 3 },
				{ x: 20, ms: 5 }
			],
			1,
			0.2
		],
		['one point: through the origin', [{ x: 10, ms: 2 }], 0, 0.2],
		[
			'falling data: slope clamped to 0, mean level',
			[
				{ x: 1, ms: 4 },
				{ x: 2, ms: 4 },
				{ x: 3, ms: 4 }
			],
			4,
			0
		],
		[
			'negative intercept clamped to 0',
			[
				{ x: 10, ms: 1 },
				{ x: 20, ms: 3 }
			],
			0,
			null
		]
	] as const)('%s', (_n, pts, a, b) => {
		const f = fitLine(pts)!;
		expect(f.a).toBeCloseTo(a, 9);
		if (b !== null) expect(f.b).toBeCloseTo(b, 9);
		expect(f.a).toBeGreaterThanOrEqual(0);
		expect(f.b).toBeGreaterThanOrEqual(0);
	});

	it('returns null without points', () => expect(fitLine([])).toBeNull());
});

describe('predictMnasnet: lookup', () => {
	it('reuses every measured shape as it is: a table of the network itself gives the sum of its layers', () => {
		const t = tableOf(distinctShapes([a1]), truth, 0.7);
		const p = predictMnasnet(a1, t)!;
		const expected = layerShapes(a1).reduce((s, l) => s + truth(l.shape), 0);
		expect(p.layersMs).toBeCloseTo(expected, 9);
		expect(p.totalMs).toBeCloseTo(expected + 0.7, 9);
		expect(p.measuredShare).toBe(1);
		expect(p.perLayer.every((l) => l.source === 'measured')).toBe(true);
	});

	it('per-block rows sum to the layers, in cost-report order (stem, blocks, head)', () => {
		const p = predictMnasnet(a1, tableOf(distinctShapes([a1])))!;
		expect(p.perBlock.map((b) => b.row)).toEqual([STEM_ROW, ...a1.blocks.map((_, i) => blockRowOf(i)), HEAD_ROW]);
		expect(p.perBlock.reduce((s, b) => s + b.ms, 0)).toBeCloseTo(p.layersMs, 9);
		expect(p.perBlock.reduce((s, b) => s + b.layers, 0)).toBe(p.perLayer.length);
		expect(p.perBlock.reduce((s, b) => s + b.macs, 0)).toBe(p.perLayer.reduce((s, l) => s + l.macs, 0));
	});

	it('returns null for an empty table', () => {
		expect(predictMnasnet(a1, tableOf([]))).toBeNull();
	});
});

describe('predictMnasnet: interpolation', () => {
	// width_mult changes every channel count: no block shape of the edited network is in a table of A1 at 1.0 and
	// 160 px (two sizes, so every kind's line is determined by two points)
	it.each([0.5, 0.75, 1.25, 1.4])(
		'A1 at width_mult %d from a table of A1 at 1.0 is exact on a device of lines',
		(w) => {
			const t = tableOf(distinctShapes([a1, { ...a1, resolution: 160 }]));
			const spec = wide(a1, w);
			const p = predictMnasnet(spec, t)!;
			const expected = layerShapes(spec).reduce((s, l) => s + truth(l.shape), 0);
			expect(p.totalMs).toBeCloseTo(expected, 6);
			expect(p.perLayer.some((l) => l.source === 'neighbour')).toBe(true);
		}
	);

	it('a wider network is predicted slower, a narrower one faster', () => {
		const t = tableOf(distinctShapes([a1]));
		const ms = [0.5, 0.75, 1, 1.25].map((w) => predictMnasnet(wide(a1, w), t)!.totalMs);
		for (let i = 1; i < ms.length; i++) expect(ms[i]).toBeGreaterThan(ms[i - 1]);
	});

	it.each([
		// [what is in the table, the shape asked for, expected source]
		['same family (k5 SE MBConv), other channels', 'neighbour'],
		['no family member (k7), kind line', 'fit'],
		['no entry of the kind, mean rate', 'rate']
	] as const)('falls back in order: %s', (_n, source) => {
		const asked: LayerShape = {
			kind: 'mbconv',
			size: 28,
			cin: 48,
			cout: 48,
			k: 5,
			s: 1,
			hidden: 288,
			expand: true,
			se: 12,
			residual: true
		};
		const shapes: Record<string, LayerShape[]> = {
			neighbour: [
				{ ...asked, cin: 40, cout: 40, hidden: 240, se: 10 },
				{ ...asked, k: 3, se: 0, size: 14 }
			],
			fit: [
				{ ...asked, k: 3, se: 0 },
				{ ...asked, k: 3, se: 0, size: 14, cin: 80, cout: 80, hidden: 480 }
			],
			rate: [
				{ kind: 'head', size: 7, cin: 320, cout: 1280, k: 1, s: 1, hidden: 1280, expand: false, se: 0, residual: false }
			]
		};
		const p = createPredictor(tableOf(shapes[source])).predictShape({ ...asked, k: source === 'neighbour' ? 5 : 7 })!;
		expect(p.source).toBe(source as PredictionSource);
		expect(p.ms).toBeGreaterThan(0);
		expect(Number.isFinite(p.ms)).toBe(true);
	});

	it("a neighbour is scaled by the ratio of its kind's line, not by MACs alone (overhead is not scaled)", () => {
		// two measured mbconvs fix the line; a third, small shape keeps its intercept
		const big: LayerShape = {
			kind: 'mbconv',
			size: 56,
			cin: 24,
			cout: 24,
			k: 3,
			s: 1,
			hidden: 144,
			expand: true,
			se: 0,
			residual: true
		};
		const other: LayerShape = { ...big, size: 14, cin: 80, cout: 80, hidden: 480 };
		const small: LayerShape = { ...big, cin: 8, cout: 8, hidden: 48 };
		const p = createPredictor(tableOf([big, other])).predictShape(small)!;
		expect(p.from).toBe(shapeKey(big));
		expect(p.ms).toBeCloseTo(truth(small), 9);
		// scaling by MACs alone would lose the intercept
		expect(p.ms).toBeGreaterThan(truth(big) * (shapeMacs(small) / shapeMacs(big)));
	});

	it('the lecture network predicted from a table of A1 and mnasnet-small stays within 25 % on a device of lines', () => {
		const t = tableOf(distinctShapes([a1, mnasPreset('mnasnet-small')]));
		const p = predictMnasnet(lecture, t)!;
		const expected = layerShapes(lecture).reduce((s, l) => s + truth(l.shape), 0);
		expect(Math.abs(p.totalMs - expected) / expected).toBeLessThan(0.25);
	});
});
