// Opening a page in an end-to-end test: go to it, then wait until it is ready (hydrated). Under `vite dev`
// (E2E_DEV=1) a cold first load may answer "Outdated Optimize Dep" while dependencies are re-bundled; one reload
// is what a developer would do. Against the built site (CI) there is no second chance.
import { expect, type Page } from '@playwright/test';

export async function gotoReady(page: Page, url: string, ready: () => Promise<void>): Promise<void> {
	await page.goto(url);
	if (process.env.E2E_DEV !== '1') return ready();
	try {
		await ready();
	} catch {
		await page.reload();
		await ready();
	}
}

/** The notebook has marked itself ready (the link or saved state is applied). */
export async function notebookReady(page: Page): Promise<void> {
	await expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
}

/**
 * Opens `/` + `hash` with nothing saved in localStorage. A test's browser context starts with empty storage, so a
 * page's first navigation goes straight there; a page already on the notebook first reloads a clean `/` (its
 * first address-bar write could otherwise cancel the next navigation), clears the storage, then opens `hash`.
 */
export async function openFresh(page: Page, hash = ''): Promise<void> {
	if (page.url() !== 'about:blank') {
		await page.goto('/');
		await notebookReady(page);
		await page.evaluate(() => localStorage.clear());
	}
	await gotoReady(page, '/' + hash, () => notebookReady(page));
}
