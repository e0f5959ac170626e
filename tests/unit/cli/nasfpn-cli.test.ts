import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNasfpnStats } from '../../../src/cli/nasfpnCommand';
import { fpnPreset } from '$lib/arch/nasfpn';

const json = (argv: string[], spec?: unknown) => {
	const r = runNasfpnStats(argv, spec);
	expect(r.stderr).toBe('');
	expect(r.code).toBe(0);
	return JSON.parse(r.stdout);
};

describe('runNasfpnStats', () => {
	it('--preset f --json: totals, outputs and nodes of one repeat (tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost, §2.2)', () => {
		const out = json(['--preset', 'f', '--json']);
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: 7@256 @640 with R-50 inputs: 29.86M params, 49.88 GMACs (exact: 28,939,008 + 919,808)
		expect(out.params).toBe(29_858_816);
		expect(out.macs).toBe(49_877_811_200);
		expect(out.flops).toBe(2 * out.macs);
		expect(out.bnBuffers).toBe(7 * 7 * 512 + 3 * 512);
		expect(out.weightBytes).toBe(4 * (out.params + out.bnBuffers));
		expect(out.warnings).toEqual([]);
		expect(out.outputs).toEqual({ 3: 7, 4: 8, 5: 9, 6: 11, 7: 10 });
		expect(out.nodes).toHaveLength(12);
		expect(out.nodes[9]).toMatchObject({
			offset: 9,
			level: 5,
			side: 20,
			op: 'gp',
			extraInputs: [2],
			params: 590_592,
			macs: 235_929_600
		});
		expect(out.nodes[9].inputs).toEqual([
			{ offset: 7, level: 3, resample: { kind: 'down', factor: 4 } },
			{ offset: 8, level: 4, resample: { kind: 'down', factor: 2 } }
		]);
		expect(out.perRepeat.params).toBe(4_134_144);
		expect(out.inputStage.params).toBe(919_808);
	});

	it.each([
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost neck totals and the separable variant
		{ argv: ['--preset', 'f', '--repeats', '5', '--json'], params: 21_590_528 },
		{ argv: ['--preset', 'f', '--no-backbone', '--json'], params: 28_939_008 },
		{ argv: ['--preset', 'f', '--no-backbone', '--separable', '--repeats', '1', '--json'], params: 480_256 },
		{ argv: ['--preset', 'f', '--channels', '384', '--image-size', '1280', '--json'], params: 66_464_256 }
	])('$argv', ({ argv, params }) => {
		expect(json(argv).params).toBe(params);
	});

	it('a spec from a file, with overrides applied to it', () => {
		const spec = fpnPreset('c', { backboneChannels: undefined });
		const out = json(['--repeats', '3', '--json'], spec);
		expect(out.repeats).toBe(3);
		expect(out.params).toBe(3 * 4_134_144);
		expect(out.preset).toBeUndefined();
	});

	it('the text report has the node table, the input stage, per-repeat and TOTAL rows, FLOPs as 2×MACs', () => {
		const r = runNasfpnStats(['--preset', 'f']);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe('');
		const text = r.stdout;
		expect(text).toContain('Input stage');
		expect(text).toMatch(/^per repeat\s+4,134,144\s+6,915,686,400/m);
		expect(text).toMatch(/^input stage\s+919,808\s+1,468,006,400/m);
		expect(text).toMatch(/^TOTAL \(stage \+ 7 × repeat\)\s+29,858,816\s+49,877,811,200/m);
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: the P3 output node is 54.6 % of one repeat
		expect(text).toMatch(/^7\s+P3\s+80\s+sum\s+0 \(P3\), 6 \(P4 ↑2\)\s+P3 out\s+590,592\s+3,774,873,600\s+54\.6%/m);
		expect(text).toMatch(/^9\s+P5\s+20\s+gp\s+7 \(P3 ↓4\), 8 \(P4 ↓2, gate\)\s+\+2 \(P5\)/m);
		expect(text).toContain('2 × MACs');
	});

	it('labels (b)–(e) as illustrations', () => {
		expect(runNasfpnStats(['--preset', 'd']).stdout).toContain('illustration');
		expect(runNasfpnStats(['--preset', 'f']).stdout).not.toContain('illustration');
	});

	it.each([
		{ argv: ['--preset', 'g'], lines: ['--preset: unknown preset "g"; the presets are a, b, c, d, e, f'] },
		{ argv: [], lines: ['--preset: is required (or --spec file.json); the presets are a, b, c, d, e, f'] },
		{ argv: ['--preset', 'f', '--channels', 'wide'], lines: ['--channels: "wide" is not a number'] },
		{
			argv: ['--preset', 'f', '--channels', '0', '--repeats', '20'],
			lines: ['channels: must be between 1 and 4096, not 0.', 'repeats: must be between 1 and 16, not 20.']
		},
		{ argv: ['--preset', 'f', '--image-size', '64.5'], lines: ['imageSize: must be a whole number, not 64.5.'] },
		{ argv: ['--preset', 'f', '--bogus'], lines: [expect.stringMatching(/^--bogus: unknown option/)] }
	])('errors: $argv → code 2, field: message lines, nothing on stdout', ({ argv, lines }) => {
		const r = runNasfpnStats(argv);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trimEnd().split('\n')).toEqual(lines);
	});

	it('a bad spec file lists every problem by field path', () => {
		const spec = { ...fpnPreset('f'), cells: [{ level: 4, op: 'mul', inputs: [1, 5], output: false }] };
		const r = runNasfpnStats(['--json'], spec);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('cells[0].op: unknown op "mul"');
		expect(r.stderr).toContain("cells[0].inputs[1]: points at the cell's own node");
	});

	it('--preset together with a spec file is an error', () => {
		const r = runNasfpnStats(['--preset', 'f'], fpnPreset('f'));
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('--preset: cannot be combined with --spec');
	});
});

describe('stats.ts nasfpn (spawned)', () => {
	const tsx = (args: string[]) =>
		spawnSync('npx', ['tsx', 'src/cli/stats.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

	it('nasfpn --preset f --json prints the totals', () => {
		const r = tsx(['nasfpn', '--preset', 'f', '--json']);
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).params).toBe(29_858_816);
	});

	it('--spec file.json with kind nasfpn, and a bad one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'nasfpn-cli-'));
		try {
			const good = join(dir, 'good.json');
			writeFileSync(good, JSON.stringify(fpnPreset('f', { backboneChannels: undefined })));
			const r = tsx(['--spec', good, '--repeats', '1', '--json']);
			expect(r.status).toBe(0);
			// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: one cell at 256 is 4,134,144 params, 6,915,686,400 MACs at 640
			expect(JSON.parse(r.stdout)).toMatchObject({ params: 4_134_144, macs: 6_915_686_400 });
			const badFile = join(dir, 'bad.json');
			writeFileSync(badFile, JSON.stringify({ ...fpnPreset('f'), channels: 5000 }));
			const b = tsx(['--spec', badFile]);
			expect(b.status).toBe(2);
			expect(b.stdout).toBe('');
			expect(b.stderr.trim()).toBe('channels: must be between 1 and 4096, not 5000.');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
