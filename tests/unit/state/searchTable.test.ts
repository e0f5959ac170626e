// SearchTable, what the explorer and the search cells read of this device: the page's table and its predictions,
// the page's calibration (its progress, failure and Cancel) while there is none, and the run lock of a search.
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { mnasPreset } from '$lib/arch/mnasnet';
import { predictorFor } from '$lib/arch/latency/predict';
import { distinctShapes } from '$lib/arch/latency/shapes';
import { latencyEntry, type LatencyTable } from '$lib/arch/latency/table';
import { DeviceCalibration, defaultCalibration } from '$lib/state/deviceCalibration.svelte';
import { DeviceLatency } from '$lib/state/deviceLatency.svelte';
import { LatencyRunner } from '$lib/state/latencyRunner.svelte';
import { SearchTable } from '$lib/state/searchTable.svelte';
import type { FromWorker, ToWorker } from '$lib/tfjs/protocol';
import { FakeWorker, workersOf } from './fakeWorker';

const small = mnasPreset('mnasnet-small');
const table: LatencyTable = {
	version: 2,
	backend: 'wasm',
	graph: 'folded',
	device: 'd',
	date: '2026-01-01T00:00:00Z',
	overheadMs: 1,
	entries: distinctShapes([small]).map((s) => latencyEntry(s, 0.5, 1))
};

function setup() {
	const device = new DeviceLatency();
	const runner = new LatencyRunner();
	const calibration = new DeviceCalibration(runner, device, 'mnasnet');
	return { device, runner, calibration, search: new SearchTable(device, calibration, defaultCalibration) };
}

function latencyWorker() {
	const w = workersOf<FromWorker, ToWorker>('/tfjs/worker.ts').at(-1)!;
	return { w, req: w.sent.at(-1)! };
}

beforeEach(() => {
	FakeWorker.all = [];
	vi.stubGlobal('Worker', FakeWorker);
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('SearchTable.table and predictMs', () => {
	it('reads the device’s table: null predictions without one, the table’s prediction with one', () => {
		const { device, search } = setup();
		expect(search.table).toBeNull();
		expect(search.predictMs(small)).toBeNull();
		device.table = table;
		expect(search.table).toBe(table);
		expect(search.predictMs(small)).toBe(predictorFor(table).predictSpec(small)!.totalMs);
	});

	it('is null for a table that cannot price anything (no entries)', () => {
		const { device, search } = setup();
		device.table = { ...table, entries: [] };
		expect(search.predictMs(small)).toBeNull();
	});
});

describe('SearchTable.blocked', () => {
	it.each([
		// [what runs, blocked]
		['nothing', false],
		['the page’s calibration (shown here, with its Cancel)', false],
		['a MnasNet run', true],
		['a NAS-FPN run', true]
	] as const)('while %s: %s', (what, blocked) => {
		const { device, runner, search } = setup();
		if (what.startsWith('the page')) void search.calibrate();
		if (what === 'a MnasNet run') {
			device.acquire('mnasnet');
			runner.run(
				{ kind: 'mnasnet', spec: small },
				{ backend: 'wasm', variant: 'folded', warmups: 1, runs: 1, profile: false, memoryLimitBytes: 2 ** 30 },
				'x'
			);
		}
		if (what === 'a NAS-FPN run') device.acquire('nasfpn');
		expect(search.blocked).toBe(blocked);
	});
});

describe('SearchTable.ensureTable', () => {
	it('returns the table it has without calibrating', async () => {
		const { device, search } = setup();
		device.table = table;
		expect(await search.ensureTable()).toBe(table);
		expect(FakeWorker.all).toHaveLength(0);
	});

	it('without a table (nothing cached) calibrates through the page runner and adopts the result', async () => {
		const { device, search } = setup();
		const found = search.ensureTable();
		await vi.waitFor(() => expect(search.calibrating).toBe(true));
		const { w, req } = latencyWorker();
		expect(req.type).toBe('calibrate');
		w.reply({ type: 'progress', id: req.id, phase: 'calibrating', done: 1, total: 4 });
		expect(search.progress).toBe(0.25);
		w.reply({ type: 'calibrated', id: req.id, table });
		expect(await found).toEqual(table);
		expect(device.table).toEqual(table);
	});

	it('resolves null when the calibration is cancelled from this cell, and says so', async () => {
		const { device, search } = setup();
		const found = search.ensureTable();
		await vi.waitFor(() => expect(search.calibrating).toBe(true));
		const { w, req } = latencyWorker();
		search.cancelCalibration();
		w.reply({ type: 'cancelled', id: req.id });
		expect(await found).toBeNull();
		expect(search.cancelled).toBe(true);
		expect(device.table).toBeNull();
	});
});

describe('SearchTable.acquire / release', () => {
	it('takes the page’s run lock for a search, refused while another cell holds it', () => {
		const { device, search } = setup();
		expect(search.acquire()).toBe(true);
		expect(device.owner).toBe('search');
		search.release();
		expect(device.owner).toBeNull();
		device.acquire('mnasnet');
		expect(search.acquire()).toBe(false);
		search.release();
		expect(device.owner).toBe('mnasnet');
	});
});
