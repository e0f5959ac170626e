// The interactive MnasNet cell, driven the way a student would: type in fields, press diagram buttons, drag boxes,
// paste block strings. Expected totals come from the engine itself (plain TypeScript), so these tests check that
// the page shows the engine's numbers, not that the engine is right (its unit tests do that).
import { test, expect, type Locator, type Page } from '@playwright/test';
import { gotoReady } from './gotoReady';
import { costMnasnet, mnasPreset } from '../../src/lib/arch/mnasnet';
import type { MnasnetSpec } from '../../src/lib/arch/mnasnet';

// The cell on the notebook page.
const URL = '/';

// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: the lecture network at width 1.0 / 224 = torchvision mnasnet1_0: 4,383,312 params, 314,415,872 MACs
const LECTURE_PARAMS = 4_383_312;
const LECTURE_MACS = 314_415_872;

function engine(spec: MnasnetSpec) {
	return costMnasnet(spec).total;
}
function lectureWith(edit: (s: MnasnetSpec) => void): MnasnetSpec {
	const s = mnasPreset('lecture');
	edit(s);
	return s;
}

async function open(page: Page, url = URL) {
	const cell = page.getByTestId('mnasnet-cell');
	// the prerendered HTML is inert until Svelte has hydrated it
	await gotoReady(page, url, () => expect(cell).toHaveAttribute('data-interactive', 'true', { timeout: 45_000 }));
	await expect(cell.getByTestId('mnasnet-total-params')).toHaveAttribute('data-value', String(LECTURE_PARAMS));
	return cell;
}

const params = (cell: Locator) => cell.getByTestId('mnasnet-total-params');
const macs = (cell: Locator) => cell.getByTestId('mnasnet-total-macs');
const field = (cell: Locator, name: string) => cell.getByLabel(name, { exact: true });
const box = (cell: Locator, i: number) => cell.getByRole('button', { name: new RegExp(`^select block ${i},`) });
const rows = (cell: Locator) => cell.getByTestId('block-row');

test('defaults: lecture preset at width 1.0 / 224 with the published totals', async ({ page }) => {
	const cell = await open(page);
	await expect(cell.getByLabel('MnasNet preset')).toHaveValue('lecture');
	await expect(field(cell, 'width_mult')).toHaveValue('1');
	await expect(field(cell, 'resolution')).toHaveValue('224');
	await expect(params(cell)).toHaveAttribute('data-value', String(LECTURE_PARAMS));
	await expect(params(cell)).toHaveText('4.38 M');
	await expect(macs(cell)).toHaveAttribute('data-value', String(LECTURE_MACS));
	await expect(macs(cell)).toHaveText('314.4 M');
	await expect(cell.getByTestId('mnasnet-total-flops')).toHaveAttribute('data-value', String(2 * LECTURE_MACS));
	await expect(rows(cell)).toHaveCount(7);
	await expect(cell.locator('svg[data-export="mnasnet-diagram"]')).toHaveAttribute('role', 'img');
	await expect(cell.locator('svg[data-export="mnasnet-macs-chart"]')).toBeVisible();
	await expect(cell.locator('svg[data-export="mnasnet-params-chart"]')).toBeVisible();
	await expect(cell.locator('svg[data-export="mnasnet-feature-strip"]')).toBeVisible();
});

test('labels: one width_mult, one resolution, none of the NAS-FPN words', async ({ page }) => {
	const cell = await open(page);
	// inside the cell (on the notebook page the exercises' questions also mention these words)
	await expect(cell.getByLabel('width_mult')).toHaveCount(1);
	await expect(cell.getByLabel('resolution')).toHaveCount(1);
	for (const word of ['channels', 'image size', 'repeats']) await expect(cell.getByLabel(word)).toHaveCount(0);
	await expect(cell.getByRole('slider', { name: 'width multiplier slider' })).toBeVisible();
	await expect(cell.getByLabel('convention', { exact: true })).toHaveValue('lecture');
});

test('width_mult 0.5 shows the engine’s totals and the change against the preset', async ({ page }) => {
	const cell = await open(page);
	const expected = engine(lectureWith((s) => (s.widthMult = 0.5)));
	await field(cell, 'width_mult').fill('0.5');
	await expect(params(cell)).toHaveAttribute('data-value', String(expected.params));
	await expect(macs(cell)).toHaveAttribute('data-value', String(expected.macs));
	await expect(cell.getByTestId('mnasnet-delta-params')).toContainText('\u2212');
	// the slider follows the box, and moving the slider updates the box
	await expect(cell.getByRole('slider', { name: 'width multiplier slider' })).toHaveValue('0.5');
	await cell.getByRole('slider', { name: 'width multiplier slider' }).fill('0.75');
	await expect(field(cell, 'width_mult')).toHaveValue('0.75');
	await expect(params(cell)).toHaveAttribute(
		'data-value',
		String(engine(lectureWith((s) => (s.widthMult = 0.75))).params)
	);
});

