// Calibrating this device, one path for the whole page: the run cell's "Calibrate this device", the search cells'
// button and the search's first run all ask the same runner (the MnasNet run cell's, which shows the progress and
// whose Cancel stops it), under the page-wide run lock, and the table lands in deviceLatency (cached in IndexedDB).
import type { LatencyTable } from '$lib/arch/latency/table';
import type { CalibrateOptions } from '$lib/tfjs/protocol';
import { deviceLabel, deviceLatency, type DeviceLatency, type RunOwner } from './deviceLatency.svelte';
import { LatencyRunner } from './latencyRunner.svelte';

/** A calibration with the run cell's defaults: every layer shape of the search space, wasm, the folded graph. */
export function defaultCalibration(): CalibrateOptions {
	return {
		backend: 'wasm',
		scope: 'full',
		device: deviceLabel(),
		hardwareConcurrency: typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined
	};
}

export class DeviceCalibration {
	constructor(
		readonly runner: LatencyRunner,
		readonly device: DeviceLatency,
		/** the cell the runner belongs to: a calibration holds the page's run lock in its name */
		readonly owner: RunOwner
	) {}

	/** a calibration is running, whoever asked for it */
	get calibrating(): boolean {
		return this.runner.task === 'calibrate';
	}

	/** 0…1 while calibrating, once the worker knows how many shapes it times */
	get progress(): number | null {
		const p = this.runner.progress;
		return this.calibrating && p && p.total > 0 ? p.done / p.total : null;
	}

	/** why the last calibration failed, '' otherwise */
	get error(): string {
		return this.runner.lastTask === 'calibrate' && this.runner.status === 'error' ? (this.runner.error ?? '') : '';
	}

	/** the last calibration was cancelled (from any of the cells that show it) */
	get cancelled(): boolean {
		return this.runner.lastTask === 'calibrate' && this.runner.status === 'cancelled';
	}

	/** The runner is busy or another cell holds the run lock: a calibration asked now would be refused. */
	get busy(): boolean {
		return this.runner.running || (this.device.owner !== null && this.device.owner !== this.owner);
	}

	/** Times this device's layer shapes and adopts the table; null when busy, cancelled or failed. */
	async calibrate(options: CalibrateOptions): Promise<LatencyTable | null> {
		if (this.runner.running || !this.device.acquire(this.owner)) return null;
		try {
			const table = await this.runner.calibrate(options);
			if (table) await this.device.adopt(table);
			return table;
		} finally {
			this.device.release(this.owner);
		}
	}

	cancel(): void {
		if (this.calibrating) this.runner.cancel();
	}
}

/** The MnasNet run cell's runner: page-wide, so a search cell can calibrate before (or without) that cell. */
export const mnasnetRunner = new LatencyRunner();

export const deviceCalibration = new DeviceCalibration(mnasnetRunner, deviceLatency, 'mnasnet');
