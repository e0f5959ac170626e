// Zoom and pan of the MnasNet block diagram and the NAS-FPN cell graph, driven as a user would: the zoom buttons,
// Ctrl + wheel, the keyboard, dragging the background. The plain wheel must keep scrolling the page, box and edge
// drags must keep working while zoomed, and the exported files must show the whole diagram, not the zoomed view.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { gotoReady } from './gotoReady';
import { readFile } from 'node:fs/promises';

interface View {
	k: number;
	x: number;
	y: number;
}

/** The zoom layer's transform, `translate(x,y) scale(k)`, as numbers (identity when the attribute is missing). */
async function view(layer: Locator): Promise<View> {
	const attr = (await layer.getAttribute('transform')) ?? '';
	const t = attr.match(/translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/);
	const s = attr.match(/scale\(\s*([-\d.e]+)\s*\)/);
	return { k: s ? Number(s[1]) : 1, x: t ? Number(t[1]) : 0, y: t ? Number(t[2]) : 0 };
}

/** Waits until the (animated) transform satisfies `ok`; returns it. */
async function viewWhen(layer: Locator, ok: (v: View) => boolean): Promise<View> {
	let last: View = { k: Number.NaN, x: 0, y: 0 };
	await expect
		.poll(async () => {
			last = await view(layer);
			return ok(last);
		})
		.toBe(true);
	return last;
}

const identity = (v: View) => Math.abs(v.k - 1) < 1e-6 && Math.abs(v.x) < 1e-6 && Math.abs(v.y) < 1e-6;

async function openMnasnet(page: Page, url = '/') {
	const cell = page.getByTestId('mnasnet-cell');
	await gotoReady(page, url, () => expect(cell).toHaveAttribute('data-interactive', 'true', { timeout: 45_000 }));
	// the zoom gestures arrive after the first screen (d3-zoom is not in the first load)
	await expect(cell.locator('[data-zoom="ready"]')).toHaveCount(1);
	return cell;
}

async function openNasfpn(page: Page) {
	await gotoReady(page, '/', () =>
		expect(page.locator('main#top')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 })
	);
	await expect(fpnRoot(page).getByTestId('nasfpn-cell')).toHaveCount(7);
	await expect(fpnRoot(page).locator('[data-zoom="ready"]')).not.toHaveCount(0);
}

/** the NAS-FPN cell of the notebook (the MnasNet cell above it has zoom buttons with the same names) */
const fpnRoot = (page: Page) => page.getByTestId('nasfpn-cell-root');

const mnasLayer = (scope: Page | Locator) => scope.locator('svg[data-export="mnasnet-diagram"] [data-zoom-layer]');
const fpnGraph = (page: Page) => page.locator('svg[data-export="nasfpn-graph"]');
const fpnLayer = (page: Page) => fpnGraph(page).locator('[data-zoom-layer]');
const box = (cell: Locator, i: number) => cell.getByRole('button', { name: new RegExp(`^select block ${i},`) });

/** A point of `host` that is on screen and not on a control (button or edge handle): the background. */
async function backgroundPoint(page: Page, host: Locator): Promise<{ x: number; y: number }> {
	await host.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
	const point = await host.evaluate((el) => {
		const r = el.getBoundingClientRect();
		const left = Math.max(r.left, 0);
		const right = Math.min(r.right, window.innerWidth);
		for (const fy of [0.04, 0.5, 0.96]) {
			for (const fx of [0.05, 0.3, 0.5, 0.7, 0.95]) {
				const x = left + (right - left) * fx;
				const y = r.top + r.height * fy;
				const hit = document.elementFromPoint(x, y);
				if (hit && el.contains(hit) && !hit.closest('button, .handle, [role="button"]')) return { x, y };
			}
		}
		return null;
	});
	if (!point) throw new Error('no background point on screen');
	return point;
}

async function dragBy(page: Page, from: { x: number; y: number }, dx: number, dy: number) {
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	for (let step = 1; step <= 8; step++) await page.mouse.move(from.x + (dx * step) / 8, from.y + (dy * step) / 8);
	await page.mouse.up();
}

test.beforeEach(({ page }) => {
	page.on('pageerror', (e) => console.log('pageerror', e.message));
});

test('MnasNet: Zoom in, Zoom out and Reset zoom change the diagram’s scale; the boxes follow', async ({ page }) => {
	const cell = await openMnasnet(page);
	const layer = mnasLayer(cell);
	expect(identity(await view(layer))).toBe(true);
	await expect(cell.getByTestId('zoom-percent')).toHaveText('100%');
	const before = await box(cell, 3).boundingBox();

	await cell.getByRole('button', { name: 'Zoom in', exact: true }).click();
	// one step is ×1.25 (ZOOM_STEP in zoomMath.ts)
	const zoomed = await viewWhen(layer, (v) => Math.abs(v.k - 1.25) < 1e-3);
	expect(zoomed.k).toBeGreaterThan(1);
	await expect(cell.getByTestId('zoom-percent')).toHaveText('125%');
	// the clickable box is drawn 1.25× wider too
	const after = await box(cell, 3).boundingBox();
	expect(after!.width / before!.width).toBeCloseTo(1.25, 2);

	await cell.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await cell.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await viewWhen(layer, (v) => Math.abs(v.k - 0.8) < 1e-3); // 1 / 1.25

	await cell.getByRole('button', { name: 'Reset zoom', exact: true }).click();
	await viewWhen(layer, identity);
	await expect(cell.getByTestId('zoom-percent')).toHaveText('100%');
});

