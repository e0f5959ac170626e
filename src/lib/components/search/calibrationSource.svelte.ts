// The TableSource of the explorer and search cells: the page-wide device table (deviceLatency, shared with the run
// cells and cached per device and backend); "Calibrate" times this device in a worker (tfjs wasm) under the page's
// run lock and hands the table to deviceLatency, so every cell uses the same one.
import { deviceLabel, deviceLatency } from '$lib/state/deviceLatency.svelte';
import type { FromCalibrateWorker } from '$lib/search/calibrateWorker';
import type { TableSource } from './tableSource';

export class CalibrationSource implements TableSource {
	calibrating = $state(false);
	progress = $state<number | null>(null);
	error = $state('');

	get table() {
		return deviceLatency.table;
	}

	/** another cell's run or calibration holds the page's run lock */
	get blocked(): boolean {
		return deviceLatency.owner !== null && deviceLatency.owner !== 'search';
	}

	/** Takes the page's run lock for a search; false while another cell runs or calibrates. */
	acquire(): boolean {
		return deviceLatency.acquire('search');
	}

	release(): void {
		deviceLatency.release('search');
	}

	calibrate(): void {
		if (this.calibrating || !deviceLatency.acquire('search')) return;
		this.calibrating = true;
		this.progress = 0;
		this.error = '';
		const worker = new Worker(new URL('../../search/calibrateWorker.ts', import.meta.url), { type: 'module' });
		const finish = () => {
			this.calibrating = false;
			this.progress = null;
			worker.terminate();
			deviceLatency.release('search');
		};
		worker.onmessage = (e: MessageEvent<FromCalibrateWorker>) => {
			const m = e.data;
			if (m.type === 'progress') this.progress = m.total > 0 ? m.done / m.total : null;
			else if (m.type === 'table') {
				deviceLatency.adopt(m.table).catch(() => {}); // the cache may be blocked; the table still serves the page
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
		worker.postMessage({ device: deviceLabel() });
	}
}
