// What the explorer and the search cells read of this device: the page's latency table (deviceLatency), the latency
// it predicts, and, while there is none, the page's one calibration (deviceCalibration) with its progress and Cancel.
import type { LatencyTable } from '$lib/arch/latency/table';
import type { MnasnetSpec } from '$lib/arch/mnasnet/spec';
import type { CalibrateOptions } from '$lib/tfjs/protocol';
import { deviceCalibration, defaultCalibration, type DeviceCalibration } from './deviceCalibration.svelte';
import { deviceLatency, type DeviceLatency } from './deviceLatency.svelte';

export class SearchTable {
	constructor(
		readonly device: DeviceLatency = deviceLatency,
		readonly calibration: DeviceCalibration = deviceCalibration,
		/** what a calibration asked from a search cell times */
		readonly options: () => CalibrateOptions = defaultCalibration
	) {}

	get table(): LatencyTable | null {
		return this.device.table;
	}

	/** Predicted latency of a spec in ms; null without a table or when the table cannot price it. */
	predictMs(spec: MnasnetSpec): number | null {
		const ms = this.device.predict(spec)?.totalMs;
		return ms !== undefined && Number.isFinite(ms) && ms > 0 ? ms : null;
	}

	get calibrating(): boolean {
		return this.calibration.calibrating;
	}

	get progress(): number | null {
		return this.calibration.progress;
	}

	get error(): string {
		return this.calibration.error;
	}

	get cancelled(): boolean {
		return this.calibration.cancelled;
	}

	/** A run elsewhere on the page (not a calibration, which these cells show and can cancel) holds the run lock. */
	get blocked(): boolean {
		return !this.calibrating && this.calibration.busy;
	}

	calibrate(): Promise<LatencyTable | null> {
		return this.calibration.calibrate(this.options());
	}

	cancelCalibration(): void {
		this.calibration.cancel();
	}

	/** The table, else the cached one of this device, else a calibration now (the search's first run); null when
	 * the calibration was refused, cancelled or failed. */
	async ensureTable(): Promise<LatencyTable | null> {
		if (this.table) return this.table;
		await this.device.restore(this.options().backend);
		return this.table ?? (await this.calibrate());
	}

	/** The page's run lock for a search: false while another cell runs or calibrates. */
	acquire(): boolean {
		return this.device.acquire('search');
	}

	release(): void {
		this.device.release('search');
	}
}