test('resolution and convention edits recompute', async ({ page }) => {
	const cell = await open(page);
	await field(cell, 'resolution').fill('192');
	await expect(macs(cell)).toHaveAttribute('data-value', String(engine(lectureWith((s) => (s.resolution = 192))).macs));
	await cell.getByLabel('convention', { exact: true }).selectOption('tf');
	const tf = engine(
		lectureWith((s) => {
			s.resolution = 192;
			s.convention = 'tf';
		})
	);
	await expect(params(cell)).toHaveAttribute('data-value', String(tf.params));
});

test('a resolution that is not a multiple of 32 shows the engine’s warning (lecture convention)', async ({ page }) => {
	const cell = await open(page);
	const status = cell.getByTestId('mnasnet-warnings');
	await expect(status).toHaveAttribute('role', 'status');
	await expect(status).toHaveText('');
	await field(cell, 'resolution').fill('200');
	// the lecture code asserts input_size % 32 == 0 (the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py): a warning, not an error, so it still computes
	await expect(status).toContainText('resolution');
	await expect(macs(cell)).toHaveAttribute('data-value', String(engine(lectureWith((s) => (s.resolution = 200))).macs));
});

test('editing k of block 3 in the table changes the MACs', async ({ page }) => {
	const cell = await open(page);
	await field(cell, 'k of block 3').fill('3');
	const expected = engine(lectureWith((s) => (s.blocks[2].k = 3)));
	await expect(macs(cell)).toHaveAttribute('data-value', String(expected.macs));
	expect(expected.macs).not.toBe(LECTURE_MACS);
	// per-row numbers come from the report: block 3 outputs 28×28×40 (Tan et al., MnasNet, CVPR 2019 shapes at 224)
	await expect(rows(cell).nth(2).getByTestId('block-out-shape')).toHaveText('28×28×40');
});

test('every field of a row has its accessible name', async ({ page }) => {
	const cell = await open(page);
	for (const f of ['op', 't', 'c', 'n', 's', 'k', 'se', 'skip']) {
		await expect(field(cell, `${f} of block 3`)).toHaveCount(1);
	}
	await expect(field(cell, 'op of block 3')).toHaveValue('mbconv');
	await expect(field(cell, 'c of block 3')).toHaveValue('40');
});

test('selecting: a box highlights its row and a row highlights its box', async ({ page }) => {
	const cell = await open(page);
	await box(cell, 3).click();
	await expect(rows(cell).nth(2)).toHaveAttribute('data-selected', 'true');
	await expect(box(cell, 3)).toHaveAttribute('aria-pressed', 'true');
	await rows(cell).nth(4).getByRole('cell').first().click();
	await expect(box(cell, 5)).toHaveAttribute('aria-pressed', 'true');
	await expect(rows(cell).nth(2)).toHaveAttribute('data-selected', 'false');
});

test('editing from the diagram toolbar updates the table and the totals', async ({ page }) => {
	const cell = await open(page);
	await box(cell, 3).click();
	await cell.getByRole('button', { name: 'kernel 3×3 for selected block' }).click();
	await expect(field(cell, 'k of block 3')).toHaveValue('3');
	let spec = lectureWith((s) => (s.blocks[2].k = 3));
	await expect(macs(cell)).toHaveAttribute('data-value', String(engine(spec).macs));

	await cell.getByRole('button', { name: 'SE 0.25 for selected block' }).click();
	await expect(field(cell, 'se of block 3')).toHaveValue('0.25');
	spec = lectureWith((s) => Object.assign(s.blocks[2], { k: 3, se: 0.25 }));
	await expect(params(cell)).toHaveAttribute('data-value', String(engine(spec).params));

	await cell.getByRole('button', { name: 'one layer more in selected block' }).click();
	await expect(field(cell, 'n of block 3')).toHaveValue('4');
	await cell.getByRole('button', { name: '8 filters more in selected block' }).click();
	await expect(field(cell, 'c of block 3')).toHaveValue('48');
	spec = lectureWith((s) => Object.assign(s.blocks[2], { k: 3, se: 0.25, n: 4, c: 48 }));
	await expect(params(cell)).toHaveAttribute('data-value', String(engine(spec).params));
	await expect(macs(cell)).toHaveAttribute('data-value', String(engine(spec).macs));
	await expect(box(cell, 3)).toHaveAccessibleName(/k3 SE ×4 28×28×48/);
});

