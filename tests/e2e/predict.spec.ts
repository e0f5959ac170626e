// An on-device latency model: "Calibrate this device" times the network's layer shapes in the worker, and the
// predicted latency then follows every edit without a run; a real run shows how far off the prediction was.
import { test, expect, type Page } from '@playwright/test';
import { gotoReady } from './gotoReady';
import { warmTfjs } from './warmTfjs';

test.beforeAll(async ({ browser }, testInfo) => {
	testInfo.setTimeout(400_000);
	await warmTfjs(browser);
});

async function open(page: Page): Promise<void> {
	await gotoReady(page, '/', () =>
		expect(page.getByTestId('latency-panel-mnasnet')).toHaveAttribute('data-hydrated', 'true', { timeout: 45_000 })
	);
}

test('calibrate, predict on every edit without a run, then run and read the prediction error', async ({ page }) => {
	test.setTimeout(300_000);
	await open(page);
	const cell = page.getByTestId('mnasnet-cell');
	const panel = page.getByTestId('latency-panel-mnasnet');
	// a small input and the quick calibration (this network's shapes only) keep the test short
	await cell.getByLabel('resolution', { exact: true }).fill('96');
	const predicted = page.getByTestId('latency-predicted-ms');
	await expect(predicted).toHaveCount(0);
	await panel.getByLabel('Calibration').selectOption('network');
	await panel.getByRole('button', { name: 'Calibrate this device' }).click();
	await expect(panel.getByTestId('latency-status')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
	await expect(panel.getByTestId('latency-table')).toBeVisible();
	const before = Number(await predicted.getAttribute('data-value'));
	expect(Number.isFinite(before) && before > 0).toBe(true);
	// one predicted figure per stage in the diagram's strip
	expect(await cell.getByTestId('strip-predicted-ms').count()).toBeGreaterThan(3);

	// width_mult 0.5 halves every channel count: a narrower network is predicted faster, with no run
	await cell.getByLabel('width_mult', { exact: true }).fill('0.5');
	await expect(predicted).not.toHaveAttribute('data-value', String(before));
	const narrower = Number(await predicted.getAttribute('data-value'));
	expect(narrower).toBeLessThan(before);
	await expect(panel.getByTestId('latency-history-row')).toHaveCount(0);

	// a real run of the edited network: the error is |predicted − measured| / measured, a finite number
	await panel.getByLabel('Timed runs').fill('5');
	await panel.getByRole('button', { name: 'Run MnasNet in browser' }).click();
	await expect(panel.getByTestId('latency-status')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
	const error = Number(await panel.getByTestId('latency-prediction-error').getAttribute('data-value'));
	expect(Number.isFinite(error) && error >= 0).toBe(true);
	const measured = Number(await panel.getByTestId('latency-median-ms').getAttribute('data-value'));
	expect(error).toBeCloseTo(Math.abs(narrower - measured) / measured, 6);
	// the layer profile shows a predicted time per layer
	expect(await panel.getByTestId('latency-layer-predicted').count()).toBeGreaterThan(3);

	// the table is cached in IndexedDB: a reload predicts again without calibrating
	await page.reload();
	await open(page);
	await expect(page.getByTestId('latency-predicted-ms')).toHaveAttribute('data-value', /\d/);
});
