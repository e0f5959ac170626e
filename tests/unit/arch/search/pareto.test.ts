import { describe, expect, it } from 'vitest';
import { histogram, latencyPair, paretoFront } from '$lib/arch/search';

describe('paretoFront', () => {
	it.each([
		[
			'minimize both',
			[
				{ x: 1, y: 5 },
				{ x: 2, y: 3 },
				{ x: 3, y: 4 },
				{ x: 4, y: 1 }
			],
			false,
			[0, 1, 3]
		],
		[
			'maximize y',
			[
				{ x: 1, y: 1 },
				{ x: 2, y: 3 },
				{ x: 3, y: 2 },
				{ x: 4, y: 5 }
			],
			true,
			[0, 1, 3]
		],
		[
			'ties in x keep the better y',
			[
				{ x: 1, y: 5 },
				{ x: 1, y: 2 }
			],
			false,
			[1]
		],
		[
			'a duplicate is listed once',
			[
				{ x: 1, y: 2 },
				{ x: 1, y: 2 }
			],
			false,
			[0]
		],
		[
			'NaN is skipped',
			[
				{ x: NaN, y: 0 },
				{ x: 1, y: 1 }
			],
			false,
			[1]
		],
		['empty', [], false, []]
	])('%s', (_n, points, maximizeY, expected) => {
		expect(paretoFront(points, maximizeY)).toEqual(expected);
	});
});

describe('latencyPair', () => {
	it('finds the largest latency ratio among points with close MACs', () => {
		const pts = [
			{ macs: 100, latencyMs: 10 },
			{ macs: 102, latencyMs: 30 },
			{ macs: 101, latencyMs: 12 },
			{ macs: 200, latencyMs: 1 }
		];
		expect(latencyPair(pts, 0.03)).toEqual({ a: 0, b: 1, macRatio: 1.02, latencyRatio: 3 });
		expect(latencyPair(pts.slice(3), 0.03)).toBeNull();
	});
});

describe('histogram', () => {
	it.each([
		['even spread', [0, 1, 2, 3], 0, 4, 4, [1, 1, 1, 1]],
		['out of range goes to the ends', [-5, 10], 0, 4, 2, [1, 1]],
		['the upper bound falls in the last bin', [4], 0, 4, 2, [0, 1]],
		['NaN is skipped', [NaN, 1], 0, 4, 2, [1, 0]],
		['zero width', [3, 3], 3, 3, 3, [2, 0, 0]]
	])('%s', (_n, values, lo, hi, bins, expected) => {
		expect(histogram(values, lo, hi, bins).counts).toEqual(expected);
	});
});

describe('explore', () => {
	it('scores every sample, and its front holds the points with the most MACs for their latency', async () => {
		const { buildSpace, explore } = await import('$lib/arch/search');
		const { mnasPreset, costMnasnet } = await import('$lib/arch/mnasnet');
		const { toyPredict } = await import('./fixtures');
		const ex = explore(buildSpace(mnasPreset('mnasnet-a1')), toyPredict, 120, 5);
		expect(ex.points).toHaveLength(120);
		for (const p of ex.points.slice(0, 10)) {
			expect(p.macs).toBe(costMnasnet(p.spec).total.macs);
			expect(p.latencyMs).toBe(toyPredict(p.spec));
		}
		const onFront = new Set(ex.front);
		for (const i of ex.front)
			for (const q of ex.points)
				expect(q.latencyMs <= ex.points[i].latencyMs && q.macs > ex.points[i].macs).toBe(false);
		for (let j = 0; j < ex.points.length; j++) {
			if (onFront.has(j)) continue;
			const p = ex.points[j];
			expect(ex.points.some((q) => q.latencyMs <= p.latencyMs && q.macs >= p.macs && q !== p)).toBe(true);
		}
		expect(ex.pair).not.toBeNull();
	});
});
