// Browser benchmark: builds the site (npx vite build), serves it with `vite preview` (COOP/COEP, so wasm may use
// threads) on a free port, and drives Debian's Chromium headless through /bench's window.nasBench hook. For each
// network it runs paired sessions: the worker builds both variants and alternates them run by run (A B, B A, …),
// so a burst of load from another process hits both and their ratio is fair; rounds swap which variant leads, and
// the timed runs of all rounds are pooled. Before the single-thread pass it times lone convs (calibrate.ts): the rate
// the fastest tfjs conv kernel reaches on this machine, against which the networks' GMAC/s can be read.
// Single-thread figures first (the SIMD-only binary: one thread, no pthread machinery); then the same page reporting 4 cores (an init script overrides
// navigator.hardwareConcurrency; tfjs gives wasm half of it: 2 threads).
//   npm run bench:browser [-- --json] [--cpu N] [--no-build] [--rounds R] [--quick] [--only lecture,…] [--no-threads | --threads-only]
//   --cpu N   pin Chromium to CPU N (taskset) for the single-thread pass
//   --quick   fewer runs (a smoke test of the script)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

interface Args {
	json: boolean;
	cpu: number | null;
	build: boolean;
	rounds: number;
	quick: boolean;
	threaded: boolean;
	single: boolean;
	/** run only these networks (comma-separated ids) */
	only: string[] | null;
}

interface BenchJob {
	network: string;
	resolution: number;
	variant: 'layers' | 'folded';
	pairWith: 'layers' | 'folded';
	warmups: number;
	runs: number;
	wasmThreads: boolean;
}

interface Row {
	network: string;
	resolution: number;
	variant: 'layers' | 'folded';
	backend: string;
	threads: number;
	wasmBinary: string | null;
	medianMs: number;
	p90Ms: number;
	macs: number;
	gmacPerS: number;
}

interface BenchResult {
	backend: { backend: string; threads: number | null; wasmBinary: string | null };
	macs: number;
	params: number;
	variant: 'layers' | 'folded';
	times: number[];
	paired: { variant: 'layers' | 'folded'; times: number[] } | null;
}

interface Calibration {
	backend: { wasmBinary: string | null; threads: number | null };
	peak: { label: string; macs: number; medianMs: number; gmacPerS: number };
}

const NETWORKS: { network: string; resolution: number; heavy: boolean }[] = [
	{ network: 'lecture', resolution: 224, heavy: false },
	{ network: 'mnasnet-a1', resolution: 224, heavy: false },
	{ network: 'mnasnet-small', resolution: 224, heavy: false },
	{ network: 'nasfpn-f', resolution: 640, heavy: true }
];

function parseArgs(argv: string[]): Args {
	const a: Args = {
		json: false,
		cpu: null,
		build: true,
		rounds: 3,
		quick: false,
		threaded: true,
		single: true,
		only: null
	};
	for (let i = 0; i < argv.length; i++) {
		const k = argv[i];
		if (k === '--json') a.json = true;
		else if (k === '--no-build') a.build = false;
		else if (k === '--quick') a.quick = true;
		else if (k === '--no-threads') a.threaded = false;
		else if (k === '--threads-only') a.single = false;
		else if (k === '--cpu') a.cpu = Number(argv[++i]);
		else if (k === '--rounds') a.rounds = Number(argv[++i]);
		else if (k === '--only') a.only = (argv[++i] ?? '').split(',');
		else {
			process.stderr.write(`unknown option ${k}\n`);
			process.exit(2);
		}
	}
	if (a.cpu !== null && !(Number.isInteger(a.cpu) && a.cpu >= 0)) a.cpu = null;
	if (!(Number.isInteger(a.rounds) && a.rounds >= 1)) a.rounds = 3;
	return a;
}

// progress goes to stderr, so `--json` leaves stdout to the JSON array alone
const log = (_args: Args, s: string) => void process.stderr.write(`${s}\n`);

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
		});
	});
}

