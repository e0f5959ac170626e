// The sections on the searches themselves: the search loop, the reward explorer on the MnasNet paper's Table 1 and
// NAS-FPN's published scaling results, driven on the notebook page as a reader would.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { gotoReady } from './gotoReady';
import { quietDevServer } from './quietDevServer';

async function open(page: Page, url = '/'): Promise<void> {
	await gotoReady(page, url, () =>
		expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 })
	);
}

function explorer(page: Page): Locator {
	return page.getByTestId('reward-explorer');
}

/** data-reward of every row, by the model's name as printed in the paper */
async function rewards(page: Page): Promise<Record<string, number>> {
	const pairs = await explorer(page)
		.getByTestId('reward-row')
		.evaluateAll((rows) =>
			rows.map((r) => [r.getAttribute('data-model') ?? '', Number(r.getAttribute('data-reward'))] as const)
		);
	return Object.fromEntries(pairs);
}

// MnasNet paper §6.1 Table 1: top-1 (%) and Pixel 1 latency (ms) of two rows the tests read.
const A1 = { top1: 75.2, latencyMs: 78 };
const MBV2_14 = { top1: 74.7, latencyMs: 143 };

/** ACC·(LAT/T)^w with ACC as a fraction, w = α when LAT ≤ T else β (MnasNet §3, Eq. 2). */
function reward(m: { top1: number; latencyMs: number }, T: number, alpha: number, beta: number): number {
	return (m.top1 / 100) * Math.pow(m.latencyMs / T, m.latencyMs <= T ? alpha : beta);
}

// the notebook is a long page: on a busy machine its first load alone can take a minute under `vite dev`
test.describe.configure({ timeout: 240_000 });

test.beforeEach(async ({ context }) => {
	await quietDevServer(context);
});

test('the three sections are on the page, in the contents, with the reward explorer', async ({ page }) => {
	await open(page);
	for (const id of ['search-loop', 'nasfpn-scaling']) await expect(page.locator(`section#${id}`)).toBeVisible();
	await expect(explorer(page)).toBeVisible();
	await expect(page.locator('section#reward-explorer')).toContainText('MnasNet-A1');
	// one row per Table 1 model with a published latency
	await expect(explorer(page).getByTestId('reward-row')).toHaveCount(8);
	await expect(explorer(page).locator('[data-model="MobileNetV2 (1.4)"]')).toHaveCount(1);
});

test('the search loop explains the step a reader selects, for either paper', async ({ page }) => {
	await open(page);
	const loop = page.locator('section#search-loop');
	await loop.getByRole('button', { name: /measure LAT\(m\) on a Pixel 1/ }).click();
	await expect(loop.getByTestId('search-loop-step')).toContainText('Pixel 1');
	// MnasNet §5: 4.5 days on 64 TPUv2, about 8K models
	await expect(loop.getByTestId('search-facts')).toContainText('4.5');
	await expect(loop.getByTestId('search-facts')).toContainText('8K');
	await loop.getByRole('radio', { name: 'NAS-FPN' }).check();
	await loop.getByRole('button', { name: /train 10 epochs on COCO/ }).click();
	await expect(loop.getByTestId('search-loop-step')).toContainText('ResNet-10');
	// NAS-FPN §4: 100 TPUs, about 8,000 controller steps
	await expect(loop.getByTestId('search-facts')).toContainText('100');
	await expect(loop.getByTestId('search-facts')).toContainText('8,000');
});

test('Constraint and Target T change the rewards; each row equals ACC·(LAT/T)^w', async ({ page }) => {
	await open(page);
	const ex = explorer(page);
	const constraint = ex.getByRole('combobox', { name: 'Constraint' });
	const target = ex.getByRole('textbox', { name: 'Target T (ms)' });
	await expect(target).toHaveValue('75');

	// soft: α = β = −0.07 (MnasNet §6.1)
	let r = await rewards(page);
	expect(r['MnasNet-A1']).toBeCloseTo(reward(A1, 75, -0.07, -0.07), 4);
	expect(r['MobileNetV2 (1.4)']).toBeCloseTo(reward(MBV2_14, 75, -0.07, -0.07), 4);

	// hard: α = 0, β = −1
	await constraint.selectOption('hard');
	await expect(ex).toHaveAttribute('data-constraint', 'hard');
	r = await rewards(page);
	expect(r['MnasNet-A1']).toBeCloseTo(reward(A1, 75, 0, -1), 4);
	expect(r['MobileNetV2 (1.4)']).toBeCloseTo(reward(MBV2_14, 75, 0, -1), 4);

	// a larger target: A1 (78 ms) is now under T, so its hard reward is its accuracy
	await target.fill('150');
	await expect(ex).toHaveAttribute('data-target', '150');
	r = await rewards(page);
	expect(r['MnasNet-A1']).toBeCloseTo(0.752, 4);
	expect(r['MobileNetV2 (1.4)']).toBeCloseTo(0.747, 4);
});

