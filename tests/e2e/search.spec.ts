// The search-space explorer and the latency-aware search on the notebook page, driven as a student would: the page's
// one calibration (started from the explorer, shown in every cell, cancelled), the first search calibrating this
// device by itself, sampling networks around the one being edited, loading one point into the editor (and undoing
// it), a short search run to completion, and a long one cancelled.
import { test, expect, type Page } from '@playwright/test';
import { gotoReady } from './gotoReady';
import { quietDevServer } from './quietDevServer';
import { warmTfjs } from './warmTfjs';

test.describe.configure({ mode: 'serial' });

// One page for all tests: a calibration takes a while on a busy machine, and its table serves every cell.
let page: Page;

test.beforeAll(async ({ browser }) => {
	test.setTimeout(400_000);
	await warmTfjs(browser);
	page = await browser.newPage();
	await quietDevServer(page.context());
	await gotoReady(page, '/', () =>
		expect(page.locator('main')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 })
	);
	// the cells below the first screen load on the reader's first scroll (or when the browser is next idle)
	await page.mouse.wheel(0, 1);
	await expect(page.getByTestId('search-panel')).toBeVisible({ timeout: 90_000 });
	await expect(page.getByTestId('latency-panel-mnasnet')).toHaveAttribute('data-hydrated', 'true');
});

test.afterAll(async () => {
	await page.close();
});

test('calibration: the explorer’s button starts the page’s one calibration, shown in every cell; Cancel stops it', async () => {
	const explorer = page.getByTestId('search-explorer');
	const panel = page.getByTestId('search-panel');
	const runCell = page.getByTestId('latency-panel-mnasnet');
	await expect(explorer.getByTestId('search-need-table')).toContainText('Calibrate first');
	await expect(panel.getByTestId('search-need-table')).toContainText('Run search calibrates this device first');

	await explorer.getByRole('button', { name: 'Calibrate this device' }).click();
	// the same calibration in the search cell and in the run cell, whose runner times it
	await expect(explorer.getByRole('button', { name: 'Calibrating…' })).toBeDisabled();
	await expect(panel.getByRole('button', { name: 'Calibrating…' })).toBeDisabled();
	await expect(panel.getByRole('button', { name: 'Run search' })).toBeDisabled();
	await expect(runCell.getByTestId('latency-status')).toHaveAttribute('data-status', 'running');
	await expect(runCell.getByRole('button', { name: 'Calibrate this device' })).toBeDisabled();

	await explorer.getByRole('button', { name: 'Cancel calibration' }).click();
	await expect(explorer.getByTestId('search-need-table')).toContainText('Calibration cancelled.');
	await expect(runCell.getByTestId('latency-status')).toHaveAttribute('data-status', 'cancelled');
	await expect(explorer.getByRole('button', { name: 'Calibrate this device' })).toBeEnabled();
	await expect(panel.getByRole('button', { name: 'Run search' })).toBeEnabled();
});

test('search: without a table the first search calibrates this device, then a short hard-constraint search runs to completion', async () => {
	test.setTimeout(300_000);
	const panel = page.getByTestId('search-panel');
	const status = panel.getByTestId('search-status');
	await expect(panel.getByTestId('search-proxy-note')).toContainText('it is not accuracy');

	// bad input: a message at the field, the button disabled
	await panel.getByLabel('Steps').fill('abc');
	await expect(panel.getByRole('alert')).toContainText('whole number');
	await expect(panel.getByRole('button', { name: 'Run search' })).toBeDisabled();

	await panel.getByLabel('Constraint').selectOption('hard');
	await panel.getByLabel('Steps').fill('60');
	await panel.getByRole('button', { name: 'Run search' }).click();
	await expect(status).toHaveAttribute('data-status', 'calibrating');
	await expect(status).toHaveText('Calibrating this device before the first search…');
	await expect(status).toHaveAttribute('data-status', 'done', { timeout: 240_000 });
	await expect(status).toHaveText('Finished: 60 networks sampled.');
	await expect(panel.getByTestId('search-need-table')).toHaveCount(0);
	await expect(panel.getByText(/Default: MnasNet-A1’s predicted latency on this device \([\d.]+ ms\)/)).toBeVisible();
	await expect(panel.getByTestId('search-reward-chart')).toBeVisible();
	await expect(panel.getByTestId('search-latency-chart')).toBeVisible();
	await expect(panel.getByTestId('search-best-row')).toHaveCount(5);
	// the table serves the page: the explorer opens, and the run cell predicts
	await expect(page.getByTestId('search-explorer').getByRole('button', { name: 'Sample networks' })).toBeVisible();
	await expect(page.getByTestId('latency-panel-mnasnet').getByTestId('latency-table')).toBeVisible();
});

