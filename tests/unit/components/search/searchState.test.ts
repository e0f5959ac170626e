// The search panel's typed fields (target, steps and seed are validated at the field, never NaN), and its start:
// on the page's table, or after calibrating this device through the page's runner when there is none.
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { mnasPreset } from '$lib/arch/mnasnet';
import { predictorFor } from '$lib/arch/latency/predict';
import { distinctShapes } from '$lib/arch/latency/shapes';
import { latencyEntry, type LatencyTable } from '$lib/arch/latency/table';
import { SearchState, STEP_LIMITS, defaultTarget } from '$lib/components/search/searchState.svelte';
import type { FromSearchWorker, ToSearchWorker } from '$lib/search/protocol';
import { DeviceCalibration, defaultCalibration } from '$lib/state/deviceCalibration.svelte';
import { DeviceLatency } from '$lib/state/deviceLatency.svelte';
import { LatencyRunner } from '$lib/state/latencyRunner.svelte';
import { SearchTable } from '$lib/state/searchTable.svelte';
import type { FromWorker, ToWorker } from '$lib/tfjs/protocol';
import { FakeWorker, workersOf } from '../../state/fakeWorker';

describe('SearchState.typedTarget', () => {
	it.each([
		['', 'default'],
		['  ', 'default'],
		['75', 75],
		['12.5', 12.5],
		['12,5', null], // a decimal comma is refused with a hint, as in every box
		['.5', 0.5],
		['0', null],
		['-3', null],
		['abc', null],
		['1e3', 1000], // the page's one grammar: an exponent is a number
		['2000000', null]
	])('%j → %s', (text, expected) => {
		const s = new SearchState();
		s.target.input(text);
		expect(s.typedTarget()).toBe(expected);
	});
});

describe('SearchState.steps and seed', () => {
	it.each([
		['300', 300],
		[String(STEP_LIMITS.min), STEP_LIMITS.min],
		[String(STEP_LIMITS.max), STEP_LIMITS.max],
		[String(STEP_LIMITS.min - 1), null],
		[String(STEP_LIMITS.max + 1), null],
		['2.5', null],
		['x', null]
	])('steps %j → %s', (text, expected) => {
		const s = new SearchState();
		s.stepsField.input(text);
		expect(s.steps).toBe(expected);
	});
	it.each([
		['0', 0],
		['42', 42],
		['-1', null],
		['seed', null]
	])('seed %j → %s', (text, expected) => {
		const s = new SearchState();
		s.seedField.input(text);
		expect(s.seed).toBe(expected);
	});
});

describe('SearchState.ready', () => {
	it.each([
		// [target text, steps text, default target, ready]
		['', '300', 12.5, true],
		['', '300', 'unknown', true], // no table yet: the default comes with the calibration
		['', '300', null, false], // a table that cannot price MnasNet-A1
		['40', '300', null, true],
		['abc', '300', 12.5, false],
		['40', '3', 12.5, false]
	] as const)('target %j, steps %j, default %s → %s', (target, steps, def, ready) => {
		const s = new SearchState();
		s.target.input(target);
		s.stepsField.input(steps);
		expect(s.ready(def)).toBe(ready);
	});
});

const a1 = mnasPreset('mnasnet-a1');
const base = mnasPreset('mnasnet-small');
const table: LatencyTable = {
	version: 2,
	backend: 'wasm',
	graph: 'folded',
	device: 'd',
	date: '2026-01-01T00:00:00Z',
	overheadMs: 1,
	entries: distinctShapes([a1, base]).map((s) => latencyEntry(s, 0.5, 1))
};

function page() {
	const device = new DeviceLatency();
	const runner = new LatencyRunner();
	const calibration = new DeviceCalibration(runner, device, 'mnasnet');
	return { device, table: new SearchTable(device, calibration, defaultCalibration) };
}

const searchWorkers = () => workersOf<FromSearchWorker, ToSearchWorker>('/search/worker.ts');

