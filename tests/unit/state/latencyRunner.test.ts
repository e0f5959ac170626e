// LatencyRunner (the page side of runs) with a stand-in Worker: results and history, refusal before any worker
// starts, errors and crashes that replace the worker, cancel (cooperative, then forced), and worker start-up modes.
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { mnasPreset } from '../../../src/lib/arch/mnasnet';
import { LatencyRunner } from '../../../src/lib/state/latencyRunner.svelte';
import { FakeWorker as BaseWorker } from './fakeWorker';
import type {
	FromWorker,
	NetworkJob,
	RunOptions,
	RunRequest,
	RunResult,
	ToWorker
} from '../../../src/lib/tfjs/protocol';

class FakeWorker extends BaseWorker<FromWorker, ToWorker> {
	lastRun(): RunRequest {
		return this.sent.filter((m): m is RunRequest => m.type === 'run').at(-1)!;
	}
}
const workers = () => BaseWorker.all as FakeWorker[];

const job: NetworkJob = { kind: 'mnasnet', spec: { ...mnasPreset('mnasnet-small'), resolution: 96 } };
const options: RunOptions = {
	backend: 'wasm',
	variant: 'folded',
	warmups: 1,
	runs: 3,
	profile: false,
	memoryLimitBytes: 2 ** 30
};

function result(median: number): RunResult {
	return {
		backend: {
			backend: 'wasm',
			requested: 'wasm',
			wasmBinary: 'tfjs-backend-wasm-simd.wasm',
			simd: true,
			threads: 1,
			crossOriginIsolated: false,
			hardwareConcurrency: 2
		},
		variant: 'folded',
		params: 2_030_264,
		macs: 1,
		buildMs: 1,
		firstMs: 1,
		warmups: 1,
		times: [median],
		stats: { n: 1, median, p10: median, p90: median, min: median, max: median, mean: median },
		profile: null,
		tensorsBefore: 0,
		tensorsAfter: 0,
		tfjsVersion: '4.22.0',
		paired: null,
		budgetHit: false,
		profileSkipped: false
	};
}

