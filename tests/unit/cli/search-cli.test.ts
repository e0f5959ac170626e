import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	calibrationShapes,
	latencyEntry,
	predictMnasnet,
	serializeLatencyTable,
	shapeMacs,
	type LatencyTable
} from '$lib/arch/latency';
import { mnasPreset, validateMnasnet, costMnasnet } from '$lib/arch/mnasnet';
import { paramsProxy } from '$lib/arch/search';
import { histogramLines, runSearchCommand, type SearchJson } from '../../../src/cli/searchCommand';
import { fileOrCalibration } from '../../../src/cli/searchTable';

/** A table as the page exports it, with made-up times (MACs at 1 GMAC/s plus 0.02 ms per layer) for the test. */
function toyTable(): LatencyTable {
	return {
		version: 2,
		backend: 'wasm',
		graph: 'folded',
		device: 'test table',
		date: '2026-01-01T00:00:00.000Z',
		overheadMs: 0.5,
		entries: calibrationShapes().map((s) => latencyEntry(s, shapeMacs(s) / 1e6 + 0.02, 5))
	};
}

const table = toyTable();
const files = new Map<string, string>([
	['t.json', serializeLatencyTable(table)],
	['bad.json', '{"version": 2}'],
	['text.json', 'hello']
]);
const noCalibration = async (): Promise<LatencyTable> => {
	throw new Error('not in unit tests');
};
const source = fileOrCalibration(noCalibration, (p) => {
	const text = files.get(p);
	if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
	return text;
});

async function run(argv: string[]) {
	return runSearchCommand(argv, source);
}

describe('runSearchCommand', () => {
	it("--json prints proxy, targetMs and one sample per step with engine costs and the table's latency", async () => {
		const r = await run([
			'--constraint',
			'hard',
			'--target-ms',
			'300',
			'--steps',
			'30',
			'--seed',
			'4',
			'--table',
			't.json',
			'--json'
		]);
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		const out = JSON.parse(r.stdout) as SearchJson;
		expect(out.proxy).toBe('log-params');
		expect(out.targetMs).toBe(300);
		expect(out.constraint).toBe('hard');
		expect(out.samples).toHaveLength(30);
		for (const s of out.samples.slice(0, 5)) {
			expect(validateMnasnet(s.spec).ok).toBe(true);
			const cost = costMnasnet(s.spec).total;
			expect(s.macs).toBe(cost.macs);
			expect(s.params).toBe(cost.params);
			expect(s.latencyMs).toBeCloseTo(predictMnasnet(s.spec, table)!.totalMs, 3);
			expect(s.proxy).toBeCloseTo(paramsProxy(s.params), 5);
			// Tan et al. 2019, Eq. 2, hard constraint: α = 0, β = −1
			const w = s.latencyMs <= 300 ? 0 : -1;
			expect(s.reward).toBeCloseTo(s.proxy * (s.latencyMs / 300) ** w, 5);
		}
		expect(out.samples.map((s) => s.step)).toEqual([...Array(30).keys()]);
	});

	it("defaults the target to MnasNet-A1's predicted latency and is reproducible for a seed", async () => {
		const argv = ['--constraint', 'soft', '--steps', '12', '--table', 't.json', '--json'];
		const a = JSON.parse((await run(argv)).stdout) as SearchJson;
		expect(a.targetMs).toBeCloseTo(predictMnasnet(mnasPreset('mnasnet-a1'), table)!.totalMs, 3);
		expect(JSON.parse((await run(argv)).stdout)).toEqual(a);
		const b = JSON.parse((await run([...argv, '--seed', '9'])).stdout) as SearchJson;
		expect(b.samples).not.toEqual(a.samples);
	});

	it('prints a readable report with a histogram without --json', async () => {
		const r = await run(['--constraint', 'hard', '--steps', '40', '--table', 't.json']);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^search: hard constraint, T = [\d.]+ ms, 40 steps, seed 1, around mnasnet-a1$/m);
		expect(r.stdout).toMatch(/a proxy, not an accuracy/);
		expect(r.stdout).toMatch(/ms │█/);
		expect(r.stdout).toMatch(/^best networks/m);
	});

	it.each([
		[['--steps', '10', '--table', 't.json'], '--constraint: is required'],
		[['--constraint', 'medium', '--table', 't.json'], '--constraint: must be soft or hard'],
		[['--constraint', 'soft', '--target-ms', '-3', '--table', 't.json'], '--target-ms: must be a number'],
		[['--constraint', 'soft', '--target-ms', 'fast', '--table', 't.json'], '--target-ms: must be a number'],
		[['--constraint', 'soft', '--steps', '0', '--table', 't.json'], '--steps: must be a whole number'],
		[['--constraint', 'soft', '--steps', '2.5', '--table', 't.json'], '--steps: must be a whole number'],
		[['--constraint', 'soft', '--seed', 'x', '--table', 't.json'], '--seed: must be a whole number'],
		[['--constraint', 'soft', '--preset', 'resnet', '--table', 't.json'], '--preset: unknown preset'],
		[['--constraint', 'soft', '--bogus'], '--bogus: unknown option'],
		[['--constraint', 'soft', 'extra', '--table', 't.json'], 'extra: unexpected argument'],
		[['--constraint', 'soft', '--table', 'missing.json'], '--table: cannot read "missing.json" (ENOENT)'],
		[['--constraint', 'soft', '--table', 'text.json'], '--table: "text.json" is not JSON'],
		[['--constraint', 'soft', '--table', 'bad.json'], '--table: "bad.json" is not a latency table']
	])('%j → exit 2 with "%s"', async (argv, message) => {
		const r = await run(argv);
		expect(r.code).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain(message);
		for (const line of r.stderr.trimEnd().split('\n')) expect(line).toMatch(/^[^\s:][^:]*: \S/);
	});

	it('--help prints the usage', async () => {
		const r = await run(['--help']);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^Usage:/);
	});
});

