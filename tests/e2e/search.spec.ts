// The search-space explorer and the latency-aware search on the notebook page, driven as a student would: calibrate
// this device, sample networks around the one being edited, load one point into the editor (and undo it), then run
// a short search to completion, and cancel a long one.
import { test, expect, type Page } from '@playwright/test';
import { gotoReady } from './gotoReady';
import { quietDevServer } from './quietDevServer';

test.describe.configure({ mode: 'serial' });

// One page for both tests: a calibration takes a while on a busy machine, and its table serves both cells.
let page: Page;

test.beforeAll(async ({ browser }) => {
	test.setTimeout(300_000);
	page = await browser.newPage();
	await open(page);
	await expect(page.getByTestId('search-explorer').getByTestId('search-need-table')).toContainText('Calibrate first');
	await calibrate(page);
});

test.afterAll(async () => {
	await page.close();
});

async function open(page: Page): Promise<void> {
	await quietDevServer(page.context());
	await gotoReady(page, '/', () =>
		expect(page.locator('main')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 })
	);
}

/** Calibrates from the explorer's button. A fresh `vite dev` server optimises tfjs on the first worker import and
 * reloads the page then; calibrate again after such a reload (a built site has nothing to optimise). */
async function calibrate(page: Page): Promise<void> {
	for (let attempt = 0; attempt < 3; attempt++) {
		const explorer = page.getByTestId('search-explorer');
		await explorer.getByRole('button', { name: 'Calibrate this device' }).click();
		const done = await Promise.race([
			expect(explorer.getByRole('button', { name: 'Sample networks' }))
				.toBeVisible({ timeout: 150_000 })
				.then(() => true),
			page.waitForEvent('framenavigated', { timeout: 150_000 }).then(() => false)
		]).catch(() => false);
		if (done) return;
		await expect(page.locator('main')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
	}
	throw new Error('calibration did not finish');
}

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

test('search: a short hard-constraint search runs to completion and lists its best networks; Cancel stops a long one', async () => {
	const panel = page.getByTestId('search-panel');
	await expect(panel.getByTestId('search-proxy-note')).toContainText('it is not accuracy');
	await expect(panel.getByText(/Default: MnasNet-A1’s predicted latency on this device \([\d.]+ ms\)/)).toBeVisible();

	// bad input: a message at the field, the button disabled
	await panel.getByLabel('Steps').fill('abc');
	await expect(panel.getByRole('alert')).toContainText('whole number');
	await expect(panel.getByRole('button', { name: 'Run search' })).toBeDisabled();

	await panel.getByLabel('Constraint').selectOption('hard');
	await panel.getByLabel('Steps').fill('60');
	await panel.getByRole('button', { name: 'Run search' }).click();
	await expect(panel.getByTestId('search-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
	await expect(panel.getByTestId('search-status')).toHaveText('Finished: 60 networks sampled.');
	await expect(panel.getByTestId('search-reward-chart')).toBeVisible();
	await expect(panel.getByTestId('search-latency-chart')).toBeVisible();
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
