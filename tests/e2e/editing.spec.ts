// Editing that behaves as a user expects: a slider drag and one typed number are one undo step each; a finger
// swiping over the MnasNet diagram scrolls it and never reorders the blocks; an exported diagram or chart does not
// depend on which block is selected.
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { quietDevServer } from './quietDevServer';
import { gotoReady } from './gotoReady';

async function open(page: Page): Promise<void> {
	await gotoReady(page, '/', () => expect(page.locator('main[data-ready="true"]')).toBeAttached({ timeout: 150_000 }));
	await expect(page.getByTestId('mnasnet-cell')).toHaveAttribute('data-interactive', 'true');
}

test.beforeEach(async ({ context }) => {
	test.setTimeout(300_000); // a cold page on a shared dev server
	await quietDevServer(context);
});

test('one undo after a slider drag restores the width before the drag', async ({ page }) => {
	await open(page);
	const width = page.getByRole('textbox', { name: 'width_mult', exact: true });
	const undo = page.getByRole('button', { name: 'Undo', exact: true });
	await expect(width).toHaveValue('1'); // the lecture preset's width
	await expect(undo).toBeDisabled();

	const slider = page.getByRole('slider', { name: 'width multiplier slider' });
	await slider.scrollIntoViewIfNeeded();
	const box = (await slider.boundingBox())!;
	const y = box.y + box.height / 2;
	// the thumb of 1.0 on the 0.01…4 track, then a drag in many small moves (each one an `input` event)
	const from = box.x + box.width * ((1 - 0.01) / (4 - 0.01));
	await page.mouse.move(from, y);
	await page.mouse.down();
	for (let i = 1; i <= 12; i++) await page.mouse.move(from + i * 6, y);
	await page.mouse.up();
	await expect(width).not.toHaveValue('1');

	await undo.click();
	await expect(width).toHaveValue('1');
	await expect(undo).toBeDisabled();
});

test('typing one number is one undo step', async ({ page }) => {
	await open(page);
	const width = page.getByRole('textbox', { name: 'width_mult', exact: true });
	const undo = page.getByRole('button', { name: 'Undo', exact: true });
	await width.selectText();
	await width.pressSequentially('0.55');
	await width.press('Tab');
	await expect(width).toHaveValue('0.55');
	await undo.click();
	await expect(width).toHaveValue('1');
	await expect(undo).toBeDisabled();
});

test('a touch swipe over a block box scrolls the diagram and leaves the order unchanged (390×844)', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	await quietDevServer(context);
	const page = await context.newPage();
	await open(page);
	const strings = page.getByRole('textbox', { name: 'block strings' });
	const before = await strings.inputValue();
	const target = page.locator('[data-testid="diagram-box"][data-block="1"]');
	await target.scrollIntoViewIfNeeded();
	const scroller = target.locator('xpath=ancestor::div[contains(@class, "scroller")]');
	const scrollBefore = await scroller.evaluate((el) => el.scrollLeft);
	const b = (await target.boundingBox())!;
	const x = Math.min(b.x + b.width / 2, 380);
	const y = b.y + b.height / 2;

	const cdp = await context.newCDPSession(page);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
	for (let i = 1; i <= 10; i++)
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x - i * 25, y }] });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

	await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(scrollBefore);
	await expect(strings).toHaveValue(before);
	await page.screenshot({ path: 'test-results/editing-swipe-390.png' });
	await context.close();
});

async function svgText(page: Page, name: string): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: `Download ${name} as SVG`, exact: true }).click()
	]);
	return readFile(await file.path(), 'utf8');
}

test('an SVG export is byte-equal with and without a block selected', async ({ page }) => {
	await open(page);
	const names = ['mnasnet-diagram', 'mnasnet-macs-chart', 'mnasnet-feature-strip'];
	const without: string[] = [];
	for (const name of names) without.push(await svgText(page, name));

	await page.locator('[data-testid="diagram-box"][data-block="2"]').click();
	await expect(page.getByTestId('block-row').nth(2)).toHaveAttribute('data-selected', 'true');
	for (const [i, name] of names.entries()) expect(await svgText(page, name), name).toBe(without[i]);
});
