import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { costMnasnet, mnasPreset } from '$lib/arch/mnasnet';
import { runMnasnetStats } from '../../../src/cli/mnasnetCommand';
import { runStats } from '../../../src/cli/runStats';

/** Every stderr line is `field: message`; no stack trace. */
function expectProblemLines(stderr: string) {
	const lines = stderr.trimEnd().split('\n');
	expect(lines.length).toBeGreaterThan(0);
	for (const line of lines) expect(line).toMatch(/^[^\s:][^:]*: \S/);
	expect(stderr).not.toMatch(/\n\s+at /);
}

describe('runMnasnetStats', () => {
	it('--json gives the engine numbers', () => {
		const r = runMnasnetStats(['--preset', 'mnasnet-b1', '--width-mult', '1.3', '--json']);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe('');
		const out = JSON.parse(r.stdout);
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: torchvision mnasnet1_3 6,282,256 params, 526,362,432 MACs
		expect(out).toMatchObject({ params: 6_282_256, macs: 526_362_432, flops: 2 * 526_362_432 });
		const report = costMnasnet({ ...mnasPreset('mnasnet-b1'), widthMult: 1.3 });
		expect(out.bnBuffers).toBe(report.total.bnBuffers);
		expect(out.weightBytes).toBe(report.total.weightBytes);
		expect(out.peakActivationBytes).toBe(report.total.peakActivationBytes);
		expect(out.warnings).toEqual([]);
		expect(out.blocks).toHaveLength(report.blocks.length);
		expect(out.blocks.map((b: { block: string }) => b.block)).toEqual([
			'stem',
			'b0',
			'b1',
			'b2',
			'b3',
			'b4',
			'b5',
			'b6',
			'head'
		]);
		expect(out.blocks[1]).toMatchObject({ label: report.blocks[1].label, macs: report.blocks[1].macs });
		expect(out.layers[0]).toEqual({
			name: 'stem',
			block: 'stem',
			op: 'stem',
			inShape: [224, 224, 3],
			outShape: [112, 112, 40],
			params: report.layers[0].params,
			bnBuffers: report.layers[0].bnBuffers,
			macs: report.layers[0].macs,
			activationElements: 112 * 112 * 40
		});
	});

	it('prints a readable table with a TOTAL row and the totals lines', () => {
		const r = runMnasnetStats(['--preset', 'lecture']);
		expect(r.code).toBe(0);
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: the lecture model at 1.0 = 4,383,312 params, 314,415,872 MACs
		expect(r.stdout).toMatch(/^TOTAL .*4,383,312 +314,415,872 +100\.0%$/m);
		expect(r.stdout).toMatch(/^FLOPs: +628,831,744 .*= 2 × MACs/m);
		expect(r.stdout).toMatch(/^peak memory: /m);
		expect(r.stdout).toMatch(/^ +Σ b1 MBConv3 k3×3 ×3/m);
		expect(r.stdout).toMatch(/^warnings: +none/m);
	});

	it('applies --resolution and reports the lecture %32 warning', () => {
		const r = runMnasnetStats(['--preset', 'lecture', '--resolution', '200', '--json']);
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out.resolution).toBe(200);
		expect(out.warnings.map((w: { path: string }) => w.path)).toEqual(['resolution']);
	});

	it('applies the overrides to a spec file', () => {
		const r = runMnasnetStats(['--width-mult=0.5', '--json'], mnasPreset('mnasnet-b1'));
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: torchvision mnasnet0_5
		expect(JSON.parse(r.stdout)).toMatchObject({ params: 2_218_512, macs: 104_455_968 });
	});

	it.each<[string, string[], unknown, string[]]>([
		['unknown flag', ['--preset', 'lecture', '--fast'], undefined, ['--fast']],
		['missing value', ['--preset'], undefined, ['--preset']],
		['bad number', ['--preset', 'lecture', '--width-mult', 'abc'], undefined, ['--width-mult']],
		['unknown preset', ['--preset', 'mnasnet-z9'], undefined, ['--preset']],
		['no preset', ['--json'], undefined, ['--preset']],
		['stray argument', ['--preset', 'lecture', 'extra'], undefined, ['extra']],
		['out-of-range override', ['--preset', 'lecture', '--width-mult', '9'], undefined, ['widthMult']],
		['preset with a spec', ['--preset', 'lecture'], mnasPreset('lecture'), ['--preset']],
		['invalid spec', [], { ...mnasPreset('lecture'), resolution: 'big', extra: 1 }, ['resolution', 'extra']]
	])('%s: exit 2, problems on stderr, nothing on stdout', (_name, argv, spec, fields) => {
		const r = runMnasnetStats(argv, spec);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expectProblemLines(r.stderr);
		expect(
			r.stderr
				.trimEnd()
				.split('\n')
				.map((l) => l.slice(0, l.indexOf(':')))
		).toEqual(fields);
	});
});

