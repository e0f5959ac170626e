// The shape of a side-by-side comparison of two cost reports (MnasNet blocks or NAS-FPN nodes).
import type { Shape3 } from '../mnasnet';

/** One side of one row. `outShape` is [H, W, C], or null for rows without a single output (totals, input stage). */
export interface CompareSideCost {
	label: string;
	params: number;
	macs: number;
	outShape: Shape3 | null;
}

/** One aligned row. A side is null when that network has no such block/cell. Deltas are right − left (a missing
 * side counts as 0); ratios are right / left, null when a side is missing or left is 0. */
export interface CompareRow {
	key: string;
	left: CompareSideCost | null;
	right: CompareSideCost | null;
	paramsDelta: number;
	macsDelta: number;
	paramsRatio: number | null;
	macsRatio: number | null;
}

export interface Comparison {
	rows: CompareRow[];
	total: CompareRow;
}
