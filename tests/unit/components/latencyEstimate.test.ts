import { describe, it, expect } from 'vitest';
import { estimateRun, tableRate, UNCALIBRATED_MACS_PER_S } from '../../../src/lib/components/latency/estimate';
import { latencyEntry, type LatencyTable } from '../../../src/lib/arch/latency/table';
import type { LayerShape } from '../../../src/lib/arch/latency/shapes';

const SHAPE: LayerShape = {
	kind: 'head',
	size: 7,
	cin: 320,
	cout: 1280,
	k: 1,
	s: 1,
	hidden: 1280,
	expand: false,
	se: 0,
	residual: false
};
// 7·7·320·1280 = 20 070 400 MACs in 2 ms: 10.0352 GMAC/s
const table: LatencyTable = {
	version: 2,
	backend: 'wasm',
	graph: 'folded',
	device: 't',
	date: '2026-01-01T00:00:00Z',
	overheadMs: 0,
	entries: [latencyEntry(SHAPE, 2, 3)]
};

describe('tableRate', () => {
	it('is the MACs per second over all entries', () => {
		expect(tableRate(table)).toBeCloseTo(20_070_400 / 0.002, 3);
		expect(tableRate({ ...table, entries: [] })).toBeNull();
	});
});

describe('estimateRun', () => {
	const base = { predictedMs: null, macs: 1e9, table: null, warmups: 5, runs: 30, profile: false, budgetS: 1000 };
	it.each([
		['uncalibrated: the conservative rate', base, 1e9 / UNCALIBRATED_MACS_PER_S, false],
		["a table without a prediction: the table's rate", { ...base, table }, 1e9 / (20_070_400 / 0.002), true],
		['a prediction wins', { ...base, table, predictedMs: 40 }, 0.04, true]
	] as const)('%s', (_n, input, perRunS, calibrated) => {
		const e = estimateRun(input);
		expect(e.perRunMs).toBeCloseTo(perRunS * 1000, 6);
		expect(e.calibrated).toBe(calibrated);
		// start-up 1.5 s + first 3 runs + (5 + 30) runs + 1
		expect(e.seconds).toBeCloseTo(1.5 + perRunS * (3 + 35 + 1), 6);
	});

	it('the budget caps the warm-ups and timed runs (one timed run always finishes)', () => {
		const e = estimateRun({ ...base, budgetS: 10, runs: 1000 });
		const perRunS = 1e9 / UNCALIBRATED_MACS_PER_S;
		expect(e.seconds).toBeCloseTo(1.5 + 3 * perRunS + 10 + perRunS, 6);
	});
});
