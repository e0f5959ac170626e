import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './gotoReady';

// The notebook's state as a student meets it: edit, share the link, undo, reload, and open bad links.

const READY = { timeout: 90_000 };

async function ready(page: Page): Promise<void> {
	await expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', READY);
}

const params = (page: Page) => page.getByTestId('mnasnet-total-params');
const paramsValue = (page: Page) => params(page).getAttribute('data-value');
const widthBox = (page: Page) => page.getByLabel('width_mult', { exact: true });

/** Type a width into the width_mult box and wait until the totals show a different network. */
async function setWidth(page: Page, value: string): Promise<string> {
	const before = await paramsValue(page);
	await widthBox(page).fill(value);
	await expect(params(page)).not.toHaveAttribute('data-value', before ?? '');
	return (await paramsValue(page))!;
}

/** The address bar catches up with the state shortly after an edit (debounced). */
async function linkSettled(page: Page): Promise<string> {
	let last = '';
	await expect
		.poll(async () => {
			const now = page.url();
			const same = now === last;
			last = now;
			return same && now.includes('#v1=');
		})
		.toBe(true);
	return last;
}

// lecture preset at width 1.0 / 224: 4,383,312 params (torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: = torchvision mnasnet1_0)
const LECTURE_PARAMS = '4383312';

test('a shared link reopens the same network with the same exact totals', async ({ page, browser }) => {
	await openFresh(page);
	await expect(params(page)).toHaveAttribute('data-value', LECTURE_PARAMS);
	const edited = await setWidth(page, '0.75');
	const macs = await page.getByTestId('mnasnet-total-macs').getAttribute('data-value');
	const link = await linkSettled(page);

	// a different browser profile (no localStorage) opening the link
	const context = await browser.newContext();
	const other = await context.newPage();
	await other.goto(link);
	await ready(other);
	await expect(params(other)).toHaveAttribute('data-value', edited);
	await expect(other.getByTestId('mnasnet-total-macs')).toHaveAttribute('data-value', macs!);
	await expect(widthBox(other)).toHaveValue('0.75');
	await context.close();
});

test('Copy link puts the current link on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openFresh(page);
	await setWidth(page, '1.3');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain('#v1=');
	expect(copied).toBe(page.url());
});

test('undo and redo with the buttons and with the keyboard', async ({ page }) => {
	await openFresh(page);
	const undo = page.getByRole('button', { name: 'Undo' });
	const redo = page.getByRole('button', { name: 'Redo' });
	await expect(undo).toBeDisabled();
	const a = await setWidth(page, '0.5');
	await widthBox(page).blur();
	const b = await setWidth(page, '1.4');
	await widthBox(page).blur();

	await undo.click();
	await expect(params(page)).toHaveAttribute('data-value', a);
	await undo.click();
	await expect(params(page)).toHaveAttribute('data-value', LECTURE_PARAMS);
	await expect(undo).toBeDisabled();
	await redo.click();
	await expect(params(page)).toHaveAttribute('data-value', a);

	// keys, with the focus outside any text field
	await page.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('Control+Shift+Z');
	await expect(params(page)).toHaveAttribute('data-value', b);
	await page.keyboard.press('Control+z');
	await expect(params(page)).toHaveAttribute('data-value', a);
	await page.keyboard.press('Control+y');
	await expect(params(page)).toHaveAttribute('data-value', b);

	// inside the text box, Ctrl+Z belongs to the box: the notebook's history does not move
	await widthBox(page).focus();
	await page.keyboard.press('Control+z');
	await page.getByRole('heading', { level: 1 }).click();
	await expect(params(page)).toHaveAttribute('data-value', b);
	await expect(redo).toBeDisabled();
});

test('Reset to preset brings the preset back, and is undoable', async ({ page }) => {
	await openFresh(page);
	const edited = await setWidth(page, '0.5');
	await page.getByRole('button', { name: 'Reset to preset' }).click();
	await expect(params(page)).toHaveAttribute('data-value', LECTURE_PARAMS);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(params(page)).toHaveAttribute('data-value', edited);
});

test('a reload keeps the state (localStorage), even without the link', async ({ page }) => {
	await openFresh(page);
	const edited = await setWidth(page, '1.3');
	await linkSettled(page);
	await page.reload();
	await ready(page);
	await expect(params(page)).toHaveAttribute('data-value', edited);
	await page.goto('/');
	await ready(page);
	await expect(params(page)).toHaveAttribute('data-value', edited);
});

test('a link carrying markup shows the alert as text and runs nothing', async ({ page }) => {
	const payload = { m: { p: '<img src=x onerror=window.__pwned=1>', cv: '<img src=x onerror=window.__pwned=1>' } };
	const hash = '#v1=' + Buffer.from(JSON.stringify(payload)).toString('base64url');
	await openFresh(page, hash);
	const alert = page.getByTestId('link-alert');
	await expect(alert).toHaveAttribute('role', 'alert');
	await expect(alert).toContainText('This link could not be read:');
	await expect(alert).toContainText('<img src=x onerror=');
	await expect(alert.locator('img')).toHaveCount(0);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	await expect(params(page)).toHaveAttribute('data-value', LECTURE_PARAMS);
});