beforeEach(() => {
	BaseWorker.all = [];
	vi.stubGlobal('Worker', FakeWorker);
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('LatencyRunner', () => {
	it('the memory limit holds for the page: a runner starting its worker ends the idle worker of another panel', async () => {
		const mnas = new LatencyRunner();
		const fpn = new LatencyRunner();
		const first = mnas.run(job, options, 'mnasnet panel');
		const w1 = workers()[0];
		w1.reply({ type: 'result', id: w1.lastRun().id, result: result(10) });
		await first;
		expect(mnas.holdsWorker).toBe(true);
		fpn.run(job, options, 'nasfpn panel');
		expect(w1.terminated).toBe(true); // its wasm heap is given back before the other panel allocates its own
		expect(mnas.holdsWorker).toBe(false);
		expect(mnas.history).toHaveLength(1); // what it measured stays on screen
		// a busy runner is left alone: only idle workers are ended
		const w2 = workers()[1];
		mnas.run(job, options, 'again');
		expect(w2.terminated).toBe(false);
		mnas.dispose();
		fpn.dispose();
	});

	it('starts a module worker on the first run, reports progress and the result, and adds a history row', async () => {
		const runner = new LatencyRunner();
		expect(workers()).toHaveLength(0); // nothing before the first run
		const done = runner.run(job, options, 'mnasnet-small');
		const w = workers()[0];
		expect(w.options.type).toBe('module');
		expect(runner.status).toBe('running');
		const { id } = w.lastRun();
		w.reply({ type: 'progress', id, phase: 'timing', done: 1, total: 3 });
		expect(runner.phase).toBe('timing');
		expect(runner.progress).toEqual({ done: 1, total: 3 });
		w.reply({ type: 'result', id, result: result(12.5) });
		expect(await done).not.toBeNull();
		expect(runner.status).toBe('done');
		expect(runner.result?.stats.median).toBe(12.5);
		expect(runner.history.map((h) => [h.n, h.summary, h.medianMs])).toEqual([[1, 'mnasnet-small', 12.5]]);
		// the next run reuses the same worker
		runner.run(job, options, 'again');
		expect(workers()).toHaveLength(1);
	});

	it('a paired run sends pairWith to the worker and adds one history row per graph', async () => {
		const runner = new LatencyRunner();
		const done = runner.run(job, { ...options, pairWith: 'layers' }, 'mnasnet-small');
		const w = workers()[0];
		const req = w.lastRun();
		expect(req.options.pairWith).toBe('layers');
		const r = result(10);
		const stats = { n: 1, median: 20, p10: 20, p90: 20, min: 20, max: 20, mean: 20 };
		w.reply({
			type: 'result',
			id: req.id,
			result: { ...r, paired: { variant: 'layers', buildMs: 1, firstMs: 1, times: [20], stats } }
		});
		expect(await done).not.toBeNull();
		expect(runner.history.map((h) => [h.n, h.variant, h.medianMs])).toEqual([
			[1, 'folded', 10],
			[2, 'layers', 20]
		]);
	});

	it('refuses a paired run whose two networks together pass the memory limit', async () => {
		const { estimateMemory } = await import('../../../src/lib/tfjs/memoryEstimate');
		const one = estimateMemory(job, 'folded').totalBytes;
		const both = estimateMemory(job, ['folded', 'layers']).totalBytes;
		const runner = new LatencyRunner();
		const limit = Math.floor((one + both) / 2);
		expect(await runner.run(job, { ...options, pairWith: 'layers', memoryLimitBytes: limit }, 'x')).toBeNull();
		expect(runner.status).toBe('refused');
		expect(workers()).toHaveLength(0);
	});

	it('refuses a network above the memory limit without starting a worker', async () => {
		const runner = new LatencyRunner();
		expect(await runner.run(job, { ...options, memoryLimitBytes: 1000 }, 'x')).toBeNull();
		expect(runner.status).toBe('refused');
		expect(runner.refused!.totalBytes).toBeGreaterThan(1000);
		expect(workers()).toHaveLength(0);
	});

	it.each([
		['an error message', (w: FakeWorker, id: number) => w.reply({ type: 'error', id, message: 'boom' }), 'error'],
		['a crash', (w: FakeWorker) => w.crash('boom'), 'crashed']
	])('after %s: says so, terminates the worker, and the next run starts a fresh one', async (_n, fail, kind) => {
		const runner = new LatencyRunner();
		const done = runner.run(job, options, 'x');
		const w = workers()[0];
		fail(w, w.lastRun().id);
		expect(await done).toBeNull();
		expect(runner.status).toBe('error');
		expect(runner.failure).toBe(kind);
		expect(runner.error).toBe('boom');
		expect(w.terminated).toBe(true);
		runner.run(job, options, 'y');
		expect(workers()).toHaveLength(2);
		expect(runner.error).toBeNull();
	});

	it('gives up on a worker that stops answering', async () => {
		const runner = new LatencyRunner();
		const done = runner.run(job, options, 'x');
		vi.advanceTimersByTime(300_001);
		expect(await done).toBeNull();
		expect(runner.failure).toBe('unresponsive');
		expect(workers()[0].terminated).toBe(true);
	});

	it('cancels cooperatively, or terminates the worker when it does not answer in time', async () => {
		const runner = new LatencyRunner();
		let done = runner.run(job, options, 'x');
		const w = workers()[0];
		runner.cancel();
		expect(w.sent.at(-1)).toEqual({ type: 'cancel', id: w.lastRun().id });
		w.reply({ type: 'cancelled', id: w.lastRun().id });
		expect(await done).toBeNull();
		expect(runner.status).toBe('cancelled');
		expect(w.terminated).toBe(false);

		done = runner.run(job, options, 'y');
		runner.cancel();
		vi.advanceTimersByTime(1600); // busy in a long synchronous build: no answer
		expect(await done).toBeNull();
		expect(runner.status).toBe('cancelled');
		expect(w.terminated).toBe(true);
	});

	it('starts a fresh worker when the wasm start-up settings change (threads, reported cores)', () => {
		const runner = new LatencyRunner();
		runner.run(job, { ...options, wasmThreads: true }, 'x');
		workers()[0].reply({ type: 'result', id: workers()[0].lastRun().id, result: result(1) });
		runner.run(job, { ...options, wasmThreads: false }, 'y');
		expect(workers()).toHaveLength(2);
		expect(workers()[0].terminated).toBe(true);
	});

	it('ignores a second run while one is going, and messages for other runs', async () => {
		const runner = new LatencyRunner();
		runner.run(job, options, 'x');
		expect(await runner.run(job, options, 'y')).toBeNull();
		const w = workers()[0];
		expect(w.sent.filter((m) => m.type === 'run')).toHaveLength(1);
		w.reply({ type: 'result', id: 999, result: result(1) });
		expect(runner.status).toBe('running');
	});
});

describe('LatencyRunner.calibrate', () => {
	const table = {
		version: 2 as const,
		backend: 'wasm',
		graph: 'folded' as const,
		device: 'd',
		date: '',
		overheadMs: 0,
		entries: []
	};

	it('sends a calibrate request, reports progress and resolves with the table; no history row, no result', async () => {
		const runner = new LatencyRunner();
		const done = runner.calibrate({
			backend: 'wasm',
			scope: 'network',
			spec: job.kind === 'mnasnet' ? job.spec : undefined,
			device: 'd'
		});
		const w = workers()[0];
		const req = w.sent.at(-1)!;
		expect(req.type).toBe('calibrate');
		expect(runner.task).toBe('calibrate');
		w.reply({ type: 'progress', id: req.id, phase: 'calibrating', done: 2, total: 5 });
		expect(runner.progress).toEqual({ done: 2, total: 5 });
		w.reply({ type: 'calibrated', id: req.id, table });
		expect(await done).toEqual(table);
		expect(runner.status).toBe('done');
		expect(runner.task).toBeNull();
		expect(runner.lastTask).toBe('calibrate');
		expect(runner.history).toEqual([]);
		expect(runner.result).toBeNull();
	});

	it('resolves null when cancelled, and refuses while a run is pending', async () => {
		const runner = new LatencyRunner();
		runner.run(job, options, 'x');
		expect(await runner.calibrate({ backend: 'wasm', scope: 'full', device: 'd' })).toBeNull();
		const w = workers()[0];
		w.reply({ type: 'result', id: w.lastRun().id, result: result(3) });
		const done = runner.calibrate({ backend: 'wasm', scope: 'full', device: 'd' });
		const req = w.sent.at(-1)!;
		runner.cancel();
		w.reply({ type: 'cancelled', id: req.id });
		expect(await done).toBeNull();
		expect(runner.status).toBe('cancelled');
	});
});
