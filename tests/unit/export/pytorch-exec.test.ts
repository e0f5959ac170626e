// Executes the exported PyTorch code (mnasnetPytorchCode) with Debian's PyTorch and checks it builds the engine's
// network: trainable parameters, BN buffers and conv+FC MACs equal costMnasnet's, and the output is [1, numClasses].
// Expected values come from the engine itself (costMnasnet); the headline preset totals are pinned as well.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { costMnasnet, mnasPreset, MNAS_PRESET_IDS, planMnasnet, validateMnasnet } from '$lib/arch/mnasnet';
import type { MnasBlock, MnasnetSpec, MnasPresetId } from '$lib/arch/mnasnet';
import { mnasnetPytorchCode } from '$lib/arch/export/pytorchCode';

// Debian's interpreter: python3-torch is installed for it; the `python3` on PATH (pyenv) has no torch.
const PYTHON = '/usr/bin/python3';

// Imports every exported file, builds the model, counts parameters / BN buffers, counts conv+linear MACs with
// forward hooks and runs one eval-mode forward on zeros; prints one JSON object per case.
const DRIVER = `
import importlib.util, json, sys, traceback
import torch
import torch.nn as nn
torch.set_num_threads(1)
cases = json.load(open(sys.argv[1]))
out = []
for i, case in enumerate(cases):
    try:
        spec = importlib.util.spec_from_file_location("exported_%d" % i, case["file"])
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        m = mod.build_model()
        if not isinstance(m, nn.Module):
            raise TypeError("build_model() did not return an nn.Module")
        params = sum(p.numel() for p in m.parameters() if p.requires_grad)
        buffers = sum(b.numel() for name, b in m.named_buffers() if name.endswith(("running_mean", "running_var")))
        macs = [0]
        def conv_hook(mod_, inp, y):
            macs[0] += y.numel() * (mod_.in_channels // mod_.groups) * mod_.kernel_size[0] * mod_.kernel_size[1]
        def linear_hook(mod_, inp, y):
            macs[0] += mod_.in_features * mod_.out_features
        for sub in m.modules():
            if isinstance(sub, nn.Conv2d):
                sub.register_forward_hook(conv_hook)
            elif isinstance(sub, nn.Linear):
                sub.register_forward_hook(linear_hook)
        m.eval()
        r = case["resolution"]
        with torch.no_grad():
            y = m(torch.zeros(1, 3, r, r))
        out.append({"params": params, "bnBuffers": buffers, "macs": macs[0], "shape": list(y.shape),
                    "finite": bool(torch.isfinite(y).all())})
    except Exception:
        out.append({"error": traceback.format_exc()})
print(json.dumps(out))
`;

function block(
	op: MnasBlock['op'],
	t: number,
	c: number,
	n: number,
	s: number,
	k: number,
	se = 0,
	skip: MnasBlock['skip'] = 'identity'
): MnasBlock {
	return { op, t, c, n, s, k, se, skip };
}

function edit(base: MnasPresetId, changes: Partial<MnasnetSpec>): MnasnetSpec {
	return { ...mnasPreset(base), ...changes };
}

/** Edited specs: both conventions, every op, SE on every op, t = 1, odd resolutions, extreme widths. */
const EDITED: { name: string; spec: MnasnetSpec }[] = [
	{ name: 'lecture w0.35 r96', spec: edit('lecture', { widthMult: 0.35, resolution: 96 }) },
	{ name: 'lecture w1.4 r128 (head scaled)', spec: edit('lecture', { widthMult: 1.4, resolution: 128 }) },
	{ name: 'lecture r200 (not a multiple of 32)', spec: edit('lecture', { resolution: 200 }) },
	{ name: 'mnasnet-b1 w0.35 r97', spec: edit('mnasnet-b1', { widthMult: 0.35, resolution: 97 }) },
	{ name: 'mnasnet-a1 w1.4 r200', spec: edit('mnasnet-a1', { widthMult: 1.4, resolution: 200 }) },
	{
		name: 'mnasnet-small w0.5 r64, 10 classes',
		spec: edit('mnasnet-small', { widthMult: 0.5, resolution: 64, numClasses: 10 })
	},
	{ name: 'mnasnet-d1 w0.75 r160 (k7)', spec: edit('mnasnet-d1', { widthMult: 0.75, resolution: 160 }) },
	{
		name: 'lecture, every op with SE, t = 1 (expand conv kept)',
		spec: edit('lecture', {
			resolution: 64,
			numClasses: 7,
			blocks: [
				block('conv', 1, 24, 2, 2, 3, 0.25),
				block('sepconv', 1, 24, 2, 1, 5, 0.5),
				block('mbconv', 1, 32, 2, 2, 3, 0.25),
				block('mbconv', 6, 32, 2, 1, 7, 0.25, 'none'),
				block('conv', 1, 48, 1, 1, 1)
			]
		})
	},
	{
		name: 'tf, every op with SE, t = 1 (no expand conv)',
		spec: edit('mnasnet-a1', {
			resolution: 65,
			blocks: [
				block('conv', 3, 16, 2, 1, 3, 0.25),
				block('sepconv', 1, 24, 3, 2, 3, 0.25),
				block('mbconv', 1, 24, 2, 1, 5, 0.5),
				block('mbconv', 1, 40, 1, 2, 9, 0.25),
				block('mbconv', 4, 40, 2, 1, 3, 1, 'none'),
				block('sepconv', 1, 64, 1, 2, 5)
			]
		})
	},
	{
		name: 'tf w0.35, conv only, stride-2 repeats',
		spec: edit('mnasnet-b1', {
			widthMult: 0.35,
			resolution: 33,
			head: 640,
			stem: 16,
			blocks: [block('conv', 1, 16, 3, 2, 3), block('conv', 1, 32, 2, 2, 5, 0.25), block('conv', 1, 32, 2, 1, 3, 0.125)]
		})
	},
	{
		name: 'lecture w1.4, sepconv keeps c, mbconv t=1 with SE',
		spec: edit('lecture', {
			widthMult: 1.4,
			resolution: 48,
			blocks: [
				block('sepconv', 1, 16, 1, 1, 3, 0.25),
				block('mbconv', 1, 24, 3, 2, 3, 0.25),
				block('sepconv', 1, 40, 2, 2, 7)
			]
		})
	}
];

