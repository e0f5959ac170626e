import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './gotoReady';
import { quietDevServer } from './quietDevServer';

// The Compare cell in a shared link, as a student uses it on the notebook page: an edited network put into a compare
// side (kept as a copy, or tracked as the current edit) comes back in a fresh browser with the same totals, and a
// link whose compare side is corrupt still opens, with the problem shown in the Compare cell.

const READY = { timeout: 90_000 };

test.beforeEach(async ({ context }) => {
	await quietDevServer(context);
});

async function ready(page: Page): Promise<void> {
	await expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', READY);
}

const params = (page: Page) => page.getByTestId('mnasnet-total-params');
const widthBox = (page: Page) => page.getByLabel('width_mult', { exact: true });
const left = (page: Page) => page.getByRole('combobox', { name: 'compare left' });
const right = (page: Page) => page.getByRole('combobox', { name: 'compare right' });

/** The exact params of one side as the Compare table's totals row shows them (its title holds the exact count). */
async function compareParams(page: Page, side: 'left' | 'right'): Promise<string> {
	const cell = page
		.getByTestId('compare-total')
		.locator('td')
		.nth(side === 'left' ? 0 : 1);
	return ((await cell.getAttribute('title')) ?? '').replace(/[^0-9]/g, '');
}

async function setWidth(page: Page, value: string): Promise<string> {
	const before = await params(page).getAttribute('data-value');
	await widthBox(page).fill(value);
	await widthBox(page).press('Enter');
	await expect(params(page)).not.toHaveAttribute('data-value', before ?? '');
	return (await params(page).getAttribute('data-value'))!;
}

/** "Copy link", then what the clipboard holds. */
async function copyLink(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
	return page.evaluate(() => navigator.clipboard.readText());
}

/** The link opened by someone else: a new browser profile (no localStorage), the dev server kept quiet. */
async function openElsewhere(
	browser: import('@playwright/test').Browser,
	link: string
): Promise<{ other: Page; close: () => Promise<void> }> {
	const context = await browser.newContext();
	await quietDevServer(context);
	const other = await context.newPage();
	await other.goto(link);
	await ready(other);
	return { other, close: () => context.close() };
}

// lecture preset at width 1.0 / 224: 4,383,312 params (torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: = torchvision mnasnet1_0)
const LECTURE_PARAMS = '4383312';

test('a kept copy of an edited network comes back from a shared link with the same totals', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openFresh(page);
	const edited = await setWidth(page, '0.75');
	expect(edited).not.toBe(LECTURE_PARAMS);

	await left(page).selectOption('m.current');
	await expect.poll(() => compareParams(page, 'left')).toBe(edited);
	await page.getByRole('button', { name: 'Keep a copy (left)' }).click();
	await expect(left(page)).toHaveValue('m.edited');
	await expect(left(page).locator('option:checked')).toHaveText('Lecture notes MnasNet (edited copy)');

	// the page's network goes back to the preset; the kept copy stays as it was
	await page.getByRole('button', { name: 'Reset to preset' }).click();
	await expect(params(page)).toHaveAttribute('data-value', LECTURE_PARAMS);
	expect(await compareParams(page, 'left')).toBe(edited);

	const link = await copyLink(page);
	const { other, close } = await openElsewhere(browser, link);
	await expect(params(other)).toHaveAttribute('data-value', LECTURE_PARAMS);
	await expect(left(other)).toHaveValue('m.edited');
	await expect(right(other)).toHaveValue('m.mnasnet-a1');
	await expect.poll(() => compareParams(other, 'left')).toBe(edited);
	expect(await compareParams(other, 'right')).toBe(await compareParams(page, 'right'));
	await expect(other.getByTestId('compare-params-ratio')).toHaveText(
		(await page.getByTestId('compare-params-ratio').textContent())!
	);
	await expect(other.getByTestId('link-alert')).toHaveCount(0);
	await close();
});

test('a "current edit" side comes back tracking the edited network the link carries', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openFresh(page);
	const edited = await setWidth(page, '0.75');
	await right(page).selectOption('m.current');
	await expect.poll(() => compareParams(page, 'right')).toBe(edited);

	const link = await copyLink(page);
	const { other, close } = await openElsewhere(browser, link);
	await expect(params(other)).toHaveAttribute('data-value', edited);
	await expect(right(other)).toHaveValue('m.current');
	await expect.poll(() => compareParams(other, 'right')).toBe(edited);
	// still live: an edit on the receiving page moves that side
	const again = await setWidth(other, '0.5');
	await expect.poll(() => compareParams(other, 'right')).toBe(again);
	await close();
});

test('a corrupt compare side falls back to its preset with a message in the Compare cell; the rest of the link applies', async ({
	page
}) => {
	const evil = '<img src=x onerror=window.__pwned=1>';
	const payload = { m: { w: 0.75 }, cmp: ['m', { m: { p: 'mnasnet-a1', w: evil } }] };
	const hash = '#v1=' + Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
	await openFresh(page, hash);

	await expect(page.getByTestId('link-alert')).toHaveCount(0);
	await expect(widthBox(page)).toHaveValue('0.75');
	await expect(right(page)).toHaveValue('m.mnasnet-a1');
	const problem = page.getByTestId('compare-link-right-problem');
	await expect(problem).toHaveAttribute('role', 'alert');
	await expect(problem).toContainText('Right side of the link could not be read, so it shows MnasNet-A1 instead');
	await expect(problem).toContainText('link.compare[1].mnasnet.widthMult');
	// MnasNet-A1 as shipped: 3,887,038 params (torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: TF MnasNet-A1, computed exactly)
	await expect.poll(() => compareParams(page, 'right')).toBe('3887038');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

	// picking another side clears the note
	await right(page).selectOption('m.mnasnet-small');
	await expect(problem).toHaveCount(0);
});
