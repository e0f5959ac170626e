import { describe, it, expect } from 'vitest';
import { quantileSorted, summarize } from '../../../src/lib/tfjs/stats';

describe('quantileSorted', () => {
	// expected values: NumPy's default (linear, R type 7), e.g. numpy.percentile([1,2,3,4], 10) = 1.3
	it.each([
		[[1, 2, 3, 4], 0.5, 2.5],
		[[1, 2, 3, 4], 0.1, 1.3],
		[[1, 2, 3, 4], 0.9, 3.7],
		[[5], 0.9, 5],
		[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.1, 2],
		[[0, 10], 0, 0],
		[[0, 10], 1, 10]
	])('%j at q=%d → %d', (xs, q, expected) => {
		expect(quantileSorted(xs, q)).toBeCloseTo(expected, 12);
	});

	it('throws on no samples', () => {
		expect(() => quantileSorted([], 0.5)).toThrow();
	});
});

describe('summarize', () => {
	it('sorts, ignores non-finite samples and reports median, p10, p90, min, max, mean', () => {
		const s = summarize([4, 1, NaN, 3, 2, Infinity]);
		expect(s).toEqual({ n: 4, median: 2.5, p10: 1.3, p90: 3.7, min: 1, max: 4, mean: 2.5 });
	});

	it('returns null (never NaN) for no finite samples', () => {
		expect(summarize([])).toBeNull();
		expect(summarize([NaN])).toBeNull();
	});
});
