// A TableSource of the explorer and search cells: calibrates this device in a worker on demand and keeps the table
// for the page's lifetime.
import type { LatencyTable } from '$lib/arch/latency/table';
import type { FromCalibrateWorker } from '$lib/search/calibrateWorker';
import type { TableSource } from './tableSource';

export class CalibrationSource implements TableSource {
	table = $state.raw<LatencyTable | null>(null);
	calibrating = $state(false);
	progress = $state<number | null>(null);
	error = $state('');

	calibrate(): void {
		if (this.calibrating) return;
		this.calibrating = true;
		this.progress = 0;
		this.error = '';
		const worker = new Worker(new URL('../../search/calibrateWorker.ts', import.meta.url), { type: 'module' });
		const finish = () => {
			this.calibrating = false;
			this.progress = null;
			worker.terminate();
		};
		worker.onmessage = (e: MessageEvent<FromCalibrateWorker>) => {
			const m = e.data;
			if (m.type === 'progress') this.progress = m.total > 0 ? m.done / m.total : null;
			else if (m.type === 'table') {
				this.table = m.table;
				finish();
			} else {
				this.error = m.message;
				finish();
			}
		};
		worker.onerror = (e) => {
			e.preventDefault();
			this.error = e.message || 'the calibration worker failed to start';
			finish();
		};
		worker.postMessage({ device: `${navigator.platform || 'browser'}, ${navigator.hardwareConcurrency ?? '?'} threads` });
	}
}