test('MnasNet: the plain wheel scrolls the page, Ctrl + wheel zooms, the keys + - 0 work on a focused box', async ({
	page
}) => {
	const cell = await openMnasnet(page);
	const layer = mnasLayer(cell);
	const p = await backgroundPoint(page, cell.locator('svg[data-export="mnasnet-diagram"]'));
	await page.mouse.move(p.x, p.y);
	const scrollBefore = await page.evaluate(() => window.scrollY);
	await page.mouse.wheel(0, 200);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
	expect(identity(await view(layer))).toBe(true);

	const q = await backgroundPoint(page, cell.locator('svg[data-export="mnasnet-diagram"]'));
	await page.mouse.move(q.x, q.y);
	const scrollAt = await page.evaluate(() => window.scrollY);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -100);
	await page.keyboard.up('Control');
	await viewWhen(layer, (v) => v.k > 1.01);
	// the zooming wheel did not scroll the page
	expect(await page.evaluate(() => window.scrollY)).toBe(scrollAt);

	await cell.getByRole('button', { name: 'Reset zoom', exact: true }).click();
	await viewWhen(layer, identity);
	await box(cell, 2).focus();
	await page.keyboard.press('+');
	await viewWhen(layer, (v) => Math.abs(v.k - 1.25) < 1e-3);
	await page.keyboard.press('-');
	await page.keyboard.press('-');
	await viewWhen(layer, (v) => Math.abs(v.k - 0.8) < 1e-3);
	await page.keyboard.press('0');
	await viewWhen(layer, identity);
	// Shift+Arrow still reorders (the zoom keys do not take it)
	await page.keyboard.press('Shift+ArrowRight');
	await expect(box(cell, 3)).toBeFocused();
});

test('MnasNet: dragging the background pans; dragging a box still reorders while zoomed', async ({ page }) => {
	const cell = await openMnasnet(page);
	const layer = mnasLayer(cell);
	await cell.getByRole('button', { name: 'Zoom in', exact: true }).click();
	const start = await viewWhen(layer, (v) => Math.abs(v.k - 1.25) < 1e-3);

	const p = await backgroundPoint(page, cell.locator('.diagram'));
	await dragBy(page, p, 60, 20);
	const panned = await viewWhen(layer, (v) => Math.abs(v.x - start.x) > 1);
	expect(panned.x - start.x).toBeCloseTo(60, 0);
	expect(panned.y - start.y).toBeCloseTo(20, 0);
	expect(panned.k).toBeCloseTo(1.25, 3);

	await page.screenshot({ path: process.env.ZOOM_SHOT ?? 'test-results/zoom-mnasnet.png' });

	// the same drag as mnasnet.spec.ts "reorder by dragging a box", at 1.25×: block 3 (c 40) to position 5
	await box(cell, 5).evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
	const from = await box(cell, 3).boundingBox();
	const to = await box(cell, 5).boundingBox();
	if (!from || !to) throw new Error('boxes not laid out');
	await dragBy(page, { x: from.x + from.width / 2, y: from.y + from.height / 2 }, to.x - from.x, 0);
	await expect(cell.getByLabel('c of block 5', { exact: true })).toHaveValue('40');
	await expect(cell.getByLabel('c of block 3', { exact: true })).toHaveValue('80');
	// the box drag did not pan
	const after = await view(layer);
	expect(after.x).toBeCloseTo(panned.x, 3);

	// double-click on the background resets
	const q = await backgroundPoint(page, cell.locator('.diagram'));
	await page.mouse.dblclick(q.x, q.y);
	await viewWhen(layer, identity);
});