async function waitForServer(url: string, child: ChildProcess, ms = 60_000): Promise<void> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
		try {
			const r = await fetch(url);
			if (r.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error(`no server at ${url}`);
}

/** A wrapper executable that starts Chromium pinned to one CPU (Playwright appends its own arguments). */
function pinnedChromium(dir: string, cpu: number): string {
	const path = join(dir, 'chromium-pinned.sh');
	writeFileSync(path, `#!/bin/sh\nexec taskset -c ${cpu} ${CHROMIUM_PATH} "$@"\n`);
	chmodSync(path, 0o755);
	return path;
}

async function openBench(
	base: string,
	dir: string,
	executablePath: string,
	cores: number | null
): Promise<{ ctx: BrowserContext; page: Page }> {
	const ctx = await chromium.launchPersistentContext(mkdtempSync(join(dir, 'profile-')), {
		executablePath,
		headless: true,
		args: [...CHROMIUM_ARGS]
	});
	if (cores !== null) {
		await ctx.addInitScript(
			`Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => ${cores} });`
		);
	}
	const page = ctx.pages()[0] ?? (await ctx.newPage());
	await page.goto(`${base}/bench`);
	await page.waitForFunction(() => 'nasBench' in window, null, { timeout: 60_000 });
	const isolated = await page.evaluate(() => crossOriginIsolated);
	if (!isolated)
		process.stderr.write('warning: the page is not cross-origin isolated (no COOP/COEP): wasm cannot use threads\n');
	return { ctx, page };
}

function quantile(sorted: number[], q: number): number {
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

async function runPass(page: Page, args: Args, label: string, wasmThreads: boolean): Promise<Row[]> {
	const rows: Row[] = [];
	for (const net of NETWORKS.filter((n) => !args.only || args.only.includes(n.network))) {
		const runs = args.quick ? 3 : net.heavy ? 6 : 20;
		const warmups = args.quick ? 1 : net.heavy ? 2 : 5;
		const rounds = args.quick ? 1 : net.heavy ? Math.min(2, args.rounds) : args.rounds;
		const pooled: Record<'layers' | 'folded', number[]> = { layers: [], folded: [] };
		let last: BenchResult | null = null;
		for (let r = 0; r < rounds; r++) {
			const variant = r % 2 === 0 ? 'folded' : 'layers';
			const pairWith = variant === 'folded' ? 'layers' : 'folded';
			const job: BenchJob = {
				network: net.network,
				resolution: net.resolution,
				variant,
				pairWith,
				warmups,
				runs,
				wasmThreads
			};
			const res = (await page.evaluate(
				(j) => (window as unknown as { nasBench: { run: (j: unknown) => Promise<unknown> } }).nasBench.run(j),
				job
			)) as BenchResult;
			if (!res.paired) throw new Error('the bench page returned an unpaired result');
			pooled[res.variant].push(...res.times);
			pooled[res.paired.variant].push(...res.paired.times);
			last = res;
			const med = (t: number[]) =>
				quantile(
					[...t].sort((a, b) => a - b),
					0.5
				).toFixed(2);
			log(
				args,
				`  ${label} ${net.network}@${net.resolution} round ${r + 1}/${rounds} (${runs} runs each, alternating): ` +
					`layers median ${med(pooled.layers.slice(-runs))} ms, folded ${med(pooled.folded.slice(-runs))} ms`
			);
		}
		if (!last) continue;
		for (const variant of ['layers', 'folded'] as const) {
			const s = [...pooled[variant]].sort((a, b) => a - b);
			const median = quantile(s, 0.5);
			rows.push({
				network: net.network,
				resolution: net.resolution,
				variant,
				backend: last.backend.backend,
				threads: last.backend.threads ?? 1,
				wasmBinary: last.backend.wasmBinary,
				medianMs: median,
				p90Ms: quantile(s, 0.9),
				macs: last.macs,
				gmacPerS: last.macs / (median * 1e6)
			});
		}
	}
	return rows;
}

async function calibrate(page: Page): Promise<Calibration> {
	return (await page.evaluate(() =>
		(window as unknown as { nasBench: { calibrate: () => Promise<unknown> } }).nasBench.calibrate()
	)) as Calibration;
}

function table(rows: Row[]): string {
	const head = 'network          res  variant  threads      MACs   median ms   p90 ms   GMAC/s';
	const lines = rows.map(
		(r) =>
			`${r.network.padEnd(15)} ${String(r.resolution).padStart(4)}  ${r.variant.padEnd(7)} ${String(r.threads).padStart(7)} ${((r.macs / 1e6).toFixed(1) + ' M').padStart(9)} ${r.medianMs.toFixed(2).padStart(11)} ${r.p90Ms.toFixed(2).padStart(8)} ${r.gmacPerS.toFixed(2).padStart(8)}`
	);
	const speed: string[] = [];
	for (let i = 0; i + 1 < rows.length; i += 2) {
		const [a, b] = [rows[i], rows[i + 1]];
		if (a.network === b.network && a.threads === b.threads) {
			speed.push(
				`${a.network}@${a.resolution} (${a.threads} thread): folded ${(a.medianMs / b.medianMs).toFixed(2)}× faster than layers`
			);
		}
	}
	return [head, ...lines, '', ...speed].join('\n');
}

/** The lone conv's rate, and what share of it each folded network reaches. */
function calibrationLine(c: Calibration, rows: Row[]): string {
	const rate = c.peak.gmacPerS;
	const shares = rows
		.filter((r) => r.variant === 'folded')
		.map((r) => `${r.network} ${((100 * r.gmacPerS) / rate).toFixed(0)} %`);
	return (
		`\ncalibration (1 thread, ${c.backend.wasmBinary ?? '–'}): ${c.peak.label} alone runs at ${rate.toFixed(2)} GMAC/s ` +
		`(${c.peak.medianMs.toFixed(2)} ms); folded networks reach ${shares.join(', ')} of that`
	);
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	const dir = mkdtempSync(join(tmpdir(), 'bench-browser-'));
	let preview: ChildProcess | null = null;
	try {
		if (args.build) {
			log(args, 'building (npx vite build)…');
			const b = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
			if (b.status !== 0) {
				process.stderr.write(b.stdout + b.stderr);
				throw new Error('vite build failed');
			}
		}
		const port = await freePort();
		const base = `http://127.0.0.1:${port}`;
		preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
			stdio: 'ignore',
			detached: true
		});
		await waitForServer(`${base}/bench`, preview);
		log(args, `serving ${base} (vite preview, COOP/COEP)`);

		let rows: Row[] = [];
		let calibration: Calibration | null = null;
		if (args.single) {
			const single = await openBench(
				base,
				dir,
				args.cpu !== null ? pinnedChromium(dir, args.cpu) : CHROMIUM_PATH,
				null
			);
			log(args, `single-thread pass${args.cpu !== null ? ` (Chromium pinned to CPU ${args.cpu})` : ''}`);
			calibration = await calibrate(single.page);
			log(args, `  calibration: ${calibration.peak.label} alone: ${calibration.peak.gmacPerS.toFixed(2)} GMAC/s`);
			rows = await runPass(single.page, args, '1t', false);
			await single.ctx.close();
		}

		let threaded: Row[] = [];
		if (args.threaded) {
			const multi = await openBench(base, dir, CHROMIUM_PATH, 4);
			log(args, 'threaded pass (page reports 4 cores → tfjs uses 2 wasm threads)');
			threaded = await runPass(multi.page, args, 'mt', true);
			await multi.ctx.close();
		}

		const all = [...rows, ...threaded];
		if (args.json) {
			const out = all.map(({ network, resolution, variant, backend, threads, medianMs, p90Ms, macs, gmacPerS }) => ({
				network,
				resolution,
				variant,
				backend,
				threads,
				medianMs,
				p90Ms,
				macs,
				gmacPerS
			}));
			process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
		} else {
			process.stdout.write('Chromium headless, tfjs wasm; every run includes the read-back\n\n');
			if (rows.length) process.stdout.write(`single thread (${rows[0]?.wasmBinary ?? '–'}):\n${table(rows)}\n`);
			if (calibration) process.stdout.write(`${calibrationLine(calibration, rows)}\n`);
			if (threaded.length) {
				process.stdout.write(
					`\nthreaded, page reports 4 cores (${threaded[0]?.wasmBinary ?? '–'}):\n${table(threaded)}\n`
				);
			}
		}
	} finally {
		if (preview?.pid) {
			try {
				process.kill(-preview.pid); // the npx process group: npx and vite
			} catch {
				// already gone
			}
		}
		rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((e) => {
	process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
	process.exit(1);
});
