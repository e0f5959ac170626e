import { describe, it, expect } from 'vitest';
import { formatBytes, formatBytesApart, formatCount, formatInt, formatShape, formatShare } from '$lib/arch/format';

describe('formatCount', () => {
	it.each([
		[4_383_312, '4.38 M'], // torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: torchvision mnasnet1_0 params
		[314_415_872, '314.4 M'], // torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: mnasnet1_0 MACs
		[999, '999'],
		[1_000, '1.00 k'],
		[999_960, '1.00 M'],
		[1_619_383_872, '1.62 G'],
		[0, '0'],
		[NaN, '–']
	])('formatCount(%d) = %s', (n, text) => {
		expect(formatCount(n)).toBe(text);
	});
});

describe('formatInt / formatBytes / formatShare / formatShape', () => {
	it('formats exactly, independent of locale', () => {
		expect(formatInt(4_383_312)).toBe('4,383,312');
		expect(formatInt(512)).toBe('512');
		expect(formatInt(Infinity)).toBe('–');
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(3_211_264)).toBe('3.2 MB');
		expect(formatBytes(1_200_000_000)).toBe('1.2 GB');
		expect(formatShare(0.1234)).toBe('12.3 %');
		expect(formatShape([112, 112, 32])).toBe('112×112×32');
	});
});

describe('formatBytesApart', () => {
	// the memory guard's limit is 2^30 bytes (1,073,741,824); a network needing 1.13 GB must not read "1.1 GB … 1.1 GB"
	it.each([
		[1_130_000_000, 2 ** 30, ['1.13 GB', '1.07 GB']],
		[2_000_000_000, 2 ** 30, ['2.0 GB', '1.1 GB']],
		[2 ** 30 + 1, 2 ** 30, ['1,073,741,825 B', '1,073,741,824 B']],
		[2 ** 30, 2 ** 30, ['1.1 GB', '1.1 GB']]
	])('%d and %d', (a, b, expected) => {
		expect(formatBytesApart(a, b)).toEqual(expected);
	});
});
