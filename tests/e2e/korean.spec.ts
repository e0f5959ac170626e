import { test, expect, type Page } from '@playwright/test';
import { gotoReady } from './gotoReady';
import { quietDevServer } from './quietDevServer';

// The Korean page reads as Korean: switch the language with the page's own control, edit the network (width 0.5)
// and type an invalid value, then read every visible text of the main content and find no English sentence.
//
// Rule: after removing the allowed identifiers below, no run of three or more consecutive English words (two or
// more Latin letters each, separated by spaces) may remain; a comma-separated list of names (op, t, k, SE, skip) is
// not a sentence. Not read: code and formulas (<code>, <pre>,
// KaTeX), and the titles of the cited papers in the source list (a citation keeps its original language).
const ALLOWED = [
	'width_mult',
	'MnasNet-A1',
	'MnasNet-B1',
	'MnasNet',
	'NAS-FPN',
	'NASNet-A',
	'MobileNetV2',
	'MobileNetV1',
	'TensorFlow.js',
	'tensorflow/tpu',
	'PyTorch',
	'ImageNet',
	'RetinaNet',
	'ResNet-50',
	'squeeze-and-excitation',
	'Pixel 1',
	'top-1',
	'input_size',
	'depth_multiplier None',
	'use_separable_conv',
	'NASFPN_BLOCK_SPECS',
	'FLOPs',
	'GFLOPS',
	'MACs',
	'wasm',
	'webgpu',
	'webgl'
];
// words of Latin letters separated by spaces; a run counts when three of its words have two or more letters
// ("must be a number" counts; "k × k" and "H W" do not)
const WORD_RUN = /\b[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*)+\b/g;

function englishSentences(text: string): string[] {
	let t = text;
	for (const token of ALLOWED) t = t.split(token).join(' ¦ ');
	return [...t.matchAll(WORD_RUN)]
		.map((m) => m[0])
		.filter((run) => run.split(/\s+/).filter((w) => w.length >= 2).length >= 3);
}

async function visibleMainText(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const skip = 'code, pre, .katex, .katex-display, script, style, #sources li, [aria-hidden="true"]';
		const main = document.querySelector('main');
		if (!main) return [];
		const out: string[] = [];
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			const text = n.textContent?.trim() ?? '';
			if (!el || text === '' || el.closest(skip)) continue;
			if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
			out.push(text);
		}
		return out;
	});
}

test.beforeEach(async ({ context }) => {
	await quietDevServer(context);
});

test('englishSentences: the rule finds sentences and passes identifiers', () => {
	expect(englishSentences('너비 배수(width_mult)는 0.5입니다')).toEqual([]);
	expect(englishSentences('MnasNet-A1은 Pixel 1에서 75 ms')).toEqual([]);
	expect(englishSentences('must be a number, but it is the text')).toEqual(['must be a number', 'but it is the text']);
	expect(englishSentences('op, t, k, SE, skip 열')).toEqual([]);
	expect(englishSentences('torchvision docs ("GFLOPS")')).toEqual([]);
});

test.setTimeout(240_000);

test('Korean page: width 0.5 and an invalid field, and no English sentence in the main content', async ({ page }) => {
	// a fresh browser context: no remembered language
	await gotoReady(page, '/', () =>
		expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 })
	);

	// switch with the page's own control, found on the English page by its English name
	await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '한국어' });
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

	const cell = page.getByTestId('mnasnet-cell');
	const params = cell.getByTestId('mnasnet-total-params');
	const before = await params.getAttribute('data-value');
	await cell.getByTestId('mnas-field-widthMult').fill('0.5');
	await expect(params).not.toHaveAttribute('data-value', before ?? '');

	const resolution = cell.getByTestId('mnas-field-resolution');
	await resolution.fill('abc');
	const alert = cell.getByRole('alert').filter({ hasText: '입력 해상도' });
	await expect(alert).toBeVisible();
	await expect(alert).toContainText('숫자여야');
	await expect(resolution).toHaveAttribute('aria-invalid', 'true');

	// an invalid NAS-FPN field too
	const channels = page.getByTestId('fpn-channels');
	await channels.fill('0');
	await expect(page.getByTestId('nasfpn-cell-root').getByRole('alert').first()).toContainText('까지여야');

	const texts = await visibleMainText(page);
	expect(texts.length).toBeGreaterThan(100);
	const english = texts.flatMap((t) => englishSentences(t).map((s) => `${s}  ⟵  ${t.slice(0, 120)}`));
	expect(english).toEqual([]);

	await page.screenshot({ path: 'test-results/korean-page.png' });
	await page.screenshot({ path: 'test-results/korean-page-full.png', fullPage: true });
});