test('reorder with the move buttons and keep the keyboard on the moved block', async ({ page }) => {
	const cell = await open(page);
	await cell.getByRole('button', { name: 'move block 3 up' }).click();
	await expect(field(cell, 'c of block 2')).toHaveValue('40');
	await expect(field(cell, 'c of block 3')).toHaveValue('24');
	await expect(cell.getByRole('button', { name: 'move block 2 up' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(field(cell, 'c of block 1')).toHaveValue('40');
	const spec = lectureWith((s) => {
		const [b] = s.blocks.splice(2, 1);
		s.blocks.unshift(b);
	});
	await expect(params(cell)).toHaveAttribute('data-value', String(engine(spec).params));
	await cell.getByRole('button', { name: 'move block 1 down' }).click();
	await expect(field(cell, 'c of block 2')).toHaveValue('40');
});

test('reorder by dragging a box in the diagram', async ({ page }) => {
	const cell = await open(page);
	// centre the boxes in the window (a sticky page header may cover the top edge; raw mouse moves do not retry)
	await box(cell, 5).evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
	await box(cell, 3).evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
	const from = await box(cell, 3).boundingBox();
	const to = await box(cell, 5).boundingBox();
	if (!from || !to) throw new Error('boxes not laid out');
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	for (let step = 1; step <= 8; step++) {
		await page.mouse.move(from.x + from.width / 2 + ((to.x - from.x) * step) / 8, from.y + from.height / 2);
	}
	await page.mouse.up();
	// block 3 (c 40) now sits at position 5; blocks 4 and 5 moved up
	await expect(field(cell, 'c of block 5')).toHaveValue('40');
	await expect(field(cell, 'c of block 3')).toHaveValue('80');
	await expect(field(cell, 'c of block 4')).toHaveValue('96');
	await expect(rows(cell).nth(4)).toHaveAttribute('data-selected', 'true');
	const spec = lectureWith((s) => {
		const [b] = s.blocks.splice(2, 1);
		s.blocks.splice(4, 0, b);
	});
	await expect(macs(cell)).toHaveAttribute('data-value', String(engine(spec).macs));
});

test('keyboard reorder in the diagram: Shift+Arrow moves the focused box', async ({ page }) => {
	const cell = await open(page);
	await box(cell, 4).focus();
	await page.keyboard.press('Shift+ArrowLeft');
	await expect(field(cell, 'c of block 3')).toHaveValue('80');
	await expect(box(cell, 3)).toBeFocused();
});

test('add, duplicate and delete blocks from the table and the diagram', async ({ page }) => {
	const cell = await open(page);
	await cell.getByRole('button', { name: 'append a block row' }).click();
	await expect(rows(cell)).toHaveCount(8);
	await expect(field(cell, 'c of block 8')).toHaveValue('320');
	await cell.getByRole('button', { name: 'duplicate block 2' }).click();
	await expect(rows(cell)).toHaveCount(9);
	await expect(field(cell, 'c of block 3')).toHaveValue('24');
	await cell.getByRole('button', { name: 'delete block 3' }).click();
	await expect(rows(cell)).toHaveCount(8);
	await expect(field(cell, 'c of block 3')).toHaveValue('40');

	await box(cell, 8).click();
	await cell.getByRole('button', { name: 'delete selected block' }).click();
	await expect(rows(cell)).toHaveCount(7);
	await expect(params(cell)).toHaveAttribute('data-value', String(LECTURE_PARAMS));
	await box(cell, 2).click();
	await cell.getByRole('button', { name: 'duplicate selected block' }).click();
	await expect(rows(cell)).toHaveCount(8);
	await cell.getByRole('button', { name: 'add block', exact: true }).click();
	await expect(rows(cell)).toHaveCount(9);
	// added after the selected copy (block 3), with its width: 24
	await expect(field(cell, 'c of block 4')).toHaveValue('24');
	await expect(cell.getByTestId('diagram-box')).toHaveCount(9);
});

test('garbage in a block field: alert at the field, text kept, totals unchanged', async ({ page }) => {
	const cell = await open(page);
	const k = field(cell, 'k of block 3');
	const row = rows(cell).nth(2);
	for (const garbage of ['abc', '-1', '4', '', 'NaN', '1e9']) {
		await k.fill(garbage);
		await expect(k).toHaveValue(garbage);
		await expect(k).toHaveAttribute('aria-invalid', 'true');
		await expect(row.getByRole('alert')).toBeVisible();
		await expect(row.getByRole('alert')).toContainText(/k \(kernel size\)|number/);
		await expect(params(cell)).toHaveAttribute('data-value', String(LECTURE_PARAMS));
		await expect(macs(cell)).toHaveAttribute('data-value', String(LECTURE_MACS));
	}
	await k.fill('7');
	await expect(k).not.toHaveAttribute('aria-invalid', 'true');
	await expect(row.getByRole('alert')).toHaveCount(0);
	await expect(macs(cell)).toHaveAttribute('data-value', String(engine(lectureWith((s) => (s.blocks[2].k = 7))).macs));
});

test('garbage in width_mult and resolution keeps the last valid network', async ({ page }) => {
	const cell = await open(page);
	for (const [name, garbage] of [
		['width_mult', 'abc'],
		['width_mult', '-1'],
		['width_mult', ''],
		['resolution', '4'],
		['resolution', 'abc']
	] as const) {
		const input = field(cell, name);
		await input.fill(garbage);
		await expect(input).toHaveValue(garbage);
		await expect(input).toHaveAttribute('aria-invalid', 'true');
		await expect(input.locator('xpath=..').getByRole('alert')).toBeVisible();
		await expect(params(cell)).toHaveAttribute('data-value', String(LECTURE_PARAMS));
	}
});

test('an invalid draft resyncs when the preset changes', async ({ page }) => {
	const cell = await open(page);
	await field(cell, 'k of block 3').fill('abc');
	await cell.getByLabel('MnasNet preset').selectOption('mnasnet-a1');
	// MnasNet-A1 at 1.0/224: 3,887,038 params (torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet)
	await expect(params(cell)).toHaveAttribute('data-value', '3887038');
	await expect(field(cell, 'k of block 3')).toHaveValue('5');
	await expect(field(cell, 'k of block 3')).not.toHaveAttribute('aria-invalid', 'true');
	await expect(cell.getByTestId('mnasnet-delta-params')).toContainText(/same as preset/);
});

test('block strings: shown, applied when valid, bad ones listed in an alert', async ({ page }) => {
	const cell = await open(page);
	const text = cell.getByRole('textbox', { name: 'block strings' });
	await expect(text).toHaveValue(/^r1_k3_s11_e1_i32_o16_noskip_opsep\nr3_k3_s22_e3_i16_o24/);
	const bad = 'r2_k3_s22_e6_i16_o24\nr9_k4_s33_x1\n<img src=x onerror=alert(1)>';
	await text.fill(bad);
	await cell.getByRole('button', { name: 'apply the edited text' }).click();
	const alert = cell.getByRole('alert').filter({ hasText: 'line 2' });
	await expect(alert).toBeVisible();
	await expect(text).toHaveValue(bad);
	await expect(text).toHaveAttribute('aria-invalid', 'true');
	await expect(params(cell)).toHaveAttribute('data-value', String(LECTURE_PARAMS));
	await expect(cell.locator('img')).toHaveCount(0);

	// MnasNet-A1's block strings (tensorflow/tpu models/official/mnasnet/mnasnet_models.py) on the lecture stem and convention
	const a1 = [
		'r1_k3_s11_e1_i32_o16_noskip',
		'r2_k3_s22_e6_i16_o24',
		'r3_k5_s22_e3_i24_o40_se0.25',
		'r4_k3_s22_e6_i40_o80',
		'r2_k3_s11_e6_i80_o112_se0.25',
		'r3_k5_s22_e6_i112_o160_se0.25',
		'r1_k3_s11_e6_i160_o320'
	];
	await text.fill(a1.join('\n'));
	await text.blur();
	await expect(rows(cell)).toHaveCount(7);
	await expect(field(cell, 'se of block 3')).toHaveValue('0.25');
	const spec = { ...mnasPreset('mnasnet-a1'), convention: 'lecture' as const };
	await expect(params(cell)).toHaveAttribute('data-value', String(engine(spec).params));
});

test('screenshots at 1280×800 and 390×844', async ({ page }) => {
	// the cell alone: a full-page shot of the notebook would be the whole article
	const cell = await open(page);
	await box(cell, 3).click();
	await cell.screenshot({ path: 'test-results/mnasnet-cell-1280.png' });
	await page.setViewportSize({ width: 390, height: 844 });
	await expect(cell.getByRole('button', { name: 'kernel 5×5 for selected block' })).toBeVisible();
	await cell.screenshot({ path: 'test-results/mnasnet-cell-390.png' });
	// the page itself does not scroll sideways on a phone: the diagram and the table scroll inside their boxes
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
