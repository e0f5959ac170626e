import { describe, it, expect } from 'vitest';
import {
	axisTicks,
	bandScale,
	chartFrame,
	finiteExtent,
	finiteOr,
	frameBox,
	linearScale,
	logScale,
	safeDomain,
	tickLabel
} from '$lib/components/chart/frame';

const M = { top: 12, right: 16, bottom: 34, left: 46 };

describe('frameBox', () => {
	const cases: [string, number, number, { innerWidth: number; innerHeight: number; width: number }][] = [
		['the plot area is the size less the margins', 560, 220, { innerWidth: 498, innerHeight: 174, width: 560 }],
		[
			'margins wider than the svg leave an empty plot, never a negative one',
			40,
			30,
			{ innerWidth: 0, innerHeight: 0, width: 40 }
		],
		['a non-finite size is taken as 0', NaN, Infinity, { innerWidth: 0, innerHeight: 0, width: 0 }]
	];
	for (const [name, w, h, want] of cases) {
		it(`frameBox(${w}, ${h}, M): ${name}`, () => {
			const box = frameBox(w, h, M);
			expect(box.innerWidth).toBe(want.innerWidth);
			expect(box.innerHeight).toBe(want.innerHeight);
			expect(box.width).toBe(want.width);
			expect(box.margin).toBe(M);
		});
	}
});

describe('finiteOr', () => {
	const cases: [number, number][] = [
		[3.5, 3.5],
		[0, 0],
		[-2, -2],
		[NaN, 7],
		[Infinity, 7],
		[-Infinity, 7]
	];
	for (const [value, want] of cases) {
		it(`finiteOr(${value}, 7) = ${want}`, () => expect(finiteOr(value, 7)).toBe(want));
	}
});

describe('safeDomain', () => {
	const cases: [string, [number, number], [number, number]][] = [
		['a proper domain stays', [2, 9], [2, 9]],
		['reversed ends are swapped', [9, 2], [2, 9]],
		['a NaN end takes the fallback end', [NaN, 5], [0, 5]],
		['infinite ends take the fallback', [-Infinity, Infinity], [0, 1]],
		['one value is widened by 1 % of it', [50, 50], [49.5, 50.5]],
		['zero alone is widened by 1', [0, 0], [-1, 1]],
		['a negative single value is widened by 1 % of its size', [-200, -200], [-202, -198]]
	];
	for (const [name, domain, want] of cases) {
		it(`safeDomain([${domain}]): ${name}`, () => expect(safeDomain(domain)).toEqual(want));
	}
	it('safeDomain uses the fallback given', () => expect(safeDomain([NaN, NaN], [3, 4])).toEqual([3, 4]));
});

describe('finiteExtent', () => {
	const cases: [string, number[], [number, number]][] = [
		['smallest and largest', [3, -1, 8, 2], [-1, 8]],
		['non-finite values are skipped', [NaN, 4, Infinity, 1, -Infinity], [1, 4]],
		['one value', [6], [6, 6]],
		['no value: the fallback', [], [0, 1]],
		['only non-finite values: the fallback', [NaN, Infinity], [0, 1]]
	];
	for (const [name, values, want] of cases) {
		it(`finiteExtent([${values}]): ${name}`, () => expect(finiteExtent(values)).toEqual(want));
	}
});

describe('linearScale', () => {
	const cases: [string, [number, number], boolean, number, number][] = [
		// [name, domain, nice, value, expected position on a range of 0…100]
		['the low end maps to the range start', [10, 20], false, 10, 0],
		['the middle maps to the middle', [10, 20], false, 15, 50],
		['nice() rounds the domain out: 0…10 for 0.3…9.3', [0.3, 9.3], true, 5, 50],
		['a non-finite domain falls back to 0…1', [NaN, Infinity], false, 0.25, 25],
		['a one-value domain does not divide by zero', [4, 4], false, 4, 50]
	];
	for (const [name, domain, nice, value, want] of cases) {
		it(`linearScale([${domain}], [0, 100], { nice: ${nice} })(${value}): ${name}`, () => {
			expect(linearScale(domain, [0, 100], { nice })(value)).toBeCloseTo(want, 9);
		});
	}
	it('linearScale maps onto a reversed range (y grows downwards)', () => {
		const y = linearScale([0, 1], [174, 0]);
		expect([y(0), y(1), y(0.5)]).toEqual([174, 0, 87]);
	});
});