describe('runStats', () => {
	const files: Record<string, string> = {
		'b1.json': JSON.stringify(mnasPreset('mnasnet-b1')),
		'bad.json': '{ "kind": "mnasnet", ',
		'nokind.json': JSON.stringify({ blocks: [] })
	};
	const read = (p: string) => {
		if (!(p in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
		return files[p];
	};

	it('dispatches --spec files by kind', async () => {
		const r = await runStats(['--spec', 'b1.json', '--json'], read);
		expect(JSON.parse(r.stdout)).toMatchObject({ params: 4_383_312, macs: 314_415_872 }); // torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet
	});

	it('hands nasfpn specs and the nasfpn command to runNasfpnStats', async () => {
		files['fpn.json'] = JSON.stringify({ kind: 'nasfpn' });
		const r = await runStats(['--spec', 'fpn.json'], read);
		// an incomplete NAS-FPN spec: the NAS-FPN validator answers (exit 2), not the MnasNet one
		expect(r.code).toBe(2);
		expect(r.stderr).not.toMatch(/^kind: /m);
		const help = await runStats(['nasfpn', '--help'], read);
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/nasfpn/);
	});

	it('--help prints the usage; no arguments is an error', async () => {
		expect((await runStats(['--help'], read)).code).toBe(0);
		const none = await runStats([], read);
		expect(none.code).toBe(2);
		expect(none.stdout).toBe('');
		expect(none.stderr).toMatch(/^command: missing/);
	});

	it.each([
		[['--spec', 'missing.json'], '--spec', /cannot read "missing.json" \(ENOENT\)/],
		[['--spec', 'bad.json'], '--spec', /not valid JSON/],
		[['--spec', 'nokind.json'], 'kind', /"kind"/],
		[['--spec'], '--spec', /needs a file name/],
		[['resnet'], 'resnet', /unknown command/],
		[['nasfpn', '--spec', 'b1.json'], 'kind', /"mnasnet" spec, not "nasfpn"/]
	])('%j: exit 2 with %s', async (argv, field, message) => {
		const r = await runStats(argv, read);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expectProblemLines(r.stderr);
		expect(r.stderr.startsWith(`${field}: `)).toBe(true);
		expect(r.stderr).toMatch(message);
	});
});

describe('stats CLI process (npx tsx src/cli/stats.ts)', () => {
	const run = (...args: string[]) =>
		spawnSync('npx', ['tsx', 'src/cli/stats.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });

	it('mnasnet --preset mnasnet-a1 --json prints the engine numbers', () => {
		const p = run('mnasnet', '--preset', 'mnasnet-a1', '--json');
		expect(p.status).toBe(0);
		const out = JSON.parse(p.stdout);
		const report = costMnasnet(mnasPreset('mnasnet-a1'));
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: TF MnasNet-A1 3,887,038 params, 311,579,072 MACs
		expect([out.params, out.macs]).toEqual([3_887_038, 311_579_072]);
		expect(out.peakActivationBytes).toBe(report.total.peakActivationBytes);
		expect(out.layers.map((l: { macs: number }) => l.macs)).toEqual(report.layers.map((l) => l.macs));
	});

	it('--spec file.json with an override', () => {
		const dir = mkdtempSync(join(tmpdir(), 'mnas-cli-'));
		const file = join(dir, 'small.json');
		writeFileSync(file, JSON.stringify(mnasPreset('mnasnet-small')));
		const p = run('--spec', file, '--json');
		expect(p.status).toBe(0);
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: mnasnet-small 2,030,264 params, 68,339,184 MACs
		expect(JSON.parse(p.stdout)).toMatchObject({ params: 2_030_264, macs: 68_339_184 });
		const q = run('--spec', file, '--resolution', '8');
		expect(q.status).toBe(2);
		expect(q.stdout).toBe('');
		expect(q.stderr).toMatch(/^resolution: /);
	});

	it('invalid options exit 2 with field: message lines and no stack trace', () => {
		const p = run('mnasnet', '--preset', 'nope', '--width-mult', 'x');
		expect(p.status).toBe(2);
		expect(p.stdout).toBe('');
		expectProblemLines(p.stderr);
		expect(p.stderr).toMatch(/^--preset: unknown preset "nope"/m);
		expect(p.stderr).toMatch(/^--width-mult: "x" is not a number/m);
	});
});
