import { describe, it, expect } from 'vitest';
import { LIMITS } from '$lib/arch/mnasnet/limits';
import {
	formatBlockString,
	formatBlockStrings,
	MNAS_PRESET_IDS,
	mnasPreset,
	parseBlockString,
	parseBlockStrings,
	type MnasBlock
} from '$lib/arch/mnasnet';

describe('parseBlockString', () => {
	// grammar: tensorflow/tpu models/official/mnasnet/mnasnet_models.py (tensorflow/tpu MnasNetDecoder); `_op…` is this app's extension
	it.each([
		['r2_k3_s22_e6_i16_o24', { op: 'mbconv', t: 6, c: 24, n: 2, s: 2, k: 3, se: 0, skip: 'identity' }],
		['r3_k5_s22_e3_i24_o40_se0.25', { op: 'mbconv', t: 3, c: 40, n: 3, s: 2, k: 5, se: 0.25, skip: 'identity' }],
		['r1_k3_s11_e1_i32_o16_noskip', { op: 'mbconv', t: 1, c: 16, n: 1, s: 1, k: 3, se: 0, skip: 'none' }],
		['r1_k3_s11_e1_i32_o16_noskip_opsep', { op: 'sepconv', t: 1, c: 16, n: 1, s: 1, k: 3, se: 0, skip: 'none' }],
		['r2_k5_s22_e1_i16_o24_opconv', { op: 'conv', t: 1, c: 24, n: 2, s: 2, k: 5, se: 0, skip: 'identity' }],
		['o24_i16_e6_s22_k3_r2', { op: 'mbconv', t: 6, c: 24, n: 2, s: 2, k: 3, se: 0, skip: 'identity' }] // any order, as TF
	])('%s', (text, block) => {
		expect(parseBlockString(text)).toEqual({ ok: true, value: block, warnings: [] });
	});

	it.each([
		['r2_k4_s22_e6_i16_o24', '"k4"'],
		['r2_k3_s12_e6_i16_o24', '"s12"'],
		['r2_k3_s33_e6_i16_o24', '"s33"'],
		['r2_kx_s22_e6_i16_o24', '"kx"'],
		['r2_k3_s22_e6_i16_o24_foo', '"foo"'],
		['r2_k3_s22_e6_i16_o24_opdw', '"opdw"'],
		['r2_k3_s22_e6_i16_o24_se1.5', '"se1.5"'],
		['r2_k3_s22_e6_i16_o24_sex', '"sex"'],
		['r2_r3_k3_s22_e6_i16_o24', '"r3"'],
		['r0_k3_s22_e6_i16_o24', '"r0"'],
		['r2_k3_s22_i16_o24', '"e"'],
		['', 'empty']
	])('rejects %j, naming %s', (text, token) => {
		const r = parseBlockString(text, 'blocks[4]');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.every((i) => i.path === 'blocks[4]' && i.severity === 'error')).toBe(true);
		expect(r.issues.map((i) => i.message).join(' ')).toContain(token);
	});
});

describe('parseBlockStrings', () => {
	it('refuses 100,000 bad tokens with the count and the problems of the first blocks only', () => {
		const r = parseBlockStrings('bad '.repeat(100_000));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues[0].path).toBe('blocks');
		expect(r.issues[0].message).toContain('100000 block strings');
		const paths = new Set(r.issues.slice(1).map((i) => i.path));
		expect(paths.size).toBe(LIMITS.blocks.max);
		expect(paths.has(`blocks[${LIMITS.blocks.max}]`)).toBe(false);
	});

	it('reads one per line, commas, whitespace and a pasted Python list', () => {
		const lines = parseBlockStrings('r1_k3_s11_e1_i32_o16_noskip\nr2_k3_s22_e6_i16_o24');
		const list = parseBlockStrings("['r1_k3_s11_e1_i32_o16_noskip', 'r2_k3_s22_e6_i16_o24']");
		expect(lines.ok && lines.value.length).toBe(2);
		expect(list).toEqual(lines);
	});

	it('reports every bad string with its blocks[i] path', () => {
		const r = parseBlockStrings('r1_k3_s11_e1_i32_o16, r2_k4_s22_e6_i16_o24, r2_k3_s22_e6_i16_o24_bad');
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map((i) => i.path)).toEqual(['blocks[1]', 'blocks[2]']);
		expect(r.issues[1].message).toContain('"bad"');
	});

	it('rejects empty text and more than 32 blocks', () => {
		expect(parseBlockStrings(' \n ').ok).toBe(false);
		const many = Array.from({ length: 33 }, () => 'r1_k3_s11_e6_i16_o16').join('\n');
		const r = parseBlockStrings(many);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues[0].path).toBe('blocks');
	});
});

describe('formatBlockString / formatBlockStrings', () => {
	it('writes the TF form', () => {
		const block: MnasBlock = { op: 'mbconv', t: 3, c: 40, n: 3, s: 2, k: 5, se: 0.25, skip: 'identity' };
		expect(formatBlockString(block, 24)).toBe('r3_k5_s22_e3_i24_o40_se0.25');
		expect(formatBlockString({ ...block, op: 'sepconv', se: 0, skip: 'none', t: 1 }, 24)).toBe(
			'r3_k5_s22_e1_i24_o40_noskip_opsep'
		);
	});

	// tensorflow/tpu models/official/mnasnet/mnasnet_models.py: the block strings of mnasnet-a1 and -b1, reproduced exactly (i = previous o, first i = stem)
	it('reproduces the TF strings of mnasnet-a1 and mnasnet-b1', () => {
		expect(formatBlockStrings(mnasPreset('mnasnet-a1'))).toEqual([
			'r1_k3_s11_e1_i32_o16_noskip',
			'r2_k3_s22_e6_i16_o24',
			'r3_k5_s22_e3_i24_o40_se0.25',
			'r4_k3_s22_e6_i40_o80',
			'r2_k3_s11_e6_i80_o112_se0.25',
			'r3_k5_s22_e6_i112_o160_se0.25',
			'r1_k3_s11_e6_i160_o320'
		]);
		expect(formatBlockStrings(mnasPreset('mnasnet-b1'))[6]).toBe('r1_k3_s11_e6_i192_o320_noskip');
	});

	it.each(MNAS_PRESET_IDS)('round-trips every block of %s', (id) => {
		const spec = mnasPreset(id);
		const parsed = parseBlockStrings(formatBlockStrings(spec).join('\n'));
		expect(parsed).toEqual({ ok: true, value: spec.blocks, warnings: [] });
	});

	it('round-trips odd SE ratios and every op', () => {
		for (const op of ['conv', 'sepconv', 'mbconv'] as const)
			for (const se of [0, 0.125, 1 / 3, 1e-7, 1]) {
				const block: MnasBlock = { op, t: 4, c: 7, n: 16, s: 1, k: 11, se, skip: 'none' };
				const r = parseBlockString(formatBlockString(block, 9));
				expect(r.ok && r.value).toEqual(block);
			}
	});
});