describe('defaultTarget', () => {
	it("is 'unknown' without a table, then MnasNet-A1's predicted latency rounded to 0.01 ms", () => {
		const { device, table: t } = page();
		expect(defaultTarget(t)).toBe('unknown');
		device.table = table;
		// the table times every layer 0.5 ms over a 1 ms overhead
		const layers = predictorFor(table).predictSpec(a1)!.perLayer.length;
		expect(defaultTarget(t)).toBe(Number((1 + 0.5 * layers).toFixed(2)));
	});
});

describe('SearchState.start', () => {
	beforeEach(() => {
		FakeWorker.all = [];
		vi.stubGlobal('Worker', FakeWorker);
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('with a table: sends the table and the default target to the search worker, under the run lock', async () => {
		const { device, table: t } = page();
		device.table = table;
		const s = new SearchState();
		s.stepsField.input('20');
		await s.start(base, t);
		expect(s.status).toBe('running');
		expect(device.owner).toBe('search');
		const w = searchWorkers()[0];
		const m = w.sent[0];
		expect(m.type === 'search' && [m.table, m.targetMs, m.steps]).toEqual([table, defaultTarget(t), 20]);
		w.reply({ type: 'done' });
		expect(s.status).toBe('done');
		expect(device.owner).toBeNull();
		expect(w.terminated).toBe(true);
	});

	it('without a table: calibrates this device first through the page runner, then searches on the new table', async () => {
		const { device, table: t } = page();
		const s = new SearchState();
		s.target.input('30');
		const started = s.start(base, t);
		expect(s.status).toBe('calibrating');
		await vi.waitFor(() => expect(t.calibrating).toBe(true));
		expect(searchWorkers()).toHaveLength(0);
		const lw = workersOf<FromWorker, ToWorker>('/tfjs/worker.ts')[0];
		const req = lw.sent.at(-1)!;
		expect(req.type).toBe('calibrate');
		lw.reply({ type: 'calibrated', id: req.id, table });
		await started;
		expect(device.table).toEqual(table);
		expect(s.status).toBe('running');
		const m = searchWorkers()[0].sent[0];
		expect(m.type === 'search' && [m.table, m.targetMs]).toEqual([table, 30]);
	});

	it.each([
		['cancelled', (w: FakeWorker<FromWorker, ToWorker>, id: number) => w.reply({ type: 'cancelled', id })],
		['failed', (w: FakeWorker<FromWorker, ToWorker>, id: number) => w.reply({ type: 'error', id, message: 'x' })]
	])('a calibration %s before the first search starts no search and leaves the panel idle', async (_, end) => {
		const { device, table: t } = page();
		const s = new SearchState();
		const started = s.start(base, t);
		await vi.waitFor(() => expect(t.calibrating).toBe(true));
		const lw = workersOf<FromWorker, ToWorker>('/tfjs/worker.ts')[0];
		end(lw, lw.sent.at(-1)!.id);
		await started;
		expect(s.status).toBe('idle');
		expect(searchWorkers()).toHaveLength(0);
		expect(device.owner).toBeNull();
	});

	it('a panel gone during its calibration keeps the table for the page but starts no search', async () => {
		const { device, table: t } = page();
		const s = new SearchState();
		const started = s.start(base, t);
		await vi.waitFor(() => expect(t.calibrating).toBe(true));
		s.dispose();
		const lw = workersOf<FromWorker, ToWorker>('/tfjs/worker.ts')[0];
		lw.reply({ type: 'calibrated', id: lw.sent.at(-1)!.id, table });
		await started;
		expect(device.table).toEqual(table);
		expect(searchWorkers()).toHaveLength(0);
	});

	it('refuses while another cell holds the run lock, and while its settings are invalid', async () => {
		const { device, table: t } = page();
		device.table = table;
		const s = new SearchState();
		device.acquire('nasfpn');
		await s.start(base, t);
		device.release('nasfpn');
		s.seedField.input('x');
		await s.start(base, t);
		expect(searchWorkers()).toHaveLength(0);
		expect(s.status).toBe('idle');
	});
});
