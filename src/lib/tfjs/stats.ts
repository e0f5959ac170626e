// Robust statistics of timed runs: median and the 10th / 90th percentiles (linear interpolation between order
// statistics, R type 7 / NumPy's default), plus min, max and mean. The tfjs benchmark tool reports only mean and
// min (tfjs's benchmark tool, tfjs/e2e/benchmarks); medians resist the other processes that share this machine's CPUs.

export interface RunStats {
	n: number;
	median: number;
	p10: number;
	p90: number;
	min: number;
	max: number;
	mean: number;
}

/** q-quantile (0 ≤ q ≤ 1) of an ascending array, linear interpolation between the closest ranks. */
export function quantileSorted(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) throw new Error('quantile of no samples');
	const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Statistics of the finite samples; null when there are none (never NaN). */
export function summarize(samples: readonly number[]): RunStats | null {
	const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (xs.length === 0) return null;
	return {
		n: xs.length,
		median: quantileSorted(xs, 0.5),
		p10: quantileSorted(xs, 0.1),
		p90: quantileSorted(xs, 0.9),
		min: xs[0],
		max: xs[xs.length - 1],
		mean: xs.reduce((a, b) => a + b, 0) / xs.length
	};
}
