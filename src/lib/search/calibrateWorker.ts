/// <reference lib="webworker" />
// Calibrates this device's latency table for the explorer and the search (tfjs on wasm, loaded only here).
import type { LatencyTable } from '$lib/arch/latency/table';

declare const self: DedicatedWorkerGlobalScope;

export type FromCalibrateWorker =
	| { type: 'progress'; done: number; total: number }
	| { type: 'table'; table: LatencyTable }
	| { type: 'error'; message: string };

function post(m: FromCalibrateWorker): void {
	self.postMessage(m);
}

self.onmessage = async (e: MessageEvent<{ device: string }>) => {
	try {
		const [backend, urls, calibration] = await Promise.all([
			import('$lib/tfjs/backend'),
			import('$lib/tfjs/wasmUrls'),
			import('$lib/tfjs/latencyCalibrate')
		]);
		backend.useWasmPaths(urls.WASM_PATHS);
		await backend.setupBackend('wasm');
		const table = await calibration.calibrateLatencyTable({
			device: e.data.device,
			onProgress: (done, total) => post({ type: 'progress', done, total })
		});
		post({ type: 'table', table });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
