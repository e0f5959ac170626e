import { test, expect, type Page } from '@playwright/test';
import { openFresh } from './gotoReady';
import { FORMULAS } from '../../src/lib/components/notebook/formulas';

// Formulas as a reader meets them: typeset in the prerendered page (KaTeX runs at build time), kept as they are when
// the page starts, and still typeset after a language switch, without fetching KaTeX's script.

type Watch = { problems: string[]; katexScripts: string[]; reads: Promise<void>[] };

/** console errors, Svelte's warnings (hydration mismatches among them), page errors, and each script that is KaTeX */
function watch(page: Page): Watch {
	const w: Watch = { problems: [], katexScripts: [], reads: [] };
	page.on('console', (m) => {
		if (m.type() === 'error' || (m.type() === 'warning' && /svelte|hydrat/i.test(m.text())))
			w.problems.push(`${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => w.problems.push(`pageerror: ${e.message}`));
	page.on('response', (r) => {
		if (r.request().resourceType() !== 'script') return;
		w.reads.push(
			r.text().then(
				// the chunk names are hashes in a build, so recognise KaTeX by its own error text
				(body) => void (body.includes('KaTeX parse error') && w.katexScripts.push(r.url())),
				() => {} // Chromium dropped the body (the page navigated on): it cannot be checked
			)
		);
	});
	return w;
}

async function settled(w: Watch): Promise<Watch> {
	await Promise.all(w.reads);
	return w;
}

/** the inline formulas of the first paragraph of "MnasNet: latency inside the objective", as TeX */
const objectiveP1 = (page: Page) => page.locator('#objective .prose p').first().locator('.math annotation');

/** every formula on the page shows the TeX its span names (none left as plain TeX, none showing another formula) */
async function expectAllTypeset(page: Page): Promise<void> {
	const formulas = page.locator('.math');
	expect(await formulas.count()).toBeGreaterThanOrEqual(40);
	const wrong = await formulas.evaluateAll((els) =>
		els
			.filter((el) => {
				const annotation = el.querySelector('.katex annotation');
				return !annotation || annotation.textContent !== el.getAttribute('data-tex');
			})
			.map((el) => el.getAttribute('data-tex') ?? el.textContent)
	);
	expect(wrong).toEqual([]);
}

test('formulas are in the prerendered page: typeset with JavaScript turned off', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const display = page.locator('#objective .math[data-mode="display"]');
	await expect(display.first().locator('.katex-display .katex-html')).toBeAttached();
	await expect(display.first().locator('math annotation')).toHaveText(FORMULAS.objective);
	await expect(objectiveP1(page)).toHaveText(['m', String.raw`\mathrm{ACC}(m)`, String.raw`\mathrm{LAT}(m)`]);
	await expectAllTypeset(page);
	await context.close();
});

test('the page starts without KaTeX: formulas stay as prerendered, no hydration warning, no error', async ({
	page
}) => {
	const w = watch(page);
	// from the first byte on: count typeset formulas that leave the document (a re-render would replace them)
	await page.addInitScript(() => {
		const win = window as unknown as { removedFormulas: number };
		win.removedFormulas = 0;
		new MutationObserver((records) => {
			for (const r of records)
				for (const node of r.removedNodes)
					if (node instanceof Element && (node.matches('.katex') || node.querySelector('.katex')))
						win.removedFormulas++;
		}).observe(document, { childList: true, subtree: true });
	});
	await openFresh(page);

	const display = page.locator('#objective .math[data-mode="display"]');
	await expect(display).toHaveCount(2);
	await expect(display.first().locator('.katex-display .katex-html')).toBeVisible();
	await expect(display.first().locator('math annotation')).toHaveText(FORMULAS.objective);
	await expect(display.nth(1).locator('math annotation')).toHaveText(FORMULAS.softBeta);
	await expect(objectiveP1(page)).toHaveText(['m', String.raw`\mathrm{ACC}(m)`, String.raw`\mathrm{LAT}(m)`]);
	await expect(page.locator('#objective .prose p').first().locator('.katex').first()).toBeVisible();
	await expectAllTypeset(page);

	expect(await page.evaluate(() => (window as unknown as { removedFormulas: number }).removedFormulas)).toBe(0);
	await settled(w);
	expect(w.problems).toEqual([]);
	expect(w.katexScripts).toEqual([]);
});

test('a language switch reorders the inline formulas and they stay typeset, still without KaTeX', async ({ page }) => {
	const w = watch(page);
	await openFresh(page);
	await expect(objectiveP1(page)).toHaveText(['m', String.raw`\mathrm{ACC}(m)`, String.raw`\mathrm{LAT}(m)`]);

	const language = page.getByRole('combobox', { name: 'Language' });
	await language.selectOption({ label: '한국어' });
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	// Korean word order puts m last (prose.ts objP1)
	await expect(objectiveP1(page)).toHaveText([String.raw`\mathrm{ACC}(m)`, String.raw`\mathrm{LAT}(m)`, 'm']);
	await expectAllTypeset(page);

	// Korean remembered: the page starts from the English prerender and switches while starting up
	await expect.poll(() => page.evaluate(() => localStorage.getItem('nas-notebook:v1'))).toBeTruthy();
	await page.goto('/');
	await expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(objectiveP1(page)).toHaveText([String.raw`\mathrm{ACC}(m)`, String.raw`\mathrm{LAT}(m)`, 'm']);
	await expectAllTypeset(page);

	await page.getByTestId('language').selectOption({ label: 'English' });
	await expect(objectiveP1(page)).toHaveText(['m', String.raw`\mathrm{ACC}(m)`, String.raw`\mathrm{LAT}(m)`]);
	await expectAllTypeset(page);

	await settled(w);
	expect(w.problems).toEqual([]);
	expect(w.katexScripts).toEqual([]); // every formula was on the page already: copies, no typesetting
});
