// "Run MnasNet in browser" / "Run NAS-FPN in browser": the network being edited is built and timed in TensorFlow.js (wasm) in a worker, in Debian's
// Chromium. The notebook (/) mounts the panel on its MnasNet and NAS-FPN cells; /bench mounts it alone (and is what
// the browser benchmark drives).
import { readFileSync } from 'node:fs';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { gotoReady } from './gotoReady';
import { warmTfjs } from './warmTfjs';

const RUN_MNAS = 'Run MnasNet in browser';
const RUN_FPN = 'Run NAS-FPN in browser';

const BENCH = '/bench?preset=mnasnet-small&resolution=96';

function mnasPanel(page: Page): Locator {
	return page.getByTestId('latency-panel-mnasnet');
}

function fpnPanel(page: Page): Locator {
	return page.getByTestId('latency-panel-nasfpn');
}

/** Opens a page and waits until the panels are hydrated (a click before that would do nothing). */
async function open(page: Page, url: string): Promise<void> {
	await gotoReady(page, url, () =>
		expect(mnasPanel(page)).toHaveAttribute('data-hydrated', 'true', { timeout: 45_000 })
	);
}

async function runOnce(panel: Locator, runs = '10', name = RUN_MNAS): Promise<number> {
	await panel.getByLabel('Timed runs').fill(runs);
	await panel.getByRole('button', { name }).click();
	// generous: on a 2-core machine shared with other jobs, loading tfjs into the worker alone can take a minute
	await expect(panel.getByTestId('latency-status')).toHaveAttribute('data-status', 'done', { timeout: 240_000 });
	return Number(await panel.getByTestId('latency-median-ms').getAttribute('data-value'));
}

test.beforeAll(async ({ browser }, testInfo) => {
	testInfo.setTimeout(400_000);
	await warmTfjs(browser);
});

