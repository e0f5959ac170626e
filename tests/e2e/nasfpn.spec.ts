import { test, expect, type Locator, type Page } from '@playwright/test';
import { gotoReady } from './gotoReady';
import { costNasfpn, fpnPreset, FPN_STEPS, type NasfpnSpec } from '../../src/lib/arch/nasfpn';
import { deleteCell, rewireInput } from '../../src/lib/arch/nasfpn/cellEdits';

// The NAS-FPN cell on the notebook page; every control is looked up inside the cell (the page has other cells,
// alerts and statuses).
const fpn = (page: Page) => page.getByTestId('nasfpn-cell-root');
const cells = (page: Page) => fpn(page).getByTestId('nasfpn-cell');
const totalParams = (page: Page) => fpn(page).getByTestId('nasfpn-total-params');
const totalMacs = (page: Page) => fpn(page).getByTestId('nasfpn-total-macs');
const graph = (page: Page) => fpn(page).locator('svg[data-export="nasfpn-graph"]');

async function open(page: Page) {
	// SSR draws the graph before the page is interactive: wait until the notebook has applied its state
	await gotoReady(page, '/', () =>
		expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 })
	);
	await expect(cells(page)).toHaveCount(7);
}

async function center(loc: Locator): Promise<{ x: number; y: number }> {
	const box = await loc.boundingBox();
	if (!box) throw new Error('not visible');
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drag with the real mouse, in small steps, as a user would. */
async function dragTo(page: Page, from: Locator, to: Locator) {
	await graph(page).scrollIntoViewIfNeeded();
	const a = await center(from);
	const b = await center(to);
	await page.mouse.move(a.x, a.y);
	await page.mouse.down();
	await page.mouse.move(a.x + 4, a.y + 4, { steps: 2 });
	await page.mouse.move(b.x, b.y, { steps: 12 });
	await page.mouse.up();
}

test.beforeEach(({ page }) => {
	page.on('pageerror', (e) => console.log('pageerror', e.message));
});

test('steps (a) … (f): 4 and 7 cells, the pressed button, the paper text and the illustration label', async ({
	page
}) => {
	await open(page);
	// issue 4 "Done when": (a) has 4 cells, (f) 7; (b)–(e) are 7-cell members of the search space (Ghiasi et al., NAS-FPN, CVPR 2019, §3)
	const expected = { a: 4, b: 7, c: 7, d: 7, e: 7, f: 7 } as const;
	for (const step of FPN_STEPS) {
		const button = fpn(page).getByRole('button', { name: step.label, exact: true });
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await expect(cells(page)).toHaveCount(expected[step.id]);
		await expect(fpn(page).getByText(step.text.en)).toBeVisible();
		const label = fpn(page)
			.getByText("Illustration of the search's convergence, not a transcription of Fig. 7")
			.first();
		if (step.illustration) await expect(label).toBeVisible();
		else await expect(fpn(page).getByTestId('nasfpn-illustration')).toHaveCount(0);
	}
	await expect(fpn(page).getByRole('button', { name: '(a)', exact: true })).toHaveAttribute('aria-pressed', 'false');
	// (f) is compared with the step before it, (e): the engine's diff, and the changed cells glow
	const diff = fpn(page).getByTestId('nasfpn-step-diff');
	await expect(diff).toHaveAttribute('data-from', 'e');
	await expect(diff).toHaveAttribute('data-to', 'f');
	await expect(diff).toContainText('What changed from (e) to (f)');
	await expect(diff).toContainText('Cell 6 (n10): level P6 → P7');
	await expect(graph(page).locator('[data-testid="nasfpn-cell"].changed')).toHaveCount(2);
	// whichever step came before on screen: (a) then (c) still compares (b) → (c)
	await fpn(page).getByRole('button', { name: '(a)', exact: true }).click();
	await expect(diff).toHaveCount(0);
	await fpn(page).getByRole('button', { name: '(c)', exact: true }).click();
	await expect(diff).toHaveAttribute('data-from', 'b');
	await expect(diff).toHaveAttribute('data-to', 'c');
	// an edit ends the highlight (the graph is no longer the step), the list stays
	await cells(page).nth(0).locator('circle.body').click();
	await fpn(page).getByLabel('op of cell 1', { exact: true }).selectOption('gp');
	await expect(graph(page).locator('path.edge[data-changed="true"]')).toHaveCount(0);
	await expect(graph(page).locator('[data-testid="nasfpn-cell"].changed')).toHaveCount(0);
	await expect(diff).toContainText('edited since (c) was loaded');
});

test('every step’s edge handles are 24 px touch targets that never overlap', async ({ page }) => {
	await open(page);
	for (const step of FPN_STEPS) {
		await fpn(page).getByRole('button', { name: step.label, exact: true }).click();
		const handles = graph(page).getByTestId('nasfpn-edge-handle');
		await expect(handles).toHaveCount(2 * step.cells.length);
		// the step's layout has settled once every handle sits where routeEdges puts it: poll until no overlap
		await expect
			.poll(
				async () => {
					const boxes = await handles.evaluateAll((els) =>
						els.map((el) => {
							const r = el.getBoundingClientRect();
							return { x: r.x, y: r.y, w: r.width, h: r.height, name: `${el.dataset.cell}/${el.dataset.input}` };
						})
					);
					const problems: string[] = [];
					boxes.forEach((a, i) => {
						// WCAG 2.2 SC 2.5.8: targets of at least 24 × 24 CSS px
						if (a.w < 24 || a.h < 24) problems.push(`${a.name} is ${a.w}×${a.h}`);
						for (const b of boxes.slice(i + 1)) {
							const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
							const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
							if (w > 0.5 && h > 0.5) problems.push(`${a.name} overlaps ${b.name}`);
						}
					});
					return problems;
				},
				{ message: step.label }
			)
			.toEqual([]);
	}
});

test('totals at the defaults (f, 256, 640, 7, R-50) equal the engine', async ({ page }) => {
	await open(page);
	const report = costNasfpn(fpnPreset('f'));
	// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost and 3×3 conv cost of tensorflow/tpu nasfpn.py: 4,134,144 params per copy of the cell (7 convs at 256), 919,808 for the R-50
	// input stage. The brief's "28,939,008 × 7" mistakes the 7-copy total (3×3 conv cost of tensorflow/tpu nasfpn.py quotes it without the
	// backbone) for one copy: the neck total is 4,134,144 × 7 + 919,808 = 29,858,816 (§7: 29.86M).
	expect(report.perRepeat.params).toBe(4_134_144);
	expect(report.inputStage.params).toBe(919_808);
	expect(report.perRepeat.params * 7).toBe(28_939_008);
	expect(report.total.params).toBe(4_134_144 * 7 + 919_808);
	expect(report.total.params).toBe(29_858_816);
	// 3×3 conv cost of tensorflow/tpu nasfpn.py: 6,915,686,400 MACs per copy
	expect(report.perRepeat.macs).toBe(6_915_686_400);

	await expect(totalParams(page)).toHaveAttribute('data-value', String(report.total.params));
	await expect(totalMacs(page)).toHaveAttribute('data-value', String(report.total.macs));
	await expect(totalParams(page)).toHaveText('29.9 M');
	await expect(fpn(page).getByText("FLOPs (2 × MACs, the paper's convention)")).toBeVisible();
	await expect(fpn(page).getByTestId('nasfpn-total-flops')).toHaveAttribute(
		'data-value',
		String(2 * report.total.macs)
	);
	await expect(fpn(page).getByTestId('nasfpn-sum-line')).toHaveText(
		'4,134,144 × 7 + 919,808 input stage = 29,858,816 params'
	);
	// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: the P3 output node alone is 54.6 % of a copy's MACs
	await expect(fpn(page).getByTestId('nasfpn-p3-share')).toContainText('54.6%');
	await expect(page.locator('svg[data-export="nasfpn-macs-chart"] rect')).toHaveCount(7);
});

test('changing channels, image size, repeats, separable and the backbone changes the totals', async ({ page }) => {
	await open(page);
	const cases: { act: () => Promise<void>; spec: NasfpnSpec }[] = [
		{
			act: () => fpn(page).getByLabel('channels', { exact: true }).fill('128'),
			spec: fpnPreset('f', { channels: 128 })
		},
		{
			act: () => fpn(page).getByLabel('image size', { exact: true }).fill('1024'),
			spec: fpnPreset('f', { channels: 128, imageSize: 1024 })
		},
		{
			act: () => fpn(page).getByLabel('repeats', { exact: true }).fill('3'),
			spec: fpnPreset('f', { channels: 128, imageSize: 1024, repeats: 3 })
		},
		{
			act: () => fpn(page).getByLabel('separable', { exact: true }).check(),
			spec: fpnPreset('f', { channels: 128, imageSize: 1024, repeats: 3, separable: true })
		},
		{
			act: () => fpn(page).getByLabel('backbone width C5', { exact: true }).fill('1024'),
			spec: fpnPreset('f', {
				channels: 128,
				imageSize: 1024,
				repeats: 3,
				separable: true,
				backboneChannels: { '3': 512, '4': 1024, '5': 1024 }
			})
		},
		{
			act: () => fpn(page).getByLabel('no backbone (input stage off)').check(),
			spec: fpnPreset('f', { channels: 128, imageSize: 1024, repeats: 3, separable: true, backboneChannels: undefined })
		}
	];
	const key = (r: ReturnType<typeof costNasfpn>) => `${r.total.params}/${r.total.macs}`;
	let last = key(costNasfpn(fpnPreset('f')));
	for (const c of cases) {
		await c.act();
		const r = costNasfpn(c.spec);
		await expect(totalParams(page)).toHaveAttribute('data-value', String(r.total.params));
		await expect(totalMacs(page)).toHaveAttribute('data-value', String(r.total.macs));
		// every step changes params or MACs (image size changes only MACs)
		expect(key(r)).not.toBe(last);
		last = key(r);
	}
	await expect(fpn(page).getByLabel('backbone width C3', { exact: true })).toBeDisabled();
	await expect(fpn(page).getByTestId('nasfpn-stack-badge')).toHaveText('×3');
});

test('accessible names: one `channels` box, nothing named like the MnasNet controls', async ({ page }) => {
	await open(page);
	await expect(fpn(page).getByLabel('channels')).toHaveCount(1);
	await expect(fpn(page).getByLabel('image size')).toHaveCount(1);
	await expect(fpn(page).getByLabel('repeats')).toHaveCount(1);
	await expect(fpn(page).getByLabel(/resolution|width_mult/i)).toHaveCount(0);
	for (const level of [3, 4, 5])
		await expect(fpn(page).getByLabel(`backbone width C${level}`, { exact: true })).toHaveValue(/\d+/);
	// graph: role img, a title and a summary
	await expect(graph(page)).toHaveAttribute('role', 'img');
	await expect(graph(page).locator('title')).toHaveText('NAS-FPN pyramid network graph');
	await expect(graph(page)).toHaveAttribute('aria-label', /7 merging cells.*P3 n7, P4 n8, P5 n9, P6 n11, P7 n10/);
});

test('rewire a cell with the select: the edge moves, the engine accepts it', async ({ page }) => {
	await open(page);
	await cells(page).nth(2).locator('circle.body').click();
	const select = fpn(page).getByLabel('input 2 of cell 3', { exact: true });
	// tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs: cell 3 (node 7) reads (0, 6)
	await expect(select).toHaveValue('6');
	await expect(graph(page).locator('path.edge[data-from="6"][data-to="7"]')).toHaveCount(1);
	await select.selectOption('5');
	await expect(select).toHaveValue('5');
	await expect(graph(page).locator('path.edge[data-from="5"][data-to="7"]')).toHaveCount(1);
	await expect(graph(page).locator('path.edge[data-from="6"][data-to="7"]')).toHaveCount(0);
	await expect(fpn(page).getByRole('status').filter({ hasText: 'Cell 3 input 2 now reads n5.' })).toBeVisible();
	await expect(fpn(page).getByText('edited since loading (f)')).toBeVisible();
	// a level change moves the MACs (P3 → P4 for cell 3): the totals follow the engine
	await fpn(page).getByLabel('level of cell 3', { exact: true }).selectOption('4');
	const spec = fpnPreset('f');
	const next: NasfpnSpec = { ...rewireInput(spec, 2, 1, 5) };
	next.cells[2] = { ...next.cells[2], level: 4 };
	await expect(totalMacs(page)).toHaveAttribute('data-value', String(costNasfpn(next).total.macs));
	await expect(graph(page).locator('[data-testid="nasfpn-cell"][data-cell="3"]')).toHaveAttribute('data-level', '4');
	// op change is drawn (gp colour) and kept in the select
	await fpn(page).getByLabel('op of cell 3', { exact: true }).selectOption('gp');
	await expect(graph(page).locator('[data-testid="nasfpn-cell"][data-cell="3"]')).toHaveAttribute('data-op', 'gp');
	// the output flag: cell 7 (n11, the P6 output) off → the engine warns that n11 is dead and P6 passes through
	await cells(page).nth(6).locator('circle.body').click();
	await fpn(page).getByLabel('output of cell 7', { exact: true }).uncheck();
	const status = fpn(page).getByRole('status').filter({ hasText: 'Warnings' });
	await expect(status).toContainText('dead node');
	await expect(status).toContainText('no cell outputs P6');
	await expect(graph(page).locator('[data-testid="nasfpn-cell"][data-cell="7"]')).toHaveClass(/dead/);
	// image size 600 is not a multiple of 2^7: the padding warning (validate.ts nasfpnWarnings)
	await fpn(page).getByLabel('image size', { exact: true }).fill('600');
	await expect(status).toContainText('not a multiple of 2^7 = 128');
});

test('rewire by dragging an edge end onto an earlier node; a later node is refused with an alert', async ({ page }) => {
	await open(page);
	const handle = graph(page).locator('[data-testid="nasfpn-edge-handle"][data-cell="3"][data-input="2"]');
	await expect(handle).toHaveAttribute('data-from', '6');
	const macsBefore = await totalMacs(page).getAttribute('data-value');

	// drop on a later node (n9): nothing changes, an alert says why
	await dragTo(page, handle, graph(page).locator('[data-testid="nasfpn-cell"][data-offset="9"] circle.body'));
	await expect(fpn(page).getByRole('alert')).toContainText('can only read an earlier node');
	await expect(graph(page).locator('path.edge[data-from="6"][data-to="7"]')).toHaveCount(1);
	// drop on itself: refused too
	await dragTo(page, handle, graph(page).locator('[data-testid="nasfpn-cell"][data-offset="7"] circle.body'));
	await expect(fpn(page).getByRole('alert')).toContainText('cannot read its own output');

	// drop on n5 (earlier): rewired
	await dragTo(page, handle, graph(page).locator('[data-testid="nasfpn-cell"][data-offset="5"] circle.body'));
	await expect(graph(page).locator('path.edge[data-from="5"][data-to="7"]')).toHaveCount(1);
	await expect(graph(page).locator('path.edge[data-from="6"][data-to="7"]')).toHaveCount(0);
	await cells(page).nth(2).locator('circle.body').click();
	await expect(fpn(page).getByLabel('input 2 of cell 3', { exact: true })).toHaveValue('5');
	// MACs count convolutions only, which do not depend on the wiring (3×3 conv cost of tensorflow/tpu nasfpn.py)
	await expect(totalMacs(page)).toHaveAttribute('data-value', macsBefore ?? '');

	// drag the first input of cell 7 (n11 reads n9) onto the P6 input node
	const h7 = graph(page).locator('[data-testid="nasfpn-edge-handle"][data-cell="7"][data-input="1"]');
	await expect(h7).toHaveAttribute('data-from', '9');
	const p6in = graph(page).locator('g.node.input circle:not(.out-ring)').nth(3);
	await dragTo(page, h7, p6in);
	await expect(graph(page).locator('path.edge[data-from="3"][data-to="11"]')).toHaveCount(1);
});

test('add a cell and delete cells: offsets stay consistent and the totals follow the engine', async ({ page }) => {
	await open(page);
	await fpn(page).getByRole('button', { name: 'Add a cell' }).click();
	await expect(cells(page)).toHaveCount(8);
	await expect(fpn(page).getByLabel('input 1 of cell 8', { exact: true })).toHaveValue('10');
	await expect(fpn(page).getByLabel('input 2 of cell 8', { exact: true })).toHaveValue('11');
	// one more 3×3 conv per copy: 590,592 params × 7 copies (tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: 590,080 conv + 512 BN)
	const f = costNasfpn(fpnPreset('f'));
	await expect(totalParams(page)).toHaveAttribute('data-value', String(f.total.params + 590_592 * 7));

	await fpn(page).getByRole('button', { name: 'Delete cell 8' }).click();
	await expect(cells(page)).toHaveCount(7);
	await expect(totalParams(page)).toHaveAttribute('data-value', String(f.total.params));

	// delete cell 1 (n5): n6 read it, and now reads P6in; later offsets shift down (cellEdits.deleteCell)
	await cells(page).nth(0).locator('circle.body').click();
	await fpn(page).getByRole('button', { name: 'Delete cell 1' }).click();
	await expect(cells(page)).toHaveCount(6);
	await expect(fpn(page).getByRole('status').filter({ hasText: 'Deleted cell 1.' })).toContainText(
		'Cell 1 input 2 now reads P6 in.'
	);
	const result = deleteCell(fpnPreset('f'), 0);
	if (!result.ok) throw new Error('delete refused');
	await expect(totalParams(page)).toHaveAttribute('data-value', String(costNasfpn(result.spec).total.params));
	await expect(totalMacs(page)).toHaveAttribute('data-value', String(costNasfpn(result.spec).total.macs));
	await cells(page).nth(1).locator('circle.body').click();
	await expect(fpn(page).getByLabel('input 2 of cell 2', { exact: true })).toHaveValue('5');
	await expect(fpn(page).getByTestId('nasfpn-membership')).toHaveAttribute('data-member', 'false');
});

test('Random NAS-FPN loads a seeded member of the search space', async ({ page }) => {
	await open(page);
	await fpn(page).getByRole('button', { name: 'Random NAS-FPN' }).click();
	await expect(fpn(page).getByTestId('nasfpn-seed')).toHaveText(/^seed \d+$/);
	await expect(cells(page)).toHaveCount(7);
	await expect(fpn(page).getByTestId('nasfpn-membership')).toHaveAttribute('data-member', 'true');
	await expect(fpn(page).getByTestId('nasfpn-membership')).toContainText('In the paper’s search space');
	const seed1 = await fpn(page).getByTestId('nasfpn-seed').textContent();
	await fpn(page).getByRole('button', { name: 'Random NAS-FPN' }).click();
	await expect(fpn(page).getByTestId('nasfpn-seed')).not.toHaveText(seed1 ?? '');
	// the totals are the engine's for the sampled graph (same levels → the same per-copy MACs as any member)
	const params = await totalParams(page).getAttribute('data-value');
	expect(params).toBe(String(costNasfpn(fpnPreset('f')).total.params));
});

test('compare two steps: both graphs small, cost deltas and the diff', async ({ page }) => {
	await open(page);
	await fpn(page).getByLabel('compare step A', { exact: true }).selectOption('a');
	await fpn(page).getByLabel('compare step B', { exact: true }).selectOption('f');
	await expect(fpn(page).getByTestId('nasfpn-compare-A').getByTestId('nasfpn-mini-cell')).toHaveCount(4);
	await expect(fpn(page).getByTestId('nasfpn-compare-B').getByTestId('nasfpn-mini-cell')).toHaveCount(7);
	const a = costNasfpn(fpnPreset('a'));
	const f = costNasfpn(fpnPreset('f'));
	const table = fpn(page).getByTestId('nasfpn-compare-table');
	await expect(table.locator('tr[data-row="params"] td').nth(2)).toHaveAttribute(
		'data-value',
		String(f.total.params - a.total.params)
	);
	await expect(table.locator('tr[data-row="macs"] td').nth(2)).toHaveAttribute(
		'data-value',
		String(f.total.macs - a.total.macs)
	);
	await expect(table.locator('tr[data-row="flops"] td').nth(2)).toHaveAttribute(
		'data-value',
		String(f.total.flops - a.total.flops)
	);
	// (a) has 4 convs per copy, (f) 7: params ratio 7/4 on the cells plus the shared input stage
	await expect(table.locator('tr[data-row="params"] td').nth(3)).toHaveText(/×$/);
	await expect(fpn(page).getByTestId('nasfpn-compare-diff')).toContainText('Cell 5 (n9) added');
	// the comparison follows the setting
	await fpn(page).getByLabel('channels', { exact: true }).fill('64');
	const f64 = costNasfpn(fpnPreset('f', { channels: 64 }));
	const a64 = costNasfpn(fpnPreset('a', { channels: 64 }));
	await expect(table.locator('tr[data-row="params"] td').nth(2)).toHaveAttribute(
		'data-value',
		String(f64.total.params - a64.total.params)
	);
});

test('garbage in a field: alert with the engine sentence, text kept, numbers intact', async ({ page }) => {
	await open(page);
	const params = await totalParams(page).getAttribute('data-value');
	const macs = await totalMacs(page).getAttribute('data-value');
	for (const [label, text] of [
		['channels', 'abc'],
		['channels', ''],
		['channels', '-5'],
		['channels', '99999'],
		['channels', 'NaN'],
		['image size', 'abc'],
		['image size', '99999'],
		['repeats', '-5'],
		['repeats', 'NaN'],
		['backbone width C4', '0'],
		['backbone width C4', 'abc']
	] as const) {
		const box = fpn(page).getByLabel(label, { exact: true });
		await box.fill(text);
		await expect(box).toHaveValue(text);
		await expect(box).toHaveAttribute('aria-invalid', 'true');
		const alert = fpn(page).getByRole('alert');
		await expect(alert).toHaveCount(1);
		await expect(alert).not.toBeEmpty();
		await expect(totalParams(page)).toHaveAttribute('data-value', params ?? '');
		await expect(totalMacs(page)).toHaveAttribute('data-value', macs ?? '');
		await expect(cells(page)).toHaveCount(7);
		await expect(fpn(page).getByTestId('nasfpn-cell-root').locator('output')).not.toContainText(['NaN']);
		await expect(fpn(page).getByTestId('nasfpn-sum-line')).not.toContainText('NaN');
		// back to a valid value: the alert goes
		await box.fill(label === 'channels' ? '256' : label === 'image size' ? '640' : label === 'repeats' ? '7' : '1024');
		await expect(box).not.toHaveAttribute('aria-invalid', 'true');
	}
	await expect(fpn(page).getByRole('alert')).toHaveCount(0);
	// the engine's own sentence is shown (validate.ts: "must be between 1 and 4096")
	await fpn(page).getByLabel('channels', { exact: true }).fill('99999');
	await expect(fpn(page).getByRole('alert')).toContainText('must be between 1 and 4096, not 99999');
});

test('a refused text is kept against the spec it was typed on: Undo shows the restored value, no alert', async ({
	page
}) => {
	await open(page);
	const box = fpn(page).getByLabel('channels', { exact: true });
	await box.fill('128');
	await box.blur();
	await expect(totalParams(page)).toHaveAttribute(
		'data-value',
		String(costNasfpn(fpnPreset('f', { channels: 128 })).total.params)
	);
	await box.fill('abc');
	await expect(box).toHaveValue('abc');
	await expect(box).toHaveAttribute('aria-invalid', 'true');
	await expect(fpn(page).getByRole('alert')).toHaveCount(1);
	// the page's Undo button takes back the last step (128): the box shows the restored 256, the alert goes
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(box).toHaveValue('256');
	await expect(box).not.toHaveAttribute('aria-invalid', 'true');
	await expect(fpn(page).getByRole('alert')).toHaveCount(0);
	await expect(totalParams(page)).toHaveAttribute('data-value', String(costNasfpn(fpnPreset('f')).total.params));
});

test('the stack: ×N badge, expands to N copies', async ({ page }) => {
	await open(page);
	await expect(fpn(page).getByTestId('nasfpn-stack-badge')).toHaveText('×7');
	const toggle = fpn(page).getByRole('button', { name: 'Show all 7 stacked pyramid networks' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	const stack = fpn(page).getByTestId('nasfpn-stack');
	await expect(stack.locator('svg[role="img"]')).toHaveCount(7);
	await fpn(page).getByRole('button', { name: 'Collapse the stack' }).click();
	await expect(stack.locator('svg[role="img"]')).toHaveCount(0);
});

test('keyboard: a cell is selected with Enter, its editor is labelled', async ({ page }) => {
	await open(page);
	const cell4 = graph(page).locator('[data-testid="nasfpn-cell"][data-cell="4"]');
	await cell4.focus();
	await page.keyboard.press('Enter');
	await expect(cell4).toHaveAttribute('aria-pressed', 'true');
	await expect(fpn(page).getByLabel('input 1 of cell 4', { exact: true })).toBeVisible();
	await fpn(page).getByLabel('edit cell', { exact: true }).selectOption('1');
	await expect(fpn(page).getByLabel('op of cell 2', { exact: true })).toHaveValue('sum');
});

test('Korean: step text and accessible names in Korean', async ({ page }) => {
	await open(page);
	await page.getByTestId('language').selectOption('ko');
	await expect(fpn(page).getByText(FPN_STEPS[5].text.ko)).toBeVisible();
	await expect(fpn(page).getByTestId('fpn-channels')).toHaveValue('256');
	await expect(fpn(page).getByLabel('채널 수 D', { exact: true })).toHaveValue('256');
	await expect(fpn(page).getByRole('button', { name: '(c)', exact: true })).toBeVisible();
	await fpn(page).getByRole('button', { name: '(c)', exact: true }).click();
	await expect(fpn(page).getByTestId('nasfpn-illustration')).toHaveText(
		'탐색의 수렴을 보여 주는 예시이며, 그림 7을 옮긴 것이 아닙니다'
	);
});

test.describe('screenshots', () => {
	test('1280×800', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await open(page);
		await fpn(page).scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'test-results/nasfpn-1280x800.png' });
		await fpn(page).getByRole('button', { name: '(d)', exact: true }).click();
		await cells(page).nth(2).locator('circle.body').click();
		await fpn(page).getByRole('button', { name: 'Show all 7 stacked pyramid networks' }).click();
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await fpn(page).screenshot({ path: 'test-results/nasfpn-1280x800-full.png' });
	});

	test('390×844', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page);
		// nothing wider than the phone except inside horizontal scrollers
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await fpn(page).scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'test-results/nasfpn-390x844.png' });
		await fpn(page).screenshot({ path: 'test-results/nasfpn-390x844-full.png' });
		await fpn(page).getByRole('heading', { name: 'The pyramid network graph' }).scrollIntoViewIfNeeded();
		await cells(page).nth(1).locator('circle.body').click();
		await fpn(page)
			.getByRole('heading', { name: 'The pyramid network graph' })
			.evaluate((h) => h.scrollIntoView());
		await page.screenshot({ path: 'test-results/nasfpn-390x844-graph.png' });
	});
});
