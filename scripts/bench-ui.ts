// UI benchmark (not a test): serves the existing build/ with `vite preview` on a free port, opens Debian's Chromium
// through playwright-core and prints
//   1. the first-load JavaScript: every .js response before any interaction (bytes on the wire, raw and gzip size),
//      and whether TensorFlow.js is among it (it must not be: the latency panel loads it on demand);
//   2. the edit latency: time from an `input` event on the width_mult box to the next animation frame after the
//      MnasNet totals changed, median (and p10/p90) of N edits.
// Usage: npm run bench:ui [-- --build] [--runs 30] [--json] [--url http://127.0.0.1:PORT]
// It does not build unless given --build (other work may share the tree); run `npm run build` first. --url measures
// a server that is already running instead (e.g. `vite dev`: edit latency is meaningful there, JS sizes are not).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS as SHARED_CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

// WebGPU is probed too on the page, so its flag joins the shared ones.
const CHROMIUM_ARGS = [...SHARED_CHROMIUM_ARGS, '--enable-unsafe-webgpu'];

interface Options {
	build: boolean;
	url: string | null;
	runs: number;
	json: boolean;
}

function parseArgs(argv: string[]): Options {
	const opts: Options = { build: false, url: null, runs: 30, json: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--build') opts.build = true;
		else if (a === '--json') opts.json = true;
		else if (a === '--url') opts.url = (argv[++i] ?? '').replace(/\/+$/, '');
		else if (a === '--runs') opts.runs = Math.max(1, Math.min(500, Number(argv[++i]) || 30));
		else if (a === '--help' || a === '-h') {
			console.log('Usage: tsx scripts/bench-ui.ts [--build] [--runs N] [--json] [--url BASE]');
			process.exit(0);
		} else {
			console.error(`unknown option: ${a}`);
			process.exit(2);
		}
	}
	return opts;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			const port = typeof addr === 'object' && addr ? addr.port : 0;
			srv.close(() => resolve(port));
		});
	});
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
	const start = Date.now();
	while (Date.now() - start < timeoutMs) {
		if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
		try {
			const res = await fetch(url);
			if (res.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

function quantile(sorted: number[], q: number): number {
	if (sorted.length === 0) return NaN;
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

interface Summary {
	median: number;
	p10: number;
	p90: number;
	min: number;
	max: number;
}

function summarize(values: number[]): Summary {
	const s = [...values].sort((a, b) => a - b);
	return { median: quantile(s, 0.5), p10: quantile(s, 0.1), p90: quantile(s, 0.9), min: s[0], max: s[s.length - 1] };
}

interface ScriptLoad {
	url: string;
	wireBytes: number;
	rawBytes: number;
	gzipBytes: number;
	tfjs: boolean;
}

async function firstLoad(page: Page, url: string): Promise<ScriptLoad[]> {
	const pending: Promise<ScriptLoad | null>[] = [];
	page.on('response', (response) => {
		const u = response.url();
		const isJs = new URL(u).pathname.endsWith('.js') || response.request().resourceType() === 'script';
		if (!isJs) return;
		pending.push(
			(async () => {
				try {
					const body = await response.body();
					const sizes = await response.request().sizes();
					const text = body.toString('latin1');
					return {
						url: u,
						wireBytes: sizes.responseBodySize + sizes.responseHeadersSize,
						rawBytes: body.length,
						gzipBytes: gzipSync(body).length,
						// kernel names are string constants that survive minification
						tfjs: /FusedDepthwiseConv2D|DepthwiseConv2dNativeBackpropFilter/.test(text)
					};
				} catch {
					return null;
				}
			})()
		);
	});
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	const loads = (await Promise.all(pending)).filter((x): x is ScriptLoad => x !== null);
	page.removeAllListeners('response');
	return loads;
}

interface EditTimes {
	toFrame: number[];
	toUpdate: number[];
	toPaint: number[];
}

/** Runs in the page: N edits of width_mult, each timed from the input event to the next frame after the update. */
async function editLatency(page: Page, runs: number): Promise<EditTimes> {
	await page.waitForSelector('[data-testid="mnasnet-total-params"]', { timeout: 30_000 });
	// tsx compiles with keepNames, which wraps functions in a `__name` helper the page does not have
	await page.evaluate('globalThis.__name ??= (f) => f');
	return page.evaluate(async (runs: number) => {
		const input = Array.from(document.querySelectorAll('input')).find(
			(el) => el.getAttribute('aria-label') === 'width_mult'
		);
		const total = document.querySelector('[data-testid="mnasnet-total-params"]');
		if (!input || !total) throw new Error('width_mult box or mnasnet-total-params not found');
		const values = ['0.5', '0.75', '1', '1.25', '1.4', '0.35', '1.1', '0.9'];
		const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
		// a task queued from a rAF callback runs after that frame is painted
		const afterPaint = () =>
			new Promise<number>((r) =>
				requestAnimationFrame(() => {
					const ch = new MessageChannel();
					ch.port1.onmessage = () => r(performance.now());
					ch.port2.postMessage(0);
				})
			);
		const out = { toFrame: [] as number[], toUpdate: [] as number[], toPaint: [] as number[] };
		const warmups = 3;
		for (let i = 0; i < runs + warmups; i++) {
			await afterPaint(); // start each edit at a quiet point
			const before = total.getAttribute('data-value');
			const changed = new Promise<number>((resolve) => {
				const mo = new MutationObserver(() => {
					if (total.getAttribute('data-value') !== before) {
						mo.disconnect();
						resolve(performance.now());
					}
				});
				mo.observe(total, { attributes: true, attributeFilter: ['data-value'] });
			});
			const t0 = performance.now();
			input.value = values[i % values.length];
			input.dispatchEvent(new Event('input', { bubbles: true }));
			const tUpdate = await changed;
			const tFrame = await nextFrame();
			const tPaint = await afterPaint();
			if (i >= warmups) {
				out.toUpdate.push(tUpdate - t0);
				out.toFrame.push(tFrame - t0);
				out.toPaint.push(tPaint - t0);
			}
		}
		return out;
	}, runs);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main(): Promise<void> {
	const opts = parseArgs(process.argv.slice(2));
	const root = process.cwd();
	if (opts.build) {
		const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
		if (r.status !== 0) process.exit(r.status ?? 1);
	}
	let base: string;
	let server: ChildProcess | null = null;
	if (opts.url) {
		base = opts.url;
	} else {
		if (!existsSync(join(root, 'build', 'index.html'))) {
			console.error('build/index.html is missing: run `npm run build` first (or pass --build).');
			process.exit(2);
		}
		const port = await freePort();
		base = `http://127.0.0.1:${port}`;
		server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true
		});
	}
	const profile = mkdtempSync(join(tmpdir(), 'bench-ui-'));
	const stop = () => {
		try {
			if (server?.pid) process.kill(-server.pid, 'SIGTERM'); // the preview server's process group, nothing else
		} catch {
			// already gone
		}
		rmSync(profile, { recursive: true, force: true });
	};
	try {
		if (server) await waitForServer(base + '/', server);
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM_PATH,
			headless: true,
			args: CHROMIUM_ARGS,
			viewport: { width: 1280, height: 800 }
		});
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			const scripts = await firstLoad(page, base + '/');
			const wire = scripts.reduce((s, x) => s + x.wireBytes, 0);
			const raw = scripts.reduce((s, x) => s + x.rawBytes, 0);
			const gz = scripts.reduce((s, x) => s + x.gzipBytes, 0);
			const tfjs = scripts.filter((s) => s.tfjs);
			const times = await editLatency(page, opts.runs);
			const result = {
				url: base + '/',
				firstLoadJs: {
					files: scripts.length,
					wireBytes: wire,
					rawBytes: raw,
					gzipBytes: gz,
					tfjsFiles: tfjs.map((s) => s.url)
				},
				largest: [...scripts]
					.sort((a, b) => b.rawBytes - a.rawBytes)
					.slice(0, 5)
					.map((s) => ({ file: new URL(s.url).pathname, rawBytes: s.rawBytes, gzipBytes: s.gzipBytes })),
				editLatencyMs: {
					runs: opts.runs,
					toNextFrame: summarize(times.toFrame),
					toTotalsUpdate: summarize(times.toUpdate),
					toAfterPaint: summarize(times.toPaint)
				}
			};
			if (opts.json) {
				console.log(JSON.stringify(result, null, 2));
			} else {
				console.log(`first-load JS: ${scripts.length} files, ${kb(wire)} on the wire (${kb(raw)} raw, ${kb(gz)} gzip)`);
				console.log(`  tfjs in first load: ${tfjs.length === 0 ? 'no' : 'YES: ' + tfjs.map((s) => s.url).join(', ')}`);
				for (const l of result.largest)
					console.log(`  ${kb(l.rawBytes).padStart(10)} raw ${kb(l.gzipBytes).padStart(9)} gzip  ${l.file}`);
				const f = result.editLatencyMs.toNextFrame;
				const u = result.editLatencyMs.toTotalsUpdate;
				const p = result.editLatencyMs.toAfterPaint;
				console.log(
					`edit latency (width_mult input → next animation frame after the totals update), ${opts.runs} edits:`
				);
				console.log(`  median ${ms(f.median)}  p10 ${ms(f.p10)}  p90 ${ms(f.p90)}  min ${ms(f.min)}  max ${ms(f.max)}`);
				console.log(
					`  input → totals in the DOM: median ${ms(u.median)} (p90 ${ms(u.p90)}); → after paint: median ${ms(p.median)} (p90 ${ms(p.p90)})`
				);
			}
		} finally {
			await context.close();
		}
	} finally {
		stop();
	}
}

main().catch((err) => {
	console.error(err instanceof Error ? err.message : String(err));
	process.exit(1);
});
