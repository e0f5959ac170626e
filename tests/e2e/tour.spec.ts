import { test, expect, type Locator, type Page } from '@playwright/test';
import { changedInputs, fpnStep } from '../../src/lib/arch/nasfpn';
import { TOUR_STEPS, type TourStep } from '../../src/lib/teach/tourSteps';
import { quietDevServer } from './quietDevServer';

// The guided tour and the (a) → (f) progression on the notebook page, as a teacher uses them on a projector
// (1280×800 and 1024×768): the tour borrows the page and gives it back, its card never covers what a step talks
// about, the step buttons and the cell graph are on screen together, and the diff compares a step with the one
// before it.

const SHOTS = 'test-results';
const VIEWPORTS = [
	{ width: 1280, height: 800 },
	{ width: 1024, height: 768 }
] as const;

test.beforeEach(async ({ context, page }, testInfo) => {
	// a whole tour on the full notebook page: ten steps, each re-drawing a cell
	testInfo.setTimeout(testInfo.timeout * 4);
	await quietDevServer(context);
	page.on('pageerror', (e) => console.log('pageerror', e.message));
});

/** The notebook as a first visit shows it (each test has a fresh browser context: nothing stored). */
async function openFresh(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', { timeout: 120_000 });
	// the tour scrolls instantly then, so the boxes measured are where the page comes to rest
	await page.emulateMedia({ reducedMotion: 'reduce' });
}

const widthBox = (page: Page) => page.getByRole('textbox', { name: 'width_mult', exact: true });
const card = (page: Page) => page.getByTestId('tour-card');
const stepButton = (page: Page, id: string) => page.getByRole('button', { name: `(${id})`, exact: true });
const fpnGraph = (page: Page) => page.locator('svg[data-export="nasfpn-graph"]');

async function mnasTotals(page: Page): Promise<(string | null)[]> {
	return Promise.all(['params', 'macs'].map((k) => page.getByTestId(`mnasnet-total-${k}`).getAttribute('data-value')));
}

/** What a step talks about, found as a reader would point at it: its outlined target, or the selection it shows. */
function talkedAbout(page: Page, step: TourStep): Locator {
	if (step.target) return page.locator(`[data-tour-target~="${step.target}"], [data-control~="${step.target}"]`);
	if (step.actions.some((a) => a.kind === 'selectCell' && a.index !== null))
		return page.locator('[data-testid="nasfpn-cell"][aria-pressed="true"]');
	return page.locator(
		'[data-testid="diagram-box"][aria-pressed="true"], [data-testid="block-row"][data-selected="true"]'
	);
}

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

function overlaps(a: Rect, b: Rect): boolean {
	return (
		Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0 &&
		Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0
	);
}

/** The card's box against every box of what the step talks about; '' when nothing is covered. */
async function coveredBy(page: Page, targets: Locator): Promise<string> {
	const c = await card(page).boundingBox();
	if (!c) return 'no card';
	const hits: string[] = [];
	for (const box of await targets.evaluateAll((els) =>
		els.map((el) => {
			const r = el.getBoundingClientRect();
			return { x: r.x, y: r.y, width: r.width, height: r.height };
		})
	)) {
		if (box.width > 0 && box.height > 0 && overlaps(c, box)) hits.push(JSON.stringify(box));
	}
	return hits.join(' ');
}

/** The element is entirely inside the window. */
async function entirelyInView(page: Page, loc: Locator): Promise<boolean> {
	const box = await loc.boundingBox();
	const view = page.viewportSize();
	if (!box || !view) return false;
	return box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width && box.y + box.height <= view.height;
}