test("notebook: runs the edited MnasNet on wasm with the page's exact parameter count, edits it and runs again", async ({
	page
}) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await open(page, '/');
	const cell = page.getByTestId('mnasnet-cell');
	const panel = mnasPanel(page);
	await expect(panel.getByRole('button', { name: RUN_MNAS })).toBeEnabled();
	// tfjs is not part of the page: no worker and no wasm binary before the button is pressed
	expect(page.workers()).toHaveLength(0);
	expect(requests.filter((u) => /\.wasm(\?|$)|tensorflow/.test(u))).toEqual([]);

	// a small input keeps the run quick
	await cell.getByLabel('resolution', { exact: true }).fill('96');
	const total = cell.getByTestId('mnasnet-total-params');
	const before = await total.getAttribute('data-value');
	expect(await runOnce(panel)).toBeGreaterThan(0);
	await expect(panel.getByTestId('latency-backend')).toHaveAttribute('data-value', 'wasm');
	await expect(panel.getByTestId('tfjs-params')).toHaveAttribute('data-value', before!);
	// every tensor of the run was disposed
	const tensors = panel.getByTestId('latency-tensors');
	expect(await tensors.getAttribute('data-after')).toBe(await tensors.getAttribute('data-before'));
	await expect(panel.getByTestId('latency-strip-plot')).toBeVisible();
	await expect(panel.getByTestId('latency-layer-chart')).toBeVisible();

	// edit the network: width_mult 0.5 changes the total; the second run builds the edited network
	await cell.getByLabel('width_mult', { exact: true }).fill('0.5');
	await expect(total).not.toHaveAttribute('data-value', before!);
	const edited = await total.getAttribute('data-value');
	expect(await runOnce(panel)).toBeGreaterThan(0);
	await expect(panel.getByTestId('tfjs-params')).toHaveAttribute('data-value', edited!);
	await expect(panel.getByTestId('latency-history-row')).toHaveCount(2);
	await expect(panel.getByTestId('latency-history-row').nth(1)).toContainText('w 0.5');

	// the history as CSV: a header and one row per run
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		panel.getByRole('button', { name: 'Export CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('latency-runs.csv');
	const csv = readFileSync((await download.path())!, 'utf8')
		.trim()
		.split('\r\n');
	expect(csv).toHaveLength(3);
	expect(csv[0]).toBe('n,kind,summary,backend,threads,variant,params,macs,medianMs,p90Ms,minMs,at');
	expect(csv[2]).toContain(`,${edited},`);
});

test("notebook: times the NAS-FPN pyramid with the cell's exact parameter count", async ({ page }) => {
	await open(page, '/');
	await page.getByLabel('image size', { exact: true }).fill('128');
	await page.getByLabel('repeats', { exact: true }).fill('1');
	await page.getByLabel('channels', { exact: true }).fill('32');
	const total = page.getByTestId('nasfpn-total-params');
	await expect(total).toHaveAttribute('data-value', /\d+/);
	const panel = fpnPanel(page);
	expect(await runOnce(panel, '3', RUN_FPN)).toBeGreaterThan(0);
	await expect(panel.getByTestId('tfjs-params')).toHaveAttribute(
		'data-value',
		(await total.getAttribute('data-value'))!
	);
	await expect(panel.getByTestId('latency-backend')).toHaveAttribute('data-value', 'wasm');
});

test("bench page: MnasNet-A1's published top-1 is prefilled only for the exact preset", async ({ page }) => {
	await open(page, '/bench?preset=mnasnet-a1&resolution=96');
	const panel = mnasPanel(page);
	// 75.2 % (paper Table 1) holds for the network as published, at 224 px
	await expect(panel.getByLabel('Top-1 accuracy (%)')).toHaveValue('');
	await page.getByLabel('bench resolution').fill('224');
	await expect(panel.getByLabel('Top-1 accuracy (%)')).toHaveValue('75.2');
});

test('refuses a network above the memory limit with an alert, and cancels a long run', async ({ page }) => {
	await open(page, '/bench?preset=mnasnet-d1&resolution=2048');
	const panel = mnasPanel(page);
	await panel.getByRole('button', { name: RUN_MNAS }).click();
	await expect(panel.getByRole('alert')).toContainText('Not built');
	await expect(panel.getByRole('alert')).toContainText('GB');

	await page.getByLabel('bench resolution').fill('96');
	await panel.getByLabel('Timed runs').fill('1000');
	await panel.getByRole('button', { name: RUN_MNAS }).click();
	await expect(panel.getByTestId('latency-status')).toContainText('Timed run', { timeout: 90_000 });
	await panel.getByRole('button', { name: 'Cancel the MnasNet run' }).click();
	await expect(panel.getByTestId('latency-status')).toHaveAttribute('data-status', 'cancelled');
	await expect(panel.getByRole('button', { name: RUN_MNAS })).toBeEnabled();
});

test('says so when the worker dies, and the next run starts a fresh worker', async ({ page }) => {
	// the first worker the page creates is killed shortly after it starts, as a crash would
	await page.addInitScript(() => {
		const Native = window.Worker;
		const w = window as unknown as { Worker: typeof Worker; __workersCreated: number };
		w.__workersCreated = 0;
		w.Worker = class extends Native {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				w.__workersCreated += 1;
				if (w.__workersCreated === 1) {
					setTimeout(() => {
						this.terminate();
						this.dispatchEvent(new ErrorEvent('error', { message: 'killed by the test' }));
					}, 30);
				}
			}
		};
	});
	await open(page, BENCH);
	const panel = mnasPanel(page);
	await panel.getByLabel('Timed runs').fill('3');
	await panel.getByRole('button', { name: RUN_MNAS }).click();
	await expect(panel.getByRole('alert')).toContainText('killed by the test');
	await expect(panel.getByRole('alert')).toContainText('fresh worker');
	await expect(panel.getByTestId('latency-status')).toHaveAttribute('data-status', 'error');

	await panel.getByRole('button', { name: RUN_MNAS }).click();
	await expect(panel.getByTestId('latency-status')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
	expect(Number(await panel.getByTestId('latency-median-ms').getAttribute('data-value'))).toBeGreaterThan(0);
	expect(await page.evaluate(() => (window as unknown as { __workersCreated: number }).__workersCreated)).toBe(2);
	await expect(panel.getByRole('alert')).toHaveCount(0);
});

test('bench page: timing both graphs alternately shows the paired median and what folding buys', async ({ page }) => {
	await open(page, BENCH);
	const panel = mnasPanel(page);
	await panel.getByLabel('Also time the other graph (runs alternate)').check();
	await panel.getByLabel('Profile the layers (one extra run)').uncheck();
	expect(await runOnce(panel, '6')).toBeGreaterThan(0);
	await expect(panel.getByRole('heading', { name: 'Folding, measured' })).toBeVisible();
	const paired = panel.getByTestId('latency-paired-median');
	await expect(paired).toContainText('tf.layers model');
	expect(Number(await paired.getAttribute('data-value'))).toBeGreaterThan(0);
	// the ratio is measured, so no bound on it here: only that it is a finite positive number shown in words
	const speedup = panel.getByTestId('latency-speedup');
	const ratio = Number(await speedup.getAttribute('data-value'));
	expect(Number.isFinite(ratio) && ratio > 0).toBe(true);
	await expect(speedup).toContainText(`${ratio.toFixed(2)}×`);
	// both networks were disposed
	const tensors = panel.getByTestId('latency-tensors');
	expect(await tensors.getAttribute('data-after')).toBe(await tensors.getAttribute('data-before'));
});

test('notebook: an estimate before a run; the result is marked out of date after an edit', async ({ page }) => {
	test.setTimeout(300_000);
	await open(page, '/');
	const cell = page.getByTestId('mnasnet-cell');
	const panel = mnasPanel(page);
	await cell.getByLabel('resolution', { exact: true }).fill('96');
	const estimate = panel.getByTestId('latency-estimate');
	const seconds = Number(await estimate.getAttribute('data-seconds'));
	expect(Number.isFinite(seconds) && seconds > 0).toBe(true);
	await expect(estimate).toContainText('This run should take about');
	expect(await runOnce(panel, '3')).toBeGreaterThan(0);
	const result = panel.getByTestId('latency-result');
	await expect(result).toHaveAttribute('data-stale', 'false');
	await expect(panel.getByTestId('latency-n')).toHaveAttribute('data-value', '3');

	await cell.getByLabel('width_mult', { exact: true }).fill('0.5');
	await expect(result).toHaveAttribute('data-stale', 'true');
	await expect(result).toContainText('Out of date: the network has been edited since this run.');
});

test('notebook: one run at a time: while MnasNet runs, the NAS-FPN button is disabled with a note', async ({
	page
}) => {
	test.setTimeout(300_000);
	await open(page, '/');
	await page.getByTestId('mnasnet-cell').getByLabel('resolution', { exact: true }).fill('96');
	const mnas = mnasPanel(page);
	const fpn = fpnPanel(page);
	await mnas.getByLabel('Timed runs').fill('1000');
	await mnas.getByRole('button', { name: RUN_MNAS }).click();
	await expect(mnas.getByTestId('latency-status')).toHaveAttribute('data-status', 'running');
	await expect(fpn.getByRole('button', { name: RUN_FPN })).toBeDisabled();
	await expect(fpn.getByTestId('latency-blocked')).toContainText('Another run is in progress');
	await mnas.getByRole('button', { name: 'Cancel the MnasNet run' }).click();
	await expect(mnas.getByTestId('latency-status')).toHaveAttribute('data-status', 'cancelled');
	await expect(fpn.getByRole('button', { name: RUN_FPN })).toBeEnabled();
	await expect(fpn.getByTestId('latency-blocked')).toHaveCount(0);
});

test('notebook: the default NAS-FPN run (f at 640, 7 repeats) finishes within its time budget and shows n', async ({
	page
}) => {
	test.setTimeout(300_000);
	await open(page, '/');
	const panel = fpnPanel(page);
	await expect(panel.getByTestId('latency-estimate')).toHaveAttribute('data-seconds', /^\d+(\.\d)?$/);
	await panel.getByRole('button', { name: RUN_FPN }).click();
	await expect(panel.getByTestId('latency-status')).toHaveAttribute('data-status', 'done', { timeout: 280_000 });
	const n = Number(await panel.getByTestId('latency-n').getAttribute('data-value'));
	expect(n).toBeGreaterThanOrEqual(1);
	await expect(panel.getByTestId('latency-n')).toContainText(`n = ${n}`);
	expect(Number(await panel.getByTestId('latency-median-ms').getAttribute('data-value'))).toBeGreaterThan(0);
});
