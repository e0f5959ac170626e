// The page side of latency runs: owns the module worker, sends one run at a time, and exposes what the panel
// shows as reactive state. A worker that fails, dies or stops answering is terminated and the next run starts
// a fresh one; the page itself never does the heavy work.
import { DEFAULT_MEMORY_LIMIT_BYTES, estimateMemory, type MemoryEstimate } from '$lib/tfjs/memoryEstimate';
import type { LatencyTable } from '$lib/arch/latency/table';
import {
	runVariants,
	type BackendInfo,
	type CalibrateOptions,
	type FromWorker,
	type NetworkJob,
	type Phase,
	type RunOptions,
	type RunResult
} from '$lib/tfjs/protocol';
import type { HistoryEntry } from '$lib/tfjs/history';

export type RunnerStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled' | 'refused';

/** Why the last run failed: the worker reported an error, or the worker itself died / hung. */
export type FailureKind = 'error' | 'crashed' | 'unresponsive';

/** Silence (no progress message) after which a running worker is considered dead. A single cpu-backend run of
 * a large pyramid can take minutes, so this is generous; Cancel is always available. */
const WATCHDOG_MS = 300_000;
/** How long a cooperative cancel may take before the worker is terminated. */
const CANCEL_GRACE_MS = 1500;

interface Pending {
	id: number;
	/** null for a calibration */
	job: NetworkJob | null;
	summary: string;
	resolve: (r: RunResult | null) => void;
	resolveTable?: (t: LatencyTable | null) => void;
}

/** Every runner on the page. A worker's wasm heap never shrinks, so before one runner starts its worker the others
 * end their idle ones: two panels' heaps never add up, and the memory limit holds for the page, not per panel
 * (runs themselves never overlap: the page runs one at a time). */
const PAGE_RUNNERS = new Set<LatencyRunner>();

export class LatencyRunner {
	status = $state<RunnerStatus>('idle');
	phase = $state<Phase | null>(null);
	progress = $state<{ done: number; total: number } | null>(null);
	backend = $state.raw<BackendInfo | null>(null);
	result = $state.raw<RunResult | null>(null);
	/** the network the current `result` was measured on */
	resultJob = $state.raw<NetworkJob | null>(null);
	error = $state<string | null>(null);
	failure = $state<FailureKind | null>(null);
	refused = $state.raw<MemoryEstimate | null>(null);
	history = $state.raw<HistoryEntry[]>([]);

	#worker: Worker | null = null;
	/** start-up settings the current worker's backend was initialised with (fixed for its lifetime) */
	#workerMode: string | null = null;
	#nextId = 1;
	#pending: Pending | null = null;
	#watchdog: ReturnType<typeof setTimeout> | null = null;
	#cancelTimer: ReturnType<typeof setTimeout> | null = null;

	/** what the worker is doing: a run or a calibration (null when idle) */
	task = $state<'run' | 'calibrate' | null>(null);
	/** the last task started (kept after it ends, so a status can say what was cancelled) */
	lastTask = $state<'run' | 'calibrate' | null>(null);

	constructor() {
		PAGE_RUNNERS.add(this);
	}

	get running(): boolean {
		return this.status === 'running';
	}

	/** Whether this runner holds a worker now (its tfjs heap counts against the page's memory). */
	get holdsWorker(): boolean {
		return this.#worker !== null;
	}