test('explorer: a sampled point loads into the editor with its params, and undo brings the network back', async () => {
	const explorer = page.getByTestId('search-explorer');

	await explorer.getByLabel('Networks').selectOption('300');
	await explorer.getByRole('button', { name: 'Sample networks' }).click();
	const points = explorer.getByTestId('search-point');
	await expect(points).toHaveCount(300, { timeout: 60_000 });
	await expect(explorer.getByTestId('search-current')).toBeVisible();
	await expect(explorer.getByTestId('search-pair-sentence')).toContainText('Equal MACs, different latency');

	const total = page.getByTestId('mnasnet-cell').getByTestId('mnasnet-total-params');
	const before = await total.getAttribute('data-value');
	// a point whose params differ from the current network's
	let pick = -1;
	for (let i = 0; i < 300 && pick < 0; i++) if ((await points.nth(i).getAttribute('data-params')) !== before) pick = i;
	expect(pick).toBeGreaterThanOrEqual(0);
	const point = points.nth(pick);
	const params = await point.getAttribute('data-params');
	const latency = Number(await point.getAttribute('data-latency-ms'));
	expect(latency).toBeGreaterThan(0);
	// points overlap in a dense cloud, so a click at this one's centre may hit a neighbour drawn on top: click it itself
	await point.dispatchEvent('click');
	await expect(total).toHaveAttribute('data-value', params!);
	await expect(explorer).toContainText('Loaded into the editor.');

	await page.locator('h1').click(); // keyboard shortcuts act outside text fields
	await page.keyboard.press('Control+z');
	await expect(total).toHaveAttribute('data-value', before!);

	// Enter on a focused point loads it too
	const other = points.nth((pick + 1) % 300);
	const otherParams = await other.getAttribute('data-params');
	await other.press('Enter');
	await expect(total).toHaveAttribute('data-value', otherParams!);

	await page.screenshot({ path: '/tmp/search-explorer.png', fullPage: false });
	await explorer.screenshot({ path: '/tmp/search-explorer-cell.png' });
});

test('search: a best network loads into the editor; Cancel stops a long search', async () => {
	const panel = page.getByTestId('search-panel');
	const rows = panel.getByTestId('search-best-row');
	await expect(rows).toHaveCount(5);

	const total = page.getByTestId('mnasnet-cell').getByTestId('mnasnet-total-params');
	const best = rows.first();
	const bestParams = await best.getAttribute('data-params');
	await best.getByRole('button', { name: 'Load into editor' }).click();
	await expect(total).toHaveAttribute('data-value', bestParams!);
	await panel.screenshot({ path: '/tmp/search-panel.png' });

	await panel.getByLabel('Steps').fill('5000');
	await panel.getByRole('button', { name: 'Run search' }).click();
	await expect(panel.getByTestId('search-status')).toHaveAttribute('data-status', 'running');
	// from the keyboard: the charts grow under the button while it runs, so a pointer click would wait for the layout
	await panel.getByRole('button', { name: 'Cancel' }).focus();
	await page.keyboard.press('Enter');
	await expect(panel.getByTestId('search-status')).toHaveAttribute('data-status', 'cancelled');
	await expect(panel.getByTestId('search-status')).toContainText('Cancelled after');
});
