// What the explorer and the search need from the device's calibration: the table (null until calibrated), whether a
// calibration is running, and a way to start one. The page passes whichever calibration it owns.
import type { LatencyTable } from '$lib/arch/latency/table';

export interface TableSource {
	readonly table: LatencyTable | null;
	readonly calibrating: boolean;
	/** 0…1 while calibrating, when known */
	readonly progress?: number | null;
	calibrate(): void;
}