describe('histogramLines', () => {
	it('one line per bin with its count; the counts add up', () => {
		const lines = histogramLines([1, 1, 2, 3, 4, 4, 4], 3, 10);
		expect(lines).toHaveLength(3);
		const counts = lines.map((l) => Number(l.split(' ').at(-1)));
		expect(counts).toEqual([2, 1, 4]);
		expect(lines[2]).toContain('█'.repeat(10));
	});
});

describe('npm run search (the real entry)', () => {
	it('runs from a table file and exits 2 on a bad argument', () => {
		const dir = mkdtempSync(join(tmpdir(), 'search-cli-'));
		const path = join(dir, 'table.json');
		writeFileSync(path, serializeLatencyTable(table));
		const ok = spawnSync(
			'npx',
			['tsx', 'src/cli/search.ts', '--constraint', 'soft', '--steps', '5', '--table', path, '--json'],
			{
				encoding: 'utf8',
				cwd: process.cwd(),
				timeout: 60_000
			}
		);
		expect(ok.stderr).toBe('');
		expect(ok.status).toBe(0);
		expect((JSON.parse(ok.stdout) as SearchJson).samples).toHaveLength(5);
		const bad = spawnSync('npx', ['tsx', 'src/cli/search.ts', '--constraint', 'both'], {
			encoding: 'utf8',
			cwd: process.cwd(),
			timeout: 60_000
		});
		expect(bad.status).toBe(2);
		expect(bad.stderr).toBe('--constraint: must be soft or hard; it is "both"\n');
	});
});

describe('runSearchCommand --save-table', () => {
	it('writes the table it used, which reads back to the same predictions', async () => {
		const written = new Map<string, string>();
		const r = await runSearchCommand(
			['--constraint', 'soft', '--steps', '3', '--table', 't.json', '--save-table', 'out.json', '--json'],
			source,
			(p, text) => written.set(p, text)
		);
		expect(r.code).toBe(0);
		files.set('out.json', written.get('out.json')!);
		const again = await run(['--constraint', 'soft', '--steps', '3', '--table', 'out.json', '--json']);
		expect((JSON.parse(again.stdout) as SearchJson).samples).toEqual((JSON.parse(r.stdout) as SearchJson).samples);
	});
});
