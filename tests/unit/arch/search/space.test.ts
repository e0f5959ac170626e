import { describe, expect, it } from 'vitest';
import { MNAS_PRESET_IDS, mnasPreset, validateMnasnet } from '$lib/arch/mnasnet';
import {
	buildSpace,
	CONV_CHOICES,
	decisionSizes,
	inSpace,
	sampleChoices,
	sampleSpecs,
	spaceSizeLog10
} from '$lib/arch/search';
import { mulberry32 } from '$lib/arch/nasfpn/prng';

describe('buildSpace', () => {
	it.each(MNAS_PRESET_IDS)('%s: filters are 0.75/1/1.25 × c and layers N−1..N+1 (at least 1)', (id) => {
		const base = mnasPreset(id);
		const space = buildSpace(base);
		expect(space.blocks).toHaveLength(base.blocks.length);
		space.blocks.forEach((bs, i) => {
			const b = base.blocks[i];
			expect(bs.op).toEqual(CONV_CHOICES);
			expect(bs.kernel).toEqual([3, 5]);
			expect(bs.se).toEqual([0, 0.25]);
			expect(bs.filters).toContain(b.c);
			for (const c of bs.filters) expect([0.75, 1, 1.25].some((m) => Math.round(b.c * m) === c)).toBe(true);
			expect(bs.layers).toEqual([b.n - 1, b.n, b.n + 1].filter((n) => n >= 1));
		});
	});

	it('counts the space (Fig. 4: per block 4 ops × 2 kernels × 2 SE × 2 skips × 3 filters × 3 layers)', () => {
		const base = mnasPreset('mnasnet-a1');
		const space = buildSpace(base);
		const perBlock = base.blocks.map((b) => 4 * 2 * 2 * 2 * 3 * (b.n > 1 ? 3 : 2));
		expect(spaceSizeLog10(space)).toBeCloseTo(
			perBlock.reduce((s, n) => s + Math.log10(n), 0),
			9
		);
	});
});

describe('sampleSpecs', () => {
	it.each(MNAS_PRESET_IDS)('%s: every sample is a valid network whose blocks lie in the space', (id) => {
		const base = mnasPreset(id);
		const space = buildSpace(base);
		for (const spec of sampleSpecs(space, 200, 7)) {
			const checked = validateMnasnet(spec);
			expect(checked.ok, JSON.stringify(checked.ok ? [] : checked.issues.slice(0, 2))).toBe(true);
			spec.blocks.forEach((b, i) => {
				const bs = space.blocks[i];
				expect(b.s).toBe(base.blocks[i].s);
				expect(bs.kernel).toContain(b.k);
				expect(bs.se).toContain(b.se);
				expect(bs.skip).toContain(b.skip);
				expect(bs.filters).toContain(b.c);
				expect(bs.layers).toContain(b.n);
				expect(b.op === 'mbconv' ? [3, 6] : [1]).toContain(b.t);
			});
		}
	});

	it('is seeded: the same seed gives the same networks, another seed others', () => {
		const space = buildSpace(mnasPreset('lecture'));
		expect(sampleSpecs(space, 20, 3)).toEqual(sampleSpecs(space, 20, 3));
		expect(sampleSpecs(space, 20, 3)).not.toEqual(sampleSpecs(space, 20, 4));
	});

	it('keeps widths within the engine limits at a large width multiplier', () => {
		const base = { ...mnasPreset('mnasnet-a1'), widthMult: 4 };
		expect(validateMnasnet(base).ok).toBe(true);
		const space = buildSpace(base);
		for (const spec of sampleSpecs(space, 100, 1)) expect(validateMnasnet(spec).ok).toBe(true);
	});
});

describe('inSpace', () => {
	const space = buildSpace(mnasPreset('lecture'));
	const good = sampleChoices(space, mulberry32(1));
	it.each([
		['a sample', good, true],
		['one block missing', good.slice(1), false],
		['an index past the options', good.map((p, i) => (i === 0 ? [p[0] + 9, ...p.slice(1)] : p)), false],
		['a negative index', good.map((p, i) => (i === 0 ? [-1, ...p.slice(1)] : p)), false]
	])('%s → %s', (_name, choices, expected) => {
		expect(inSpace(space, choices)).toBe(expected);
		expect(decisionSizes(space)).toHaveLength(space.blocks.length);
	});
});
