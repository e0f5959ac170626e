// mnasnetPytorchCode: the source text (layers per convention, header, escaping). Execution is checked with PyTorch
// in tests/unit/export/pytorch-exec.test.ts.
import { describe, it, expect } from 'vitest';
import { costMnasnet, mnasPreset, planMnasnet } from '$lib/arch/mnasnet';
import type { MnasnetSpec } from '$lib/arch/mnasnet';
import { mnasnetPytorchCode } from '$lib/arch/export/pytorchCode';
import { pyFloat, pyInt, pyStr } from '$lib/arch/export/pyLiteral';

function code(spec: MnasnetSpec): string {
	return mnasnetPytorchCode({ spec, plan: planMnasnet(spec), totals: costMnasnet(spec).total });
}

describe('mnasnetPytorchCode', () => {
	// the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py (lecture: ReLU6, BN defaults, Dropout 0.5, expand conv even at t = 1)
	// and §1 (tf: ReLU, BN eps 1e-3 momentum 0.99 → PyTorch 0.01, dropout 0.2, no expand conv at e = 1)
	it.each([
		[
			'lecture',
			'nn.ReLU6(inplace=True)',
			'nn.BatchNorm2d(channels)\n',
			'DROPOUT = 0.5',
			'("sepconv", 32, 32, 16, 3, 1, False, 0, False)'
		],
		[
			'mnasnet-a1',
			'nn.ReLU(inplace=True)',
			'nn.BatchNorm2d(channels, eps=0.001, momentum=0.01)',
			'DROPOUT = 0.2',
			'("mbconv", 32, 32, 16, 3, 1, False, 0, False)'
		]
	] as const)('%s: activation, BN, dropout and the first layer row', (id, act, bn, dropout, firstRow) => {
		const text = code(mnasPreset(id));
		expect(text).toContain(`return ${act}`);
		expect(text).toContain(`return ${bn}`);
		expect(text).toContain(dropout);
		expect(text).toContain(firstRow);
	});

	it('lecture with t = 1 keeps the expand conv; tf drops it', () => {
		const lecture = {
			...mnasPreset('lecture'),
			blocks: [{ op: 'mbconv', t: 1, c: 16, n: 1, s: 1, k: 3, se: 0, skip: 'identity' }]
		} as MnasnetSpec;
		const tf = { ...lecture, convention: 'tf' } as MnasnetSpec;
		// hidden = in · t when the expand conv exists (lecture), in otherwise (tf): both 32 here; the flag differs
		expect(code(lecture)).toContain('("mbconv", 32, 32, 16, 3, 1, True, 0, False)');
		expect(code(tf)).toContain('("mbconv", 32, 32, 16, 3, 1, False, 0, False)');
	});

	it('A1: SE reduce widths from the plan (Tan et al., MnasNet, CVPR 2019 Fig. 7: 6 then 10 in block 2)', () => {
		const text = code(mnasPreset('mnasnet-a1'));
		expect(text).toContain('("mbconv", 24, 72, 40, 5, 2, True, 6, False)');
		expect(text).toContain('("mbconv", 40, 120, 40, 5, 1, True, 10, True)');
	});

	it('imports only torch, defines build_model and a __main__ block', () => {
		const text = code(mnasPreset('lecture'));
		const imports = text.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
		expect(imports).toEqual(['import torch', 'import torch.nn as nn']);
		expect(text).toContain('def build_model():\n    return MnasNet()');
		expect(text).toContain('if __name__ == "__main__":');
		expect(text).toContain('torch.zeros(1, 3, RESOLUTION, RESOLUTION)');
		expect(text).toContain('RESOLUTION = 224\nNUM_CLASSES = 1000');
	});

	it('header: generator, the engine totals and the spec as JSON, all commented out', () => {
		const spec = mnasPreset('lecture');
		const text = code(spec);
		const header = text.slice(0, text.indexOf('import torch'));
		expect(header).toContain('nas-notebook');
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: 4,383,312 params, 314,415,872 MACs
		expect(header).toContain('4,383,312 trainable parameters, 314,415,872 MACs');
		const json = header
			.split('\n')
			.filter((l) => l.startsWith('#   '))
			.map((l) => l.slice(4))
			.join('\n');
		expect(JSON.parse(json)).toEqual(spec);
		for (const line of header.trimEnd().split('\n')) expect(line.startsWith('#')).toBe(true);
	});

	it('escapes hostile text that reaches the header: every line stays a comment, the file stays ASCII', () => {
		const spec = {
			...mnasPreset('lecture'),
			note: 'x\n\rimport os\u2028os.system("rm")\u00e9'
		} as unknown as MnasnetSpec;
		const text = code(spec);
		// eslint-disable-next-line no-control-regex -- tab and newline are the only control characters allowed
		expect(/^[\x09\x0a\x20-\x7e]*$/.test(text)).toBe(true);
		expect(text).not.toMatch(/^import os/m);
		const header = text.slice(0, text.indexOf('\nimport torch'));
		for (const line of header.trimEnd().split('\n')) expect(line.startsWith('#')).toBe(true);
	});

	it.each([
		[
			'NaN channels',
			(s: MnasnetSpec) => {
				const plan = planMnasnet(s);
				const layer = plan.layers.find((l) => l.kind === 'block');
				if (layer?.kind === 'block') layer.hidden = Number.NaN;
				return plan;
			},
			/hidden width/
		],
		[
			'an op that is not one of ours',
			(s: MnasnetSpec) => {
				const plan = planMnasnet(s);
				const layer = plan.layers.find((l) => l.kind === 'block');
				if (layer?.kind === 'block') (layer as { op: string }).op = 'conv"); import os; ("';
				return plan;
			},
			/unknown op/
		],
		[
			'an unknown convention',
			(s: MnasnetSpec) => ({ ...planMnasnet(s), convention: 'evil' as 'tf' }),
			/unknown convention/
		],
		['a fractional resolution', (s: MnasnetSpec) => ({ ...planMnasnet(s), resolution: 22.5 }), /resolution/]
	])('throws on a corrupted plan: %s', (_name, corrupt, message) => {
		const spec = mnasPreset('lecture');
		expect(() => mnasnetPytorchCode({ spec, plan: corrupt(spec), totals: costMnasnet(spec).total })).toThrow(message);
	});
});

describe('python literals', () => {
	it.each([
		[() => pyInt(3, 'x'), '3'],
		[() => pyFloat(0.2, 'x'), '0.2'],
		[() => pyFloat(1e-5, 'x'), '0.00001'],
		[() => pyFloat(1, 'x'), '1.0'],
		[() => pyStr('a"b\n\u00e9'), '"a\\"b\\n\\u00e9"']
	])('%# → %s', (f, expected) => {
		expect(f()).toBe(expected);
	});

	it.each([Number.NaN, -1, 1.5, Infinity, 2 ** 60])('pyInt rejects %s', (v) => {
		expect(() => pyInt(v, 'x')).toThrow();
	});
});