const CASES: { name: string; spec: MnasnetSpec }[] = [
	...MNAS_PRESET_IDS.map((id) => ({ name: `preset ${id}`, spec: mnasPreset(id) })),
	...EDITED
];

interface PyResult {
	params?: number;
	bnBuffers?: number;
	macs?: number;
	shape?: number[];
	finite?: boolean;
	error?: string;
}

let dir = '';
let results: PyResult[] = [];
/** Why the code could not be run at all; every test then fails with this message (never a skip). */
let setupError: string | null = null;

function setup(): void {
	const probe = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' });
	if (probe.error || probe.status !== 0) {
		throw new Error(
			`${PYTHON} cannot import torch, so the exported PyTorch code cannot be checked. Install Debian's ` +
				`python3-torch (apt-get install -y python3-torch; scripts/test.sh does this). ` +
				`${probe.error ? String(probe.error) : probe.stderr.trim().split('\n').at(-1)}`
		);
	}
	dir = mkdtempSync(join(tmpdir(), 'nas-notebook-pytorch-'));
	const cases = CASES.map(({ spec }, i) => {
		const file = join(dir, `case_${i}.py`);
		const report = costMnasnet(spec);
		writeFileSync(file, mnasnetPytorchCode({ spec, plan: planMnasnet(spec), totals: report.total }));
		return { file, resolution: spec.resolution };
	});
	writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));
	writeFileSync(join(dir, 'driver.py'), DRIVER);
	// One process for every case: importing torch costs about a second.
	const run = spawnSync(PYTHON, [join(dir, 'driver.py'), join(dir, 'cases.json')], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (run.status !== 0) throw new Error(`the PyTorch driver failed:\n${run.stderr}`);
	results = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '[]');
}

beforeAll(() => {
	try {
		setup();
	} catch (e) {
		setupError = e instanceof Error ? e.message : String(e);
	}
}, 300_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('mnasnetPytorchCode executed with PyTorch', () => {
	it('the edited specs are valid networks', () => {
		for (const { name, spec } of EDITED) {
			const checked = validateMnasnet(spec);
			expect(checked.ok, `${name}: ${checked.ok ? '' : JSON.stringify(checked.issues)}`).toBe(true);
		}
	});

	it.each(CASES.map((c, i) => [c.name, i] as const))(
		'%s: params, BN buffers, MACs and output shape equal the engine',
		(name, i) => {
			expect(setupError).toBeNull();
			const { spec } = CASES[i];
			const r = results[i];
			expect(r, `${name}: no result`).toBeDefined();
			expect(r.error, `${name}: Python error`).toBeUndefined();
			const report = costMnasnet(spec);
			expect(r.params).toBe(report.total.params);
			expect(r.bnBuffers).toBe(report.total.bnBuffers);
			expect(r.macs).toBe(report.total.macs);
			expect(r.shape).toEqual([1, spec.numClasses]);
			expect(r.finite).toBe(true);
		}
	);

	it('matches the published totals of the presets', () => {
		expect(setupError).toBeNull();
		const index = (id: MnasPresetId) => MNAS_PRESET_IDS.indexOf(id);
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: lecture = torchvision mnasnet1_0 = TF B1 (4,383,312 params, 314,415,872 MACs),
		// TF A1 3,887,038 / 311,579,072, mnasnet-small 2,030,264 / 68,339,184 (all computed with PyTorch 1.13).
		expect([results[index('lecture')].params, results[index('lecture')].macs]).toEqual([4_383_312, 314_415_872]);
		expect([results[index('mnasnet-b1')].params, results[index('mnasnet-b1')].macs]).toEqual([4_383_312, 314_415_872]);
		expect([results[index('mnasnet-a1')].params, results[index('mnasnet-a1')].macs]).toEqual([3_887_038, 311_579_072]);
		expect([results[index('mnasnet-small')].params, results[index('mnasnet-small')].macs]).toEqual([
			2_030_264, 68_339_184
		]);
	});

	it('runs as a script: prints the parameter count and the output shape', () => {
		expect(setupError).toBeNull();
		const spec = edit('mnasnet-a1', { resolution: 96, numClasses: 5 });
		const report = costMnasnet(spec);
		const file = join(dir, 'mnasnet.py');
		writeFileSync(file, mnasnetPytorchCode({ spec, plan: planMnasnet(spec), totals: report.total }));
		const run = spawnSync(PYTHON, [file], { encoding: 'utf8' });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(`trainable parameters: ${report.total.params}`);
		expect(run.stdout).toContain('output shape: [1, 5]');
	});
});