test('NAS-FPN: zoom buttons, background pan, and an edge drag that rewires while zoomed', async ({ page }) => {
	await openNasfpn(page);
	const layer = fpnLayer(page);
	expect(identity(await view(layer))).toBe(true);
	await fpnRoot(page).getByRole('button', { name: 'Zoom in', exact: true }).click();
	await fpnRoot(page).getByRole('button', { name: 'Zoom in', exact: true }).click();
	// two steps: 1.25² = 1.5625
	const start = await viewWhen(layer, (v) => Math.abs(v.k - 1.5625) < 1e-3);

	const p = await backgroundPoint(page, fpnGraph(page));
	// up and left: the edge handles along the lower rows stay inside the clipped, zoomed graph
	await dragBy(page, p, -50, -30);
	const panned = await viewWhen(layer, (v) => Math.abs(v.x - start.x) > 1);
	// the svg is drawn 1:1 (width = viewBox width), so screen px = user units
	expect(panned.x - start.x).toBeCloseTo(-50, 0);
	expect(panned.y - start.y).toBeCloseTo(-30, 0);

	// nasfpn.spec.ts: cell 3's second input reads n6; dropping its handle on n5 rewires it, at any zoom
	const handle = fpnGraph(page).locator('[data-testid="nasfpn-edge-handle"][data-cell="3"][data-input="2"]');
	await expect(handle).toHaveAttribute('data-from', '6');
	const target = fpnGraph(page).locator('[data-testid="nasfpn-cell"][data-offset="5"] circle.body');
	const a = await handle.boundingBox();
	const b = await target.boundingBox();
	if (!a || !b) throw new Error('graph not laid out');
	const ax = a.x + a.width / 2;
	const ay = a.y + a.height / 2;
	await page.mouse.move(ax, ay);
	await page.mouse.down();
	await page.mouse.move(ax + 4, ay + 4, { steps: 2 });
	await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
	await page.mouse.up();
	await expect(fpnGraph(page).locator('path.edge[data-from="5"][data-to="7"]')).toHaveCount(1);
	await expect(fpnGraph(page).locator('path.edge[data-from="6"][data-to="7"]')).toHaveCount(0);
	// the handle drag did not pan
	expect((await view(layer)).x).toBeCloseTo(panned.x, 3);

	// a click on a cell in view still selects it, zoomed
	const g = (await fpnGraph(page).boundingBox())!;
	const sc = (await fpnGraph(page).locator('xpath=..').boundingBox())!; // the graph's scroll box
	const svgBox = { x: Math.max(g.x, sc.x), y: Math.max(g.y, sc.y), width: 0, height: 0 };
	svgBox.width = Math.min(g.x + g.width, sc.x + sc.width) - svgBox.x;
	svgBox.height = Math.min(g.y + g.height, sc.y + sc.height) - svgBox.y;
	let clicked = false;
	for (const node of await fpnRoot(page).getByTestId('nasfpn-cell').all()) {
		const r = await node.locator('circle.body').boundingBox();
		if (!r) continue;
		const cx = r.x + r.width / 2;
		const cy = r.y + r.height / 2;
		if (
			cx < svgBox.x + 10 ||
			cx > svgBox.x + svgBox.width - 10 ||
			cy < svgBox.y + 10 ||
			cy > svgBox.y + svgBox.height - 10
		)
			continue;
		await page.mouse.click(cx, cy);
		await expect(node).toHaveAttribute('aria-pressed', 'true');
		clicked = true;
		break;
	}
	expect(clicked).toBe(true);

	await fpnRoot(page).getByRole('button', { name: 'Reset zoom', exact: true }).click();
	await viewWhen(layer, identity);
});

test('exports show the whole diagram whatever the zoom', async ({ page }) => {
	await openMnasnet(page);
	const mnas = page.getByTestId('mnasnet-cell');
	const fpn = page.getByTestId('nasfpn-cell-root');
	await expect(page.getByRole('button', { name: 'Download mnasnet-diagram as SVG', exact: true })).toBeVisible({
		timeout: 90_000
	});

	async function svgText(name: string): Promise<string> {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: `Download ${name} as SVG`, exact: true }).click()
		]);
		return readFile(await file.path(), 'utf8');
	}
	/** the root's size attributes */
	const head = (text: string) => {
		const tag = text.match(/<svg[^>]*>/)?.[0] ?? '';
		return ['width', 'height', 'viewBox'].map((name) => tag.match(new RegExp(` ${name}="([^"]*)"`))?.[1] ?? null);
	};
	const layerTag = (text: string) => text.match(/<g[^>]*data-zoom-layer[^>]*>/)?.[0] ?? '';

	const plain = { mnas: await svgText('mnasnet-diagram'), fpn: await svgText('nasfpn-graph') };
	for (const scope of [mnas, fpn]) {
		await scope.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await scope.getByRole('button', { name: 'Zoom in', exact: true }).click();
	}
	await viewWhen(mnasLayer(mnas), (v) => Math.abs(v.k - 1.5625) < 1e-3);
	await viewWhen(fpnLayer(page), (v) => Math.abs(v.k - 1.5625) < 1e-3);
	const zoomed = { mnas: await svgText('mnasnet-diagram'), fpn: await svgText('nasfpn-graph') };

	for (const key of ['mnas', 'fpn'] as const) {
		// same size and viewBox as unzoomed, and the layer carries no transform in the file
		expect(head(plain[key])).not.toContain(null);
		expect(head(zoomed[key])).toEqual(head(plain[key]));
		expect(layerTag(zoomed[key])).not.toBe('');
		expect(layerTag(zoomed[key])).not.toContain('transform');
	}
});
