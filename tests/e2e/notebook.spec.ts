import { test, expect } from '@playwright/test';
import { openFresh } from './gotoReady';

// The notebook page as a reader meets it: the article, its table of contents, the formulas, the language switch,
// and the page's look on a laptop and a phone.

test('the page loads with a title, a table of contents and every section', async ({ page }) => {
	await openFresh(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('MnasNet and NAS-FPN');
	const toc = page.getByRole('navigation', { name: 'Contents' });
	await expect(toc).toBeVisible();
	const links = toc.getByRole('link');
	const count = await links.count();
	expect(count).toBeGreaterThanOrEqual(12);
	for (let i = 0; i < count; i++) {
		const href = await links.nth(i).getAttribute('href');
		expect(href).toMatch(/^#[a-z-]+$/);
		await expect(page.locator(href!)).toHaveCount(1);
	}
	for (const title of [
		'Why search for architectures?',
		'MnasNet: latency inside the objective',
		'The search space: one choice per block',
		'How a multiply-accumulate is counted',
		'Why FLOPs are not latency',
		'NAS-FPN: the merging cell',
		'From FPN to NAS-FPN: (a) → (f)',
		'Sources'
	]) {
		await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
	}
	// formulas are typeset (KaTeX puts MathML beside the visual HTML for screen readers)
	expect(await page.locator('#objective .katex-display').count()).toBeGreaterThanOrEqual(2);
	await expect(page.locator('#objective math').first()).toBeAttached();
	await expect(page.locator('#objective')).toContainText('75 ms');
});

test('a table-of-contents link scrolls to its section and keeps the state link in the address bar', async ({
	page
}) => {
	await openFresh(page);
	await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#v1=/);
	const before = await page.evaluate(() => location.hash);
	await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Sources' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeInViewport();
	await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeFocused();
	expect(await page.evaluate(() => location.hash)).toBe(before);
});

test('the language switch changes the text and <html lang>, and is remembered and carried in the link', async ({
	page
}) => {
	await openFresh(page);
	const select = page.getByRole('combobox', { name: 'Language' });
	await expect(select.locator('option')).toHaveText(['English', '한국어']);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await select.selectOption({ label: '한국어' });
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('셀 단위로 살펴보는');
	await expect(page.getByRole('heading', { level: 2, name: '왜 구조를 탐색할까?' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: '목차' })).toBeVisible();

	// remembered: a reload without the link keeps Korean (localStorage)
	await expect.poll(() => page.evaluate(() => localStorage.getItem('nas-notebook:v1'))).toBeTruthy();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByTestId('language')).toHaveValue('ko');

	// carried in the link: a fresh browser profile opening the link gets Korean
	await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#v1=/);
	const link = page.url();
	const other = await page.context().browser()!.newPage();
	await other.goto(link);
	await expect(other.locator('html')).toHaveAttribute('lang', 'ko');
	await other.close();

	await page.getByTestId('language').selectOption({ label: 'English' });
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 2, name: 'Why search for architectures?' })).toBeVisible();
});

test('an uncaught error shows an alert banner instead of breaking the page', async ({ page }) => {
	await openFresh(page);
	await page.evaluate(() => {
		setTimeout(() => {
			throw new Error('simulated failure <b>bold</b>');
		}, 0);
		void Promise.reject(new Error('simulated rejection'));
	});
	const banner = page.getByTestId('page-error');
	await expect(banner).toHaveAttribute('role', 'alert');
	await expect(banner).toContainText('simulated failure <b>bold</b>'); // shown as text, not markup
	await expect(banner).toContainText('simulated rejection');
	await expect(banner.locator('b')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const [name, viewport] of [
	['desktop', { width: 1280, height: 800 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test(`the whole page at ${viewport.width}×${viewport.height} (${name}) has no horizontal page scroll`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await openFresh(page);
		await page.evaluate(() => document.fonts.ready);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		// every card ends inside the window: wide diagrams scroll inside their cell, not the page
		const cards = await page
			.locator('main section.card')
			.evaluateAll((els) => els.map((el) => ({ id: el.id, right: Math.round(el.getBoundingClientRect().right) })));
		expect(cards.length).toBeGreaterThan(10);
		for (const card of cards) expect(card.right, card.id).toBeLessThanOrEqual(viewport.width);
		await page.screenshot({
			path: `test-results/notebook-${name}-${viewport.width}x${viewport.height}.png`,
			fullPage: true
		});
	});
}
