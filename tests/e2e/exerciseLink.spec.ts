import { test, expect, type Browser, type Page } from '@playwright/test';
import { quietDevServer } from './quietDevServer';
import { openFresh } from './gotoReady';
import { decodeNotebook } from '../../src/lib/arch/serialize';

// The exercises' answers as a student keeps and sends them on the notebook page: answered and checked, they survive
// a reload (address and localStorage) and come back from a copied link in another browser with the same grade; typed
// markup stays text; a link with corrupt answers still opens, with the problem shown in the exercises cell.

const READY = { timeout: 90_000 };
const MARKUP = '<img src=x onerror=alert(1)>';

test.beforeEach(async ({ context }) => {
	await quietDevServer(context);
});

async function ready(page: Page): Promise<void> {
	await expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', READY);
}

/** Every dialog a page opens (an alert() run from typed markup would be one); the tests expect none. */
function watchDialogs(page: Page): string[] {
	const seen: string[] = [];
	page.on('dialog', (d) => {
		seen.push(d.message());
		void d.dismiss();
	});
	return seen;
}

const halve = (page: Page) => page.locator('[data-exercise="halve-block"]');
const width = (page: Page) => page.locator('[data-exercise="width-half"]');
// lecture block 5 (t = 6): only halving t halves its MACs exactly (conv cost formulas, checked with PyTorch forward hooks: MBConv MACs ∝ hidden width t·c_in)
const halveT = (page: Page) => halve(page).getByRole('radio', { name: /halve its expansion ratio t \(6 → 3\)/ });

/** Answer two exercises and check them: halve-block right, width-half with markup typed (not a number). */
async function answer(page: Page): Promise<void> {
	await halve(page).scrollIntoViewIfNeeded();
	await halveT(page).check();
	await halve(page).getByRole('button', { name: 'Check' }).click();
	await expect(halve(page).getByTestId('exercise-result')).toContainText('Correct!');
	const box = width(page).getByRole('textbox', { name: 'Your answer' });
	await box.fill(MARKUP);
	await width(page).getByRole('button', { name: 'Check' }).click();
	await expect(width(page).getByRole('alert')).toContainText('Pick an option or type a number first.');
}

/** What a student sees after the answers came back: the choice, its grade, the typed text as text. */
async function expectAnswers(page: Page): Promise<void> {
	await halve(page).scrollIntoViewIfNeeded();
	await expect(halveT(page)).toBeChecked();
	await expect(halve(page).getByTestId('exercise-result')).toContainText('Correct!');
	await expect(halve(page).getByTestId('exercise-result')).toContainText('0.50×');
	await expect(width(page).getByRole('textbox', { name: 'Your answer' })).toHaveValue(MARKUP);
	await expect(width(page).getByRole('alert')).toContainText('Pick an option or type a number first.');
	await expect(page.locator('main img[src="x"]')).toHaveCount(0);
	await expect(page.getByTestId('exercise-link-problem')).toHaveCount(0);
}

/**
 * What the address bar says about the two answers. The page writes the address a moment (WRITE_DELAY_MS) after the
 * last change, so a test that reloads must first wait for the address to hold the LAST answer, not just any state.
 */
async function answersInAddress(page: Page): Promise<unknown> {
	const r = decodeNotebook(new URL(page.url()).hash);
	const ans = r.ok ? r.value.answers : undefined;
	return { halveChecked: ans?.['halve-block']?.checked != null, width: ans?.['width-half'] ?? null };
}

async function copyLink(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
	return page.evaluate(() => navigator.clipboard.readText());
}

async function openElsewhere(
	browser: Browser,
	link: string
): Promise<{ other: Page; dialogs: string[]; close: () => Promise<void> }> {
	const context = await browser.newContext();
	await quietDevServer(context);
	const other = await context.newPage();
	const dialogs = watchDialogs(other);
	await other.goto(link);
	await ready(other);
	return { other, dialogs, close: () => context.close() };
}

test('checked answers survive a reload, with or without the link in the address', async ({ page, context }) => {
	const dialogs = watchDialogs(page);
	await openFresh(page);
	await answer(page);
	// the address follows the answers (written once edits pause): wait until it holds the last one, else a reload
	// would open the address of an earlier answer, and the link wins over localStorage
	await expect.poll(() => new URL(page.url()).hash).toMatch(/^#v1=[A-Za-z0-9_-]+$/);
	await expect
		.poll(() => answersInAddress(page))
		.toEqual({ halveChecked: true, width: { answer: MARKUP, checked: MARKUP } });

	await page.reload();
	await ready(page);
	await expectAnswers(page);

	// localStorage alone (a new tab of the same browser, no link in the address) brings them back too
	const tab = await context.newPage();
	await tab.goto('/');
	await ready(tab);
	await expectAnswers(tab);
	expect(dialogs).toEqual([]);
});

test('a copied link carries the answers and the grade to another browser', async ({ page, context, browser }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openFresh(page);
	await answer(page);
	const link = await copyLink(page);
	expect(link).toContain('#v1=');
	const { other, dialogs, close } = await openElsewhere(browser, link);
	await expectAnswers(other);
	await expect(other.getByTestId('link-alert')).toHaveCount(0);
	expect(dialogs).toEqual([]);
	await close();
});

test('a link with corrupt answers opens without them and says why in the exercises cell; the rest applies', async ({
	page
}) => {
	const dialogs = watchDialogs(page);
	// MnasNet-A1, and answers that are not answers: a number, an unknown exercise whose name is markup
	const json = JSON.stringify({ m: { p: 'mnasnet-a1' }, ans: { 'halve-block': { a: 5 }, [MARKUP]: { a: MARKUP } } });
	await openFresh(page, '#v1=' + Buffer.from(json, 'utf8').toString('base64url'));
	await expect(page.getByRole('combobox', { name: 'MnasNet preset' })).toHaveValue('mnasnet-a1');
	await expect(page.getByTestId('link-alert')).toHaveCount(0);
	const problem = page.getByTestId('exercise-link-problem');
	await expect(problem).toHaveRole('alert');
	await expect(problem).toContainText('The answers in this link could not be read');
	await expect(problem).toContainText('link.ans.halve-block.a');
	await expect(problem).toContainText('link.ans.<img src=x onerror=alert…');
	await expect(page.locator('main img[src="x"]')).toHaveCount(0);
	await expect(halve(page).getByRole('radio', { checked: true })).toHaveCount(0);

	// the message goes once the student checks an answer
	await halve(page).getByRole('radio').first().check();
	await halve(page).getByRole('button', { name: 'Check' }).click();
	await expect(problem).toHaveCount(0);
	expect(dialogs).toEqual([]);
});
