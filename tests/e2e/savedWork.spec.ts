import { test, expect, type Page } from '@playwright/test';
import { gotoReady, openFresh } from './gotoReady';
import { quietDevServer } from './quietDevServer';

// Saved work is never lost: opening a link does not overwrite the notebook saved in this browser, the saved notebook
// stays recoverable after the link's network is edited, a newer version's entry is kept, and storage that is blocked
// or full is said.

const KEY = 'nas-notebook:v1';
const ready = (page: Page) =>
	expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
/** A fresh load of `url` (from a blank page, so a link's fragment change is a real load, not a hash change). */
async function open(page: Page, url: string): Promise<void> {
	await page.goto('about:blank');
	await gotoReady(page, url, () => ready(page));
}
const link = (json: unknown) => '/#v1=' + Buffer.from(JSON.stringify(json), 'utf8').toString('base64url');
const widthBox = (page: Page) => page.getByLabel('width_mult', { exact: true });
const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

// four full page loads a test: give a slow machine room
test.describe.configure({ timeout: 300_000 });

test.beforeEach(async ({ context }) => {
	await quietDevServer(context);
});

/** Make the user's own notebook: width 0.6 on the lecture preset, saved in this browser. Returns the saved entry. */
async function saveMyWork(page: Page): Promise<string> {
	await openFresh(page);
	await widthBox(page).fill('0.6');
	await expect.poll(() => saved(page)).not.toBeNull();
	const entry = (await saved(page))!;
	return entry;
}

const tidiedLinks: [string, unknown][] = [
	['a tour step out of range', { tour: 999 }],
	['an unknown lock id', { lock: ['no-such-control'] }],
	['a compare pair of mixed kinds', { cmp: ['m', 'f'] }]
];

for (const [name, json] of tidiedLinks) {
	test(`opening a link with ${name} keeps the saved notebook`, async ({ page }) => {
		const mine = await saveMyWork(page);
		await open(page, link(json));
		// the page tidies what the link asked for; give any write the time it takes (writes wait 120 ms)
		await page.waitForTimeout(1000);
		expect(await saved(page)).toBe(mine);
		// and the saved notebook is what a visit without the link shows
		await open(page, '/');
		await expect(widthBox(page)).toHaveValue('0.6');
	});
}

test('after editing a link’s network, "Restore my saved notebook" brings the saved one back', async ({ page }) => {
	await saveMyWork(page);
	await open(page, link({ m: { p: 'mnasnet-a1' } }));
	await expect(widthBox(page)).toHaveValue('1');
	await widthBox(page).fill('1.3');
	await expect.poll(async () => (await saved(page)) ?? '').not.toContain('"0.6"');
	await page.reload();
	await ready(page);
	const restore = page.getByRole('button', { name: 'Restore my saved notebook' });
	await expect(restore).toBeVisible();
	await restore.click();
	await expect(widthBox(page)).toHaveValue('0.6');
	await expect(restore).toHaveCount(0);
	await open(page, '/');
	await expect(widthBox(page)).toHaveValue('0.6');
});

test('a saved entry written by a newer version is kept, and the page says so', async ({ page }) => {
	await open(page, '/');
	const newer = 'v2=eyJmcm9tIjoiZnV0dXJlIn0';
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, newer]);
	await page.reload();
	await ready(page);
	await expect(page.getByRole('status').filter({ hasText: 'written by a newer version' })).toBeVisible();
	await widthBox(page).fill('0.75');
	await expect(page).toHaveURL(/#v1=/);
	await page.waitForTimeout(500);
	expect(await saved(page)).toBe(newer);
});

test('storage that is full says "not saved in this browser"', async ({ page }) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = function () {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await open(page, '/');
	await widthBox(page).fill('0.75');
	await expect(page.getByRole('status').filter({ hasText: 'not saved in this browser' })).toBeVisible();
});
