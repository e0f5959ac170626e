// Opening a page in an end-to-end test: go to it, then wait until it is ready (hydrated). Under `vite dev`
// (E2E_DEV=1) a cold first load may answer "Outdated Optimize Dep" while dependencies are re-bundled; one reload
// is what a developer would do. Against the built site (CI) there is no second chance.
import type { Page } from '@playwright/test';

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