	/** End the worker if it is idle, giving its memory back; the next task starts a fresh one. */
	releaseIdle(): void {
		if (!this.#pending) this.#kill();
	}

	#spawn(): Worker {
		const w = new Worker(new URL('../tfjs/worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (e: MessageEvent<FromWorker>) => this.#onMessage(e.data);
		w.onerror = (e: ErrorEvent) => {
			e.preventDefault();
			this.#fail('crashed', e.message || 'the worker stopped with an error');
		};
		w.onmessageerror = () => this.#fail('crashed', 'a message from the worker could not be read');
		return w;
	}

	#kill(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#workerMode = null;
	}

	#arm(): void {
		if (this.#watchdog) clearTimeout(this.#watchdog);
		this.#watchdog = setTimeout(() => this.#fail('unresponsive', 'the worker stopped responding'), WATCHDOG_MS);
	}

	#settle(status: RunnerStatus, result: RunResult | null): void {
		if (this.#watchdog) clearTimeout(this.#watchdog);
		if (this.#cancelTimer) clearTimeout(this.#cancelTimer);
		this.#watchdog = this.#cancelTimer = null;
		this.status = status;
		this.phase = null;
		this.progress = null;
		this.task = null;
		const p = this.#pending;
		this.#pending = null;
		p?.resolve(result);
		p?.resolveTable?.(null);
	}

	#fail(kind: FailureKind, message: string): void {
		if (!this.#pending) return;
		// a worker that failed may hold a broken wasm heap: always start the next run on a fresh one
		this.#kill();
		this.failure = kind;
		this.error = message;
		this.#settle('error', null);
	}

	#onMessage(m: FromWorker): void {
		const p = this.#pending;
		if (!p || m.id !== p.id) return;
		this.#arm();
		switch (m.type) {
			case 'progress':
				this.phase = m.phase;
				this.progress = m.total ? { done: m.done ?? 0, total: m.total } : null;
				break;
			case 'backend':
				this.backend = m.info;
				break;
			case 'refused':
				this.refused = m.estimate;
				this.#settle('refused', null);
				break;
			case 'cancelled':
				this.#settle('cancelled', null);
				break;
			case 'error':
				this.#fail('error', m.message);
				break;
			case 'calibrated': {
				const resolveTable = p.resolveTable;
				p.resolveTable = undefined;
				this.#settle('done', null);
				resolveTable?.(m.table);
				break;
			}
			case 'result': {
				if (!p.job) break;
				this.result = m.result;
				this.resultJob = p.job;
				this.backend = m.result.backend;
				// a paired run adds a row for each graph (same network, same backend)
				const job = p.job;
				const rows = [this.#entry({ ...p, job }, m.result, this.history.length + 1)];
				const pr = m.result.paired;
				if (pr)
					rows.push(
						this.#entry({ ...p, job }, { ...m.result, variant: pr.variant, stats: pr.stats }, this.history.length + 2)
					);
				this.history = [...this.history, ...rows];
				this.#settle('done', m.result);
				break;
			}
		}
	}

	#entry(
		p: Pending & { job: NetworkJob },
		r: Pick<RunResult, 'backend' | 'variant' | 'params' | 'macs' | 'stats'>,
		n: number
	): HistoryEntry {
		return {
			n,
			kind: p.job.kind,
			summary: p.summary,
			backend: r.backend.backend,
			threads: r.backend.threads,
			variant: r.variant,
			params: r.params,
			macs: r.macs,
			medianMs: r.stats.median,
			p90Ms: r.stats.p90,
			minMs: r.stats.min,
			at: new Date().toISOString()
		};
	}

	/** Runs one job; resolves with the result, or null when it was refused, cancelled or failed. */
	run(job: NetworkJob, options: RunOptions, summary: string): Promise<RunResult | null> {
		if (this.#pending) return Promise.resolve(null);
		this.error = null;
		this.failure = null;
		this.refused = null;
		const limit = options.memoryLimitBytes || DEFAULT_MEMORY_LIMIT_BYTES;
		const estimate = estimateMemory(job, runVariants(options), limit);
		if (!estimate.ok) {
			this.refused = estimate;
			this.status = 'refused';
			return Promise.resolve(null);
		}
		return new Promise((resolve) => {
			const id = this.#nextId++;
			this.#pending = { id, job, summary, resolve };
			this.task = this.lastTask = 'run';
			// $state proxies cannot be cloned: send plain copies
			this.#send(options, {
				type: 'run',
				id,
				job: JSON.parse(JSON.stringify(job)) as NetworkJob,
				options: { ...options, memoryLimitBytes: limit }
			});
		});
	}

	/** Times the layer shapes in the worker; resolves with the table, or null when cancelled or failed. */
	calibrate(options: CalibrateOptions): Promise<LatencyTable | null> {
		if (this.#pending) return Promise.resolve(null);
		this.error = null;
		this.failure = null;
		this.refused = null;
		return new Promise((resolveTable) => {
			const id = this.#nextId++;
			this.#pending = { id, job: null, summary: '', resolve: () => {}, resolveTable };
			this.task = this.lastTask = 'calibrate';
			const plain = JSON.parse(JSON.stringify(options)) as CalibrateOptions;
			this.#send(options, { type: 'calibrate', id, options: plain });
		});
	}

	#send(mode: { wasmThreads?: boolean; hardwareConcurrency?: number }, message: unknown): void {
		this.status = 'running';
		this.phase = 'loading';
		this.progress = null;
		try {
			// wasm threads and the core count are fixed when a worker's wasm backend starts
			const key = JSON.stringify([mode.wasmThreads !== false, mode.hardwareConcurrency ?? null]);
			if (this.#worker && this.#workerMode !== key) this.#kill();
			for (const other of PAGE_RUNNERS) if (other !== this) other.releaseIdle();
			this.#worker ??= this.#spawn();
			this.#workerMode = key;
			this.#worker.postMessage(message);
			this.#arm();
		} catch (e) {
			this.#fail('crashed', e instanceof Error ? e.message : String(e));
		}
	}

	cancel(): void {
		const p = this.#pending;
		if (!p || !this.#worker) return;
		this.#worker.postMessage({ type: 'cancel', id: p.id });
		this.#cancelTimer ??= setTimeout(() => {
			// the worker is inside a long synchronous build or kernel: stop it the hard way
			if (this.#pending?.id !== p.id) return;
			this.#kill();
			this.#settle('cancelled', null);
		}, CANCEL_GRACE_MS);
	}

	clearHistory(): void {
		this.history = [];
	}

	dispose(): void {
		if (this.#pending) this.#settle('cancelled', null);
		this.#kill();
		PAGE_RUNNERS.delete(this);
	}
}
