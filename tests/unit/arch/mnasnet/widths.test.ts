import { describe, it, expect } from 'vitest';
import { blockChannels, headChannels, roundFilters, seReduceWidth, stemChannels } from '$lib/arch/mnasnet';

describe('roundFilters', () => {
	// tensorflow/tpu models/official/mnasnet/mnasnet_models.py (TF round_filters) and §2 (torchvision _round_to_multiple_of, same rule)
	it.each([
		// [filters, multiplier, expected, why]
		[32, 1.0, 32, 'multiple of 8 stays'],
		[36, 1.0, 40, 'int(36 + 4) // 8 * 8 = 40 (round to nearest, ties up)'],
		[24, 0.75, 24, '18 → int(22)//8*8 = 16 < 0.9·18 = 16.2 → +8 = 24 (the 90 % rule)'],
		[40, 0.75, 32, '30 → int(34)//8*8 = 32'],
		[16, 0.5, 8, '8 → 8'],
		[8, 0.5, 8, '4 → max(8, 8) = 8 (min depth = divisor)'],
		[320, 1.3, 416, '416 → 416 (torchvision 1.3 depths, pytorch/vision torchvision/models/mnasnet.py)'],
		[192, 1.3, 248, '249.6 → int(253.6)//8*8 = 248 ≥ 224.6'],
		[96, 1.3, 128, '124.8 → int(128.8)//8*8 = 128'],
		[37, 0, 37, 'a falsy multiplier returns the filters unchanged (TF: if not multiplier)']
	])('roundFilters(%d, %d) = %d (%s)', (filters, multiplier, expected) => {
		expect(roundFilters(filters, multiplier)).toBe(expected);
	});

	it('honours divisor and minDepth', () => {
		// int(10 + 2)//4*4 = 12 ≥ 9 → 12; minDepth 16 wins over 12
		expect(roundFilters(10, 1, 4)).toBe(12);
		expect(roundFilters(10, 1, 4, 16)).toBe(16);
	});
});

describe('stemChannels / blockChannels / headChannels', () => {
	// the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py (lecture: int(32·w), SepConv fixed 16, int(c·w), head int(1280·w) only when w > 1)
	it('lecture truncates and keeps the sepconv width', () => {
		const spec = { convention: 'lecture' as const, widthMult: 0.75, stem: 32, head: 1280 };
		expect(stemChannels(spec)).toBe(24);
		expect(blockChannels(spec, { op: 'sepconv', c: 16 })).toBe(16);
		expect(blockChannels(spec, { op: 'mbconv', c: 40 })).toBe(30); // int(40·0.75), no /8 rounding
		expect(headChannels(spec)).toBe(1280);
		expect(headChannels({ ...spec, widthMult: 1.3 })).toBe(1664); // int(1280·1.3)
	});

	// tensorflow/tpu models/official/mnasnet/mnasnet_models.py: head fixed at 1280 in TF; widths rounded to multiples of 8
	it('tf rounds every width and never scales the head', () => {
		const spec = { convention: 'tf' as const, widthMult: 0.75, stem: 32, head: 1280 };
		expect(stemChannels(spec)).toBe(24);
		expect(blockChannels(spec, { op: 'sepconv', c: 16 })).toBe(16);
		expect(blockChannels(spec, { op: 'mbconv', c: 40 })).toBe(32);
		expect(headChannels({ ...spec, widthMult: 1.3 })).toBe(1280);
		// depth_multiplier None (the TF presets' default) skips round_filters: mnasnet-d1's 36 stays 36
		expect(blockChannels({ convention: 'tf', widthMult: 1 }, { op: 'mbconv', c: 36 })).toBe(36);
	});

	// tensorflow/tpu models/official/mnasnet/mnasnet_models.py: num_reduced = max(1, int(input_filters · se_ratio))
	it.each([
		[24, 0.25, 6],
		[40, 0.25, 10],
		[3, 0.25, 1],
		[40, 0, 0]
	])('seReduceWidth(%d, %d) = %d', (c, se, expected) => {
		expect(seReduceWidth(c, se)).toBe(expected);
	});
});
