// DeviceCalibration, the page's one calibration: it runs on the given runner under the page-wide run lock, adopts the
// table into the device's state, and reports progress, failure and cancel from that runner, whoever asked.
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { mnasPreset } from '$lib/arch/mnasnet';
import { distinctShapes } from '$lib/arch/latency/shapes';
import { latencyEntry, type LatencyTable } from '$lib/arch/latency/table';
import { DeviceCalibration, defaultCalibration } from '$lib/state/deviceCalibration.svelte';
import { DeviceLatency, type RunOwner } from '$lib/state/deviceLatency.svelte';
import { LatencyRunner } from '$lib/state/latencyRunner.svelte';
import type { FromWorker, ToWorker } from '$lib/tfjs/protocol';
import { FakeWorker, workersOf } from './fakeWorker';

const table: LatencyTable = {
	version: 2,
	backend: 'wasm',
	graph: 'folded',
	device: 'd',
	date: '2026-01-01T00:00:00Z',
	overheadMs: 1,
	entries: distinctShapes([mnasPreset('mnasnet-small')]).map((s) => latencyEntry(s, 0.5, 1))
};

function setup(holder: RunOwner | null = null) {
	const device = new DeviceLatency();
	if (holder) device.acquire(holder);
	const runner = new LatencyRunner();
	return { device, runner, calibration: new DeviceCalibration(runner, device, 'mnasnet') };
}

/** The latency worker and the id of the calibration it was last asked for. */
function lastCalibration() {
	const w = workersOf<FromWorker, ToWorker>('/tfjs/worker.ts').at(-1)!;
	const req = w.sent.filter((m) => m.type === 'calibrate').at(-1)!;
	return { w, id: req.id, options: req.type === 'calibrate' ? req.options : null };
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

describe('DeviceCalibration.calibrate', () => {
	it('holds the run lock in the runner’s name while it runs, reports progress, adopts the table and releases', async () => {
		const { device, calibration } = setup();
		const done = calibration.calibrate(defaultCalibration());
		const { w, id, options } = lastCalibration();
		expect(options?.scope).toBe('full');
		expect(device.owner).toBe('mnasnet');
		expect(calibration.calibrating).toBe(true);
		expect(calibration.busy).toBe(true);
		expect(calibration.progress).toBeNull(); // before the worker knows how many shapes
		w.reply({ type: 'progress', id, phase: 'calibrating', done: 3, total: 12 });
		expect(calibration.progress).toBe(3 / 12);
		w.reply({ type: 'calibrated', id, table });
		expect(await done).toEqual(table);
		expect(device.table).toEqual(table);
		expect(device.owner).toBeNull();
		expect(calibration.calibrating).toBe(false);
		expect(calibration.busy).toBe(false);
	});

	it.each([
		// [lock holder, runner already running, started]
		[null, false, true],
		['nasfpn', false, false],
		['search', false, false],
		[null, true, false]
	] as const)('lock held by %s, runner running %s: starts %s', async (holder, running, started) => {
		const { device, runner, calibration } = setup(holder);
		if (running) runner.calibrate(defaultCalibration());
		const before = FakeWorker.all.flatMap((w) => w.sent).length;
		const done = calibration.calibrate(defaultCalibration());
		expect(FakeWorker.all.flatMap((w) => w.sent).length - before).toBe(started ? 1 : 0);
		if (!started) {
			expect(await done).toBeNull();
			expect(device.owner).toBe(holder);
		}
	});

	it('is cancelled from any cell through the runner: resolves null, keeps no table, releases the lock', async () => {
		const { device, runner, calibration } = setup();
		const done = calibration.calibrate(defaultCalibration());
		const { w, id } = lastCalibration();
		calibration.cancel();
		expect(w.sent.at(-1)).toEqual({ type: 'cancel', id });
		w.reply({ type: 'cancelled', id });
		expect(await done).toBeNull();
		expect(calibration.cancelled).toBe(true);
		expect(calibration.error).toBe('');
		expect(device.table).toBeNull();
		expect(device.owner).toBeNull();
		expect(runner.status).toBe('cancelled');
	});

	it('reports the worker’s error as the calibration’s, and a later run’s error not', async () => {
		const { calibration, runner } = setup();
		const done = calibration.calibrate(defaultCalibration());
		const { w, id } = lastCalibration();
		w.reply({ type: 'error', id, message: 'no wasm' });
		expect(await done).toBeNull();
		expect(calibration.error).toBe('no wasm');
		expect(calibration.cancelled).toBe(false);
		runner.run(
			{ kind: 'mnasnet', spec: mnasPreset('mnasnet-small') },
			{ backend: 'wasm', variant: 'folded', warmups: 1, runs: 1, profile: false, memoryLimitBytes: 2 ** 30 },
			'x'
		);
		const run = workersOf<FromWorker, ToWorker>('/tfjs/worker.ts').at(-1)!;
		run.reply({ type: 'error', id: run.sent.at(-1)!.id, message: 'run failed' });
		expect(runner.error).toBe('run failed');
		expect(calibration.error).toBe('');
	});

	it('cancel does nothing while the runner runs a network (that is the run cell’s Cancel)', () => {
		const { runner, calibration } = setup();
		runner.run(
			{ kind: 'mnasnet', spec: mnasPreset('mnasnet-small') },
			{ backend: 'wasm', variant: 'folded', warmups: 1, runs: 1, profile: false, memoryLimitBytes: 2 ** 30 },
			'x'
		);
		calibration.cancel();
		expect(FakeWorker.all[0].sent.map((m) => (m as ToWorker).type)).toEqual(['run']);
	});
});

describe('defaultCalibration', () => {
	it('times every shape of the space on wasm and labels the device', () => {
		const o = defaultCalibration();
		expect([o.backend, o.scope, o.spec]).toEqual(['wasm', 'full', undefined]);
		expect(o.device.length).toBeGreaterThan(0);
	});
});
