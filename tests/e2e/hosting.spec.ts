import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serveSubpath } from './subpathServer';

// A teacher's hosting: the site built for a sub-path (BASE_PATH=/nas-notebook), put on a static server that sends no
// COOP/COEP headers. The service worker isolates the page (after one reload), and after the first visit the notebook
// opens offline. This test builds its own copy in a temporary folder (build/ is left alone).

const BASE = '/nas-notebook';
const PORT = 4327;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** SvelteKit's own output for this build: inside the project (its prerendering imports the project's packages), beside .svelte-kit */
const KIT_OUT = '.svelte-kit-subpath';

let server: Server | undefined;
let dir = '';

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
	test.setTimeout(600_000);
	dir = mkdtempSync(join(tmpdir(), 'nas-notebook-subpath-'));
	const out = join(dir, 'site');
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, BASE_PATH: BASE, BUILD_DIR: out, KIT_OUT_DIR: KIT_OUT },
		stdio: 'inherit'
	});
	expect(existsSync(join(out, 'index.html'))).toBe(true);
	expect(existsSync(join(out, 'service-worker.js'))).toBe(true);
	expect(existsSync(join(out, '_headers'))).toBe(true);
	server = await serveSubpath(out, BASE, PORT);
});

test.afterAll(async () => {
	await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
	if (dir) rmSync(dir, { recursive: true, force: true });
	rmSync(KIT_OUT, { recursive: true, force: true });
});

test('under /nas-notebook/ without COOP/COEP headers: isolated after load, and the notebook opens offline', async ({
	page,
	context
}) => {
	const response = await page.goto(`${ORIGIN}${BASE}/`);
	expect(response?.headers()['cross-origin-embedder-policy']).toBeUndefined(); // the host really sends none
	// the service worker takes over and the page reloads once, now with the headers
	await expect
		.poll(() => page.evaluate(() => window.crossOriginIsolated).catch(() => false), { timeout: 180_000 })
		.toBe(true);
	await expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// the tfjs wasm binaries are cached for Run in browser
	const cachedWasm = await page.evaluate(async () => {
		const names: string[] = [];
		for (const key of await caches.keys())
			for (const req of await (await caches.open(key)).keys()) names.push(new URL(req.url).pathname);
		return names.filter((n) => n.endsWith('.wasm')).length;
	});
	expect(cachedWasm).toBe(3);

	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
	await context.setOffline(false);
});