test('a corrupt link shows the alert and keeps the last valid network with its totals', async ({ page }) => {
	await openFresh(page);
	const saved = await setWidth(page, '1.3');
	await linkSettled(page);
	const good = new URL(page.url()).hash;
	for (const bad of [good.slice(0, -4), '#v1=%%%garbage', '#v2=e30']) {
		await page.goto('/' + bad);
		await ready(page);
		await expect(page.getByRole('alert').filter({ hasText: 'This link could not be read:' })).toBeVisible();
		await expect(params(page)).toHaveAttribute('data-value', saved);
	}
	await expect(page.getByTestId('link-alert')).toContainText('newer version');
	// the bad link stays in the address bar until the next edit, then the address is a good link again
	expect(page.url()).toContain('#v2=e30');
	await setWidth(page, '0.5');
	await expect.poll(() => page.url()).toContain('#v1=');
	await page.getByRole('button', { name: 'Dismiss' }).click();
	await expect(page.getByTestId('link-alert')).toHaveCount(0);
});

test('a link pasted into the address bar of an open page is applied (and undoable)', async ({ page }) => {
	await openFresh(page);
	const a = await setWidth(page, '0.5');
	const linkA = await linkSettled(page);
	const b = await setWidth(page, '1.4');
	await linkSettled(page);
	await page.evaluate((hash) => (location.hash = hash), new URL(linkA).hash);
	await expect(params(page)).toHaveAttribute('data-value', a);
	await page.getByRole('heading', { level: 1 }).click();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(params(page)).toHaveAttribute('data-value', b);
});

const linkTo = (fields: object) => '#v1=' + Buffer.from(JSON.stringify(fields)).toString('base64url');

test('a classroom link carries the network and locks (or hides) the locked controls', async ({ page }) => {
	await openFresh(page, linkTo({ m: { w: 0.5 }, lock: ['mnasnet-globals', 'exports', 'latency'] }));
	await expect(page.getByTestId('classroom-banner')).toBeVisible();
	// an older link's group id still locks each control of the group: shown, disabled
	await expect(widthBox(page)).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Export PyTorch code' })).toBeDisabled();
	await expect(page.locator('#mnasnet-run')).toBeHidden();
	// students do not get the teacher's panel, and the contents list only what they can see
	await expect(page.locator('#classroom')).toHaveCount(0);
	const toc = page.getByRole('navigation', { name: 'Contents' });
	await expect(toc.getByRole('link', { name: 'Run MnasNet in your browser' })).toHaveCount(0);
	await expect(toc.getByRole('link', { name: 'Edit MnasNet' })).toBeVisible();
	// the network from the link is on screen, and the link keeps the locks
	await expect(page.getByRole('combobox', { name: 'MnasNet preset' })).toBeVisible();
	await expect(params(page)).not.toHaveAttribute('data-value', LECTURE_PARAMS);
	await page.reload();
	await ready(page);
	await expect(widthBox(page)).toBeDisabled();
});

test('the teacher panel makes a classroom link of this page that locks what was unticked', async ({
	page,
	browser
}) => {
	await openFresh(page);
	await setWidth(page, '0.75');
	const panel = page.locator('#classroom');
	await panel.getByRole('button', { name: 'Classroom link', exact: true }).click();
	const linkBox = page.getByRole('dialog').getByRole('textbox', { name: 'Link for students' });
	await expect(linkBox).toHaveValue(/#v1=/);
	const unlocked = await linkBox.inputValue();
	await page.getByRole('dialog').getByRole('checkbox', { name: 'MnasNet preset', exact: true }).uncheck();
	await expect(linkBox).not.toHaveValue(unlocked);
	const link = await linkBox.inputValue();
	const context = await browser.newContext();
	const student = await context.newPage();
	await student.goto(link);
	await ready(student);
	await expect(student.getByTestId('classroom-banner')).toBeVisible();
	await expect(student.locator('#classroom')).toHaveCount(0);
	await expect(student.getByRole('combobox', { name: 'MnasNet preset' })).toBeDisabled();
	await expect(widthBox(student)).toHaveValue('0.75');
	await context.close();
});

test('a tour link opens the guided tour at its step, and the step follows into the address bar', async ({ page }) => {
	await openFresh(page, linkTo({ tour: 2 }));
	const card = page.getByTestId('tour-card');
	await expect(card).toBeVisible();
	await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');
	await card.getByRole('button', { name: 'Next step' }).click();
	await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '4');
	await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(linkTo({ tour: 2 }));
	const hash = await page.evaluate(() => location.hash);
	const fields = JSON.parse(Buffer.from(hash.slice('#v1='.length), 'base64url').toString());
	expect(fields.tour).toBe(3);
});

test('a corrupt saved state is ignored with a quiet notice', async ({ page }) => {
	await page.goto('/');
	await ready(page);
	await page.evaluate(() => localStorage.setItem('nas-notebook:v1', 'v1=<script>alert(1)</script>'));
	await page.goto('/');
	await ready(page);
	await expect(page.getByRole('status').filter({ hasText: 'could not be read and was ignored' })).toBeVisible();
	await expect(page.getByTestId('link-alert')).toHaveCount(0);
	await expect(params(page)).toHaveAttribute('data-value', LECTURE_PARAMS);
	// the next edit overwrites the bad entry with a good one
	const edited = await setWidth(page, '0.5');
	await expect.poll(() => page.evaluate(() => localStorage.getItem('nas-notebook:v1'))).toMatch(/^v1=[A-Za-z0-9_-]+$/);
	await page.goto('/');
	await ready(page);
	await expect(params(page)).toHaveAttribute('data-value', edited);
});