test('the tour gives back width_mult 0.75 after six steps and Esc, with the same totals and NAS-FPN step', async ({
	page
}) => {
	await openFresh(page);
	await widthBox(page).fill('0.75');
	await widthBox(page).press('Tab');
	await expect(page.getByTestId('mnasnet-total-params')).not.toHaveAttribute('data-value', '4383312'); // lecture at 1.0
	const before = await mnasTotals(page);
	await stepButton(page, 'd').click();
	await fpnGraph(page).locator('[data-testid="nasfpn-cell"][data-cell="4"]').click();
	await expect(fpnGraph(page).locator('[data-testid="nasfpn-cell"][data-cell="4"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	await page.getByRole('button', { name: 'Start tour' }).click();
	for (let i = 1; i < 6; i++) await page.getByRole('button', { name: 'Next step' }).click();
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '6');
	// the sixth step loaded (a), the fifth set width_mult to 0.5 (tourSteps.ts)
	await expect(stepButton(page, 'a')).toHaveAttribute('aria-pressed', 'true');
	await expect(widthBox(page)).toHaveValue('0.5');

	await page.keyboard.press('Escape');
	await expect(card(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Start tour' })).toBeVisible();
	await expect(widthBox(page)).toHaveValue('0.75');
	expect(await mnasTotals(page)).toEqual(before);
	await expect(page.getByRole('combobox', { name: 'MnasNet preset' })).toHaveValue('lecture');
	await expect(stepButton(page, 'd')).toHaveAttribute('aria-pressed', 'true');
	await expect(fpnGraph(page).locator('[data-testid="nasfpn-cell"][data-cell="4"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// and the address bar carries the restored network, not the tour's
	await expect.poll(() => page.evaluate(() => location.href)).not.toContain('tour=');
});

test('the last step’s primary button ends the tour and gives the page back; End tour does too', async ({ page }) => {
	await openFresh(page);
	await widthBox(page).fill('0.75');
	await widthBox(page).press('Tab');
	const before = await mnasTotals(page);
	await page.getByRole('button', { name: 'Start tour' }).click();
	for (let i = 1; i < TOUR_STEPS.length; i++) await page.getByRole('button', { name: 'Next step' }).click();
	await expect(page.getByRole('button', { name: 'Next step' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Finish tour' }).click();
	await expect(card(page)).toHaveCount(0);
	await expect(widthBox(page)).toHaveValue('0.75');
	expect(await mnasTotals(page)).toEqual(before);

	await page.getByRole('button', { name: 'Start tour' }).click();
	await page.getByRole('button', { name: 'Next step' }).click();
	await expect(widthBox(page)).toHaveValue('1'); // MnasNet-A1 as shipped
	await page.getByRole('button', { name: 'End tour' }).click();
	await expect(widthBox(page)).toHaveValue('0.75');
	// giving the page back is one undoable step: Undo shows the tour's last state (A1)
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('combobox', { name: 'MnasNet preset' })).toHaveValue('mnasnet-a1');
});

for (const view of VIEWPORTS) {
	test(`at ${view.width}×${view.height} no step's card covers what the step talks about`, async ({ page }) => {
		await page.setViewportSize(view);
		await openFresh(page);
		await page.getByRole('button', { name: 'Start tour' }).click();
		for (let i = 0; i < TOUR_STEPS.length; i++) {
			const step = TOUR_STEPS[i];
			await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(i + 1));
			const targets = talkedAbout(page, step);
			await expect(targets.first()).toBeVisible();
			await expect.poll(() => coveredBy(page, targets), { message: `step ${i + 1} ${step.id}` }).toBe('');
			// the outlined target is in the window (the tour scrolled to it)
			await expect(targets.first()).toBeInViewport();
			if (step.id.startsWith('fpn-')) {
				// the (a)…(f) buttons and the whole cell graph on screen together, next to the card
				const group = page.getByRole('group', { name: 'Step of the paper’s Fig. 7' });
				await expect.poll(() => entirelyInView(page, group), { message: `${step.id}: step buttons` }).toBe(true);
				await expect.poll(() => entirelyInView(page, fpnGraph(page)), { message: `${step.id}: graph` }).toBe(true);
				expect(await coveredBy(page, fpnGraph(page))).toBe('');
			}
			if (step.id === 'fpn-c' || step.id === 'mnas-kernel')
				await page.screenshot({ path: `${SHOTS}/tour-${step.id}-${view.width}x${view.height}.png` });
			if (i < TOUR_STEPS.length - 1) await page.getByRole('button', { name: 'Next step' }).click();
		}
	});
}

test('choosing (c) lists what changed from (b) and highlights those wires; buttons and graph fit 1024×768', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await openFresh(page);
	await stepButton(page, 'c').click();
	const diff = page.getByTestId('nasfpn-step-diff');
	await expect(diff).toHaveAttribute('data-from', 'b');
	await expect(diff).toHaveAttribute('data-to', 'c');
	await expect(diff).toContainText('What changed from (b) to (c)');
	// progression.ts: (b) cell 3 reads (0, 2), (c) reads (0, 6)
	await expect(diff).toContainText('Cell 3 (n7): inputs (0, 2) → (0, 6).');
	const wires = changedInputs(fpnStep('b').cells, fpnStep('c').cells);
	await expect(fpnGraph(page).locator('path.edge[data-changed="true"]')).toHaveCount(wires.length);
	await expect(fpnGraph(page).locator('path.edge[data-changed="true"][data-from="6"][data-to="7"]')).toHaveCount(1);
	await expect(fpnGraph(page).locator('path.edge[data-from="0"][data-to="7"]')).not.toHaveAttribute(
		'data-changed',
		'true'
	);

	// a reader scrolls the graph into view: the step buttons are on screen with it
	await fpnGraph(page).scrollIntoViewIfNeeded();
	expect(await entirelyInView(page, fpnGraph(page))).toBe(true);
	expect(await entirelyInView(page, page.getByRole('group', { name: 'Step of the paper’s Fig. 7' }))).toBe(true);
	await page.screenshot({ path: `${SHOTS}/tour-step-c-1024x768.png` });

	// choosing (a) after (c): (a) starts the progression, there is nothing before it
	await stepButton(page, 'a').click();
	await expect(diff).toHaveCount(0);
	await expect(fpnGraph(page).locator('path.edge[data-changed="true"]')).toHaveCount(0);
	// (f) after (a): still the step before it, (e)
	await stepButton(page, 'f').click();
	await expect(diff).toHaveAttribute('data-from', 'e');
	await expect(diff).toHaveAttribute('data-to', 'f');
});