test('the winner at T = 75 ms: MnasNet-A1 under the hard constraint, MnasNet-A3 under the soft one', async ({
	page
}) => {
	await open(page);
	const ex = explorer(page);
	await expect(ex.getByTestId('reward-winner')).toHaveAttribute('data-models', 'MnasNet-A3');
	const soft = await rewards(page);
	const best = Math.max(...Object.values(soft));
	expect(soft['MnasNet-A3']).toBe(best);
	await ex.getByRole('combobox', { name: 'Constraint' }).selectOption('hard');
	await expect(ex.getByTestId('reward-winner')).toHaveAttribute('data-models', 'MnasNet-A1');
	const hard = await rewards(page);
	expect(hard['MnasNet-A1']).toBe(Math.max(...Object.values(hard)));
	// MobileNetV2 sits exactly at T = 75 ms: w = α = 0, so its reward is its top-1 (72.0 %, Table 1)
	expect(hard['MobileNetV2']).toBeCloseTo(0.72, 4);
	expect(hard['MnasNet-A1']).toBeGreaterThan(hard['MobileNetV2']);
});

test('an invalid Target T shows a message at the field and keeps the last valid rows', async ({ page }) => {
	await open(page);
	const ex = explorer(page);
	const target = ex.getByRole('textbox', { name: 'Target T (ms)' });
	await target.fill('90');
	await expect(ex).toHaveAttribute('data-target', '90');
	const before = await rewards(page);
	for (const bad of ['abc', '0', '']) {
		await target.fill(bad);
		// the field's own sentence (the shared number parser) and the T the table keeps
		await expect(ex.getByRole('alert')).toContainText('number');
		await expect(ex.getByText('The table keeps T = 90 ms.')).toBeVisible();
		await expect(target).toHaveAttribute('aria-invalid', 'true');
		const now = await rewards(page);
		expect(now).toEqual(before);
		for (const v of Object.values(now)) expect(Number.isFinite(v)).toBe(true);
	}
	await target.fill('75');
	await expect(ex.getByRole('alert')).toHaveCount(0);
});

test('the Fig. 6 figure: the hard band is narrow around T, the soft one wide at 5 % per doubling', async ({ page }) => {
	await open(page);
	const band = explorer(page).getByTestId('fig6-band');
	const num = async (attr: string) => Number(await band.getAttribute(attr));
	const hardWidth = (await num('data-hard-hi')) - (await num('data-hard-lo'));
	const softWidth = (await num('data-soft-hi')) - (await num('data-soft-lo'));
	expect(hardWidth).toBeLessThan(softWidth / 4);
	expect(await num('data-hard-hi')).toBeGreaterThanOrEqual(75);
	expect(await num('data-hard-lo')).toBeLessThan(75);
});

test('NAS-FPN scaling: published points, and the current network as a cost without accuracy that follows edits', async ({
	page
}) => {
	await open(page);
	const sec = page.locator('section#nasfpn-scaling');
	// EfficientDet Table 2 reprinting NAS-FPN Table 1: R-50 7 @ 256 at 640, AP 39.9, 141B multiply-adds
	await expect(sec.locator('[data-testid="scaling-point"][data-id="r50-nasfpn-640"]')).toHaveAttribute(
		'data-ap',
		'39.9'
	);
	const you = sec.getByTestId('your-network-cost');
	await expect(you).toContainText('accuracy unknown');
	const before = Number(await you.getAttribute('data-macs'));
	expect(before).toBeGreaterThan(0);
	await expect(sec.getByTestId('exit-tick')).toHaveCount(7);

	// fewer repeats in the NAS-FPN cell: a cheaper network and one exit tick per pyramid network
	const repeats = page.getByLabel('repeats', { exact: true });
	await repeats.fill('3');
	await expect(sec.getByTestId('exit-tick')).toHaveCount(3);
	const after = Number(await you.getAttribute('data-macs'));
	expect(after).toBeLessThan(before);
	await expect(you.locator('circle')).toHaveCount(0);
});
