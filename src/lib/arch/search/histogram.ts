// Equal-width bins of a list of numbers (the sampled latencies of a search, on the page and in the CLI).

export interface Histogram {
	lo: number;
	hi: number;
	counts: number[];
}

/** Counts per bin on [lo, hi); values below lo go to the first bin, at or above hi to the last; NaN is skipped. */
export function histogram(values: readonly number[], lo: number, hi: number, bins: number): Histogram {
	const counts = new Array<number>(Math.max(1, Math.floor(bins))).fill(0);
	const width = (hi - lo) / counts.length;
	for (const v of values) {
		if (!Number.isFinite(v)) continue;
		const i = width > 0 ? Math.floor((v - lo) / width) : 0;
		counts[Math.min(counts.length - 1, Math.max(0, i))]++;
	}
	return { lo, hi, counts };
}
