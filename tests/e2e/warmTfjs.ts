// A fresh `vite dev` server optimises tfjs the first time the worker imports it and reloads the page then; a
// spec that runs tfjs lets that happen once before its tests (a built site served by `vite preview` has nothing
// to optimise, so this does nothing there).
import { expect, type Browser } from '@playwright/test';
import { gotoReady } from './gotoReady';

export async function warmTfjs(browser: Browser): Promise<void> {
	if (process.env.E2E_DEV !== '1') return;
	const page = await browser.newPage();
	for (let attempt = 0; attempt < 4; attempt++) {
		await gotoReady(page, '/bench?preset=mnasnet-small&resolution=64', () =>
			expect(page.getByTestId('latency-panel-mnasnet')).toHaveAttribute('data-hydrated', 'true', { timeout: 45_000 })
		);
		const panel = page.getByTestId('latency-panel-mnasnet');
		const finished = () =>
			Promise.race([
				expect(panel.getByTestId('latency-status'))
					.toHaveAttribute('data-status', 'done', { timeout: 90_000 })
					.then(() => true),
				page.waitForEvent('framenavigated', { timeout: 90_000 }).then(() => false)
			]).catch(() => false);
		// a run and a quick calibration: between them the worker imports everything it ever will
		await panel.getByLabel('Timed runs').fill('1');
		await panel.getByRole('button', { name: 'Run MnasNet in browser' }).click();
		if (!(await finished())) continue;
		await panel.getByLabel('Calibration').selectOption('network');
		await panel.getByRole('button', { name: 'Calibrate this device' }).click();
		if (await finished()) break;
	}
	await page.close();
}