describe('logScale', () => {
	const cases: [string, [number, number], number, number][] = [
		['decades are evenly spaced', [1, 100], 10, 50],
		['the ends map to the ends', [1, 100], 100, 100],
		['an end at 0 (no logarithm) takes the fallback 1…10', [0, 10], 10, 100],
		['a negative domain falls back to 1…10', [-5, -1], Math.sqrt(10), 50]
	];
	for (const [name, domain, value, want] of cases) {
		it(`logScale([${domain}], [0, 100])(${value}): ${name}`, () => {
			expect(logScale(domain, [0, 100])(value)).toBeCloseTo(want, 9);
		});
	}
});

describe('bandScale', () => {
	it('bandScale splits the range into equal bands in domain order', () => {
		const s = bandScale(['a', 'b', 'c', 'd'], [0, 100]);
		expect(['a', 'b', 'c', 'd'].map((d) => s(d))).toEqual([0, 25, 50, 75]);
		expect(s.bandwidth()).toBe(25);
	});
	it('bandScale with padding narrows each band and keeps the order', () => {
		const s = bandScale([3, 5, 7], [0, 90], 0.2);
		expect(s.bandwidth()).toBeLessThan(30);
		expect(s(3)! < s(5)! && s(5)! < s(7)!).toBe(true);
		expect(s(9)).toBeUndefined();
	});
});

describe('chartFrame', () => {
	const f = chartFrame({
		width: 560,
		height: 220,
		margin: M,
		x: { domain: [0, 200] },
		y: { domain: [0, 1] }
	});
	const cases: [string, number, number][] = [
		['x: the domain start is the plot left edge', f.x(0), 0],
		['x: the domain end is the plot right edge', f.x(200), 498],
		['y: the domain start is the plot bottom', f.y(0), 174],
		['y: the domain end is the plot top', f.y(1), 0]
	];
	for (const [name, got, want] of cases) {
		it(`chartFrame: ${name}`, () => expect(got).toBeCloseTo(want, 9));
	}
	it('chartFrame builds a log x axis when asked', () => {
		const g = chartFrame({
			width: 120,
			height: 60,
			margin: { top: 0, right: 10, bottom: 0, left: 10 },
			x: { domain: [1, 1000], kind: 'log' },
			y: { domain: [0, 1] }
		});
		expect(g.x(10)).toBeCloseTo(100 / 3, 9);
		expect(g.x(100)).toBeCloseTo(200 / 3, 9);
	});
	it('chartFrame never yields NaN positions from non-finite data', () => {
		const g = chartFrame({
			width: 100,
			height: 100,
			margin: M,
			x: { domain: [NaN, NaN] },
			y: { domain: [Infinity, -Infinity], nice: true }
		});
		expect(Number.isFinite(g.x(0.5)) && Number.isFinite(g.y(0.5))).toBe(true);
	});
});

describe('tickLabel', () => {
	const cases: [number, number | undefined, string][] = [
		[0.5, undefined, '0.5'],
		[120, undefined, '120'],
		[0.1234, 3, '0.123'],
		[0.9, 2, '0.90'],
		[1.5, 0, '2']
	];
	for (const [value, digits, want] of cases) {
		it(`tickLabel(${value}, ${digits}) = '${want}'`, () => expect(tickLabel(value, digits)).toBe(want));
	}
});

describe('axisTicks', () => {
	const x = linearScale([0, 100], [0, 500]);
	it("axisTicks gives d3's round values with their positions and labels", () => {
		expect(axisTicks(x, 5)).toEqual([0, 20, 40, 60, 80, 100].map((v) => ({ value: v, at: v * 5, label: String(v) })));
	});
	it('axisTicks prints labels with the given format', () => {
		const y = linearScale([0, 1], [100, 0]);
		expect(axisTicks(y, 2, (v) => v.toFixed(3)).map((t) => t.label)).toEqual(['0.000', '0.500', '1.000']);
	});
	it('axisTicks takes given values, and drops those with no finite position', () => {
		const log = logScale([1, 100], [0, 100]);
		expect(axisTicks(log, 5, undefined, [0, 10, 100]).map((t) => [t.value, t.at])).toEqual([
			[10, 50],
			[100, 100]
		]);
	});
	const counts: [number, number][] = [
		[10, 11],
		[5, 6],
		[2, 3],
		[0, 0]
	];
	for (const [count, want] of counts) {
		it(`axisTicks(x, ${count}) gives ${want} ticks on 0…100 (0: an axis without ticks)`, () => {
			expect(axisTicks(x, count).length).toBe(want);
		});
	}
});
