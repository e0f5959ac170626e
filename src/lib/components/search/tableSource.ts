// What the explorer and the search need from the device's calibration: the table (null until calibrated), whether a
// calibration is running, and a way to start one. The page passes whichever calibration it owns.
import type { LatencyTable } from '$lib/arch/latency/table';

export interface TableSource {
	readonly table: LatencyTable | null;
	readonly calibrating: boolean;
	/** 0…1 while calibrating, when known */
	readonly progress?: number | null;
	/** why the last calibration failed, '' otherwise */
	readonly error: string;
	/** another cell's run or calibration holds the page's run lock (one at a time keeps timings honest) */
	readonly blocked: boolean;
	calibrate(): void;
	/** the run lock for a search: false while blocked */
	acquire(): boolean;
	release(): void;
}
