/// <reference lib="webworker" />
// The latency worker (a module worker). It loads tfjs only when the first run arrives (dynamic imports), so the
// page's own JavaScript never contains tfjs, and the page stays responsive while a network is built and timed.
import type { CalibrateRequest, FromWorker, RunRequest, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const cancelled = new Set<number>();
let queue: Promise<void> = Promise.resolve();

function post(m: FromWorker): void {
	self.postMessage(m);
}

// A macrotask without setTimeout's 4 ms clamp: lets a queued cancel message in between two runs.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
function breathe(): Promise<void> {
	return new Promise((resolve) => {
		waiting.push(resolve);
		channel.port2.postMessage(0);
	});
}

/** tfjs gives wasm half of navigator.hardwareConcurrency as threads; a worker sees the real value, so adopt
 * the page's (a benchmark page may report a different count). Must happen before the wasm module starts. */
function adoptCores(n: number | undefined): void {
	if (!n || !Number.isInteger(n) || n < 1 || navigator.hardwareConcurrency === n) return;
	try {
		Object.defineProperty(Object.getPrototypeOf(navigator), 'hardwareConcurrency', {
			get: () => n,
			configurable: true
		});
	} catch {
		// read-only in this browser: keep the worker's own value
	}
}

async function run(req: RunRequest): Promise<void> {
	const { id } = req;
	try {
		post({ type: 'progress', id, phase: 'loading' });
		adoptCores(req.options.hardwareConcurrency);
		const [backend, urls, session] = await Promise.all([
			import('./backend'),
			import('./wasmUrls'),
			import('./session')
		]);
		backend.useWasmPaths(urls.WASM_PATHS);
		const info = await backend.setupBackend(req.options.backend, { wasmThreads: req.options.wasmThreads });
		post({ type: 'backend', id, info });
		if (cancelled.has(id)) {
			post({ type: 'cancelled', id });
			return;
		}
		await session.runSession(req, info, { emit: post, cancelled: () => cancelled.has(id), breathe });
	} catch (e) {
		post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
	} finally {
		cancelled.delete(id);
	}
}

async function calibrate(req: CalibrateRequest): Promise<void> {
	const { id, options } = req;
	try {
		post({ type: 'progress', id, phase: 'loading' });
		adoptCores(options.hardwareConcurrency);
		const [backend, urls, cal, shapes] = await Promise.all([
			import('./backend'),
			import('./wasmUrls'),
			import('./latencyCalibrate'),
			import('../arch/latency/shapes')
		]);
		backend.useWasmPaths(urls.WASM_PATHS);
		const info = await backend.setupBackend(options.backend, { wasmThreads: options.wasmThreads });
		post({ type: 'backend', id, info });
		const network = options.scope === 'network' && options.spec ? options.spec : null;
		try {
			const table = await cal.calibrateLatencyTable({
				...(network ? { shapes: shapes.distinctShapes([network]), overheadSpecs: [network] } : {}),
				device: options.device,
				budgetMs: options.budgetMs,
				onProgress: (done, total) => post({ type: 'progress', id, phase: 'calibrating', done, total }),
				shouldStop: () => cancelled.has(id),
				breathe
			});
			post({ type: 'calibrated', id, table });
		} catch (e) {
			if (e instanceof cal.CalibrationCancelled) post({ type: 'cancelled', id });
			else throw e;
		}
	} catch (e) {
		post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
	} finally {
		cancelled.delete(id);
	}
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
	const msg = e.data;
	if (msg.type === 'cancel') cancelled.add(msg.id);
	else if (msg.type === 'run') queue = queue.then(() => run(msg));
	else if (msg.type === 'calibrate') queue = queue.then(() => calibrate(msg));
};
