// Export and import (issue 6 §2): the files a user downloads are opened and checked; uploads go through the UI.
import { test, expect, type Download, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

// The notebook page mounts the panel beside both cells.
const ROUTE = '/';

async function download(page: Page, name: string | RegExp): Promise<{ file: Download; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name, exact: true }).click()
	]);
	const path = await file.path();
	return { file, bytes: await readFile(path) };
}

/** RFC 4180 reader (the same grammar the app writes). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}

/** Parses SVG text with the browser's XML parser: the root's name, namespace and size attributes, or the parser error. */
async function parseSvg(page: Page, text: string) {
	return page.evaluate((t) => {
		const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
		const err = doc.getElementsByTagName('parsererror')[0];
		const root = doc.documentElement;
		return {
			error: err ? err.textContent : null,
			name: root.localName,
			ns: root.namespaceURI,
			width: Number(root.getAttribute('width')),
			height: Number(root.getAttribute('height')),
			viewBox: root.getAttribute('viewBox'),
			elements: root.getElementsByTagName('*').length
		};
	}, text);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function totalParams(page: Page, net: 'mnasnet' | 'nasfpn'): Promise<number> {
	return Number(await page.getByTestId(`${net}-total-params`).getAttribute('data-value'));
}

test.beforeEach(async ({ page }) => {
	await page.goto(ROUTE);
	// the notebook page applies the link / saved state on mount; edits made before that would be overwritten
	const main = page.locator('main[data-ready]');
	if ((await main.count()) > 0) await expect(main).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
	await expect(page.getByTestId('export-panel')).toHaveAttribute('data-interactive', 'true', { timeout: 90_000 });
	// the list of diagrams appears once the page is hydrated (a cold dev server compiles tfjs first)
	await expect(page.getByRole('button', { name: 'Download mnasnet-diagram as SVG', exact: true })).toBeVisible({
		timeout: 90_000
	});
});

test('every marked diagram downloads as an SVG that parses, with its size set', async ({ page }) => {
	const names = await page
		.locator('svg[data-export]')
		.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-export') ?? ''))]);
	expect(names).toEqual(expect.arrayContaining(['mnasnet-diagram', 'nasfpn-graph']));
	for (const name of names) {
		const { file, bytes } = await download(page, `Download ${name} as SVG`);
		expect(file.suggestedFilename()).toBe(`${name}.svg`);
		// the page's colour tokens do not travel with the file: every colour is written out
		expect(bytes.toString('utf8'), name).not.toContain('var(--');
		const svg = await parseSvg(page, bytes.toString('utf8'));
		expect(svg.error, name).toBeNull();
		expect(svg.name).toBe('svg');
		expect(svg.ns).toBe('http://www.w3.org/2000/svg');
		expect(svg.width).toBeGreaterThan(0);
		expect(svg.height).toBeGreaterThan(0);
		expect(svg.viewBox?.split(' ').map(Number).slice(2)).toEqual([svg.width, svg.height]);
		expect(svg.elements).toBeGreaterThan(3);
	}
});

test('PNG 2× is twice the SVG size, for the MnasNet diagram and the NAS-FPN graph', async ({ page }) => {
	for (const name of ['mnasnet-diagram', 'nasfpn-graph']) {
		const svg = await parseSvg(page, (await download(page, `Download ${name} as SVG`)).bytes.toString('utf8'));
		const { file, bytes } = await download(page, `Download ${name} as PNG 2×`);
		expect(file.suggestedFilename()).toBe(`${name}@2x.png`);
		expect(pngSize(bytes)).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
	}
});

test('the whole MnasNet diagram is exported even when the page shows only part of it', async ({ page }) => {
	await page.setViewportSize({ width: 600, height: 800 });
	const svgEl = page.locator('svg[data-export="mnasnet-diagram"]');
	await svgEl.scrollIntoViewIfNeeded();
	const drawn = await svgEl.evaluate((el) => {
		const vb = (el as SVGSVGElement).viewBox.baseVal;
		const r = el.getBoundingClientRect();
		// the part of the diagram inside the window
		const visible = Math.min(r.right, window.innerWidth) - Math.max(r.left, 0);
		return { vbWidth: vb.width, vbHeight: vb.height, visible };
	});
	expect(drawn.visible).toBeLessThan(drawn.vbWidth);
	const svg = await parseSvg(page, (await download(page, 'Download mnasnet-diagram as SVG')).bytes.toString('utf8'));
	expect(svg.width).toBe(Math.ceil(drawn.vbWidth));
	expect(svg.height).toBe(Math.ceil(drawn.vbHeight));
	const png = pngSize((await download(page, 'Download mnasnet-diagram as PNG 2×')).bytes);
	expect(png).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
});

test('MnasNet CSVs: the layer rows sum to the shown totals, the block rows equal the table', async ({ page }) => {
	const params = await totalParams(page, 'mnasnet');
	const macs = Number(await page.getByTestId('mnasnet-total-macs').getAttribute('data-value'));
	const layers = await download(page, 'Download MnasNet layers as CSV');
	expect(layers.file.suggestedFilename()).toBe('mnasnet-layers.csv');
	const rows = parseCsv(layers.bytes.toString('utf8'));
	const header = rows[0];
	expect(header.slice(0, 3)).toEqual(['layer', 'block', 'op']);
	const col = (k: string) => header.indexOf(k);
	const body = rows.slice(1);
	expect(body.reduce((s, r) => s + Number(r[col('params')]), 0)).toBe(params);
	expect(body.reduce((s, r) => s + Number(r[col('macs')]), 0)).toBe(macs);
	// lecture preset (the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py): stem, 1 + 3+3+3+2+4+1 block layers, head, pool, classifier
	expect(body.map((r) => r[0])).toEqual([
		'stem',
		'b0.0',
		'b1.0',
		'b1.1',
		'b1.2',
		'b2.0',
		'b2.1',
		'b2.2',
		'b3.0',
		'b3.1',
		'b3.2',
		'b4.0',
		'b4.1',
		'b5.0',
		'b5.1',
		'b5.2',
		'b5.3',
		'b6.0',
		'head',
		'pool',
		'classifier'
	]);

	const blocks = parseCsv((await download(page, 'Download MnasNet blocks as CSV')).bytes.toString('utf8'));
	const bh = blocks[0];
	const blockRows = blocks.slice(1).filter((r) => /^b\d+$/.test(r[bh.indexOf('block')]));
	// rows named stem, b0…, head: no -1/-2 sentinels in a file people read
	expect([blocks[1][bh.indexOf('block')], blocks.at(-1)?.[bh.indexOf('block')]]).toEqual(['stem', 'head']);
	const tableOutC = await page.getByTestId('block-out-channels').allInnerTexts();
	expect(blockRows.map((r) => r[bh.indexOf('out_c')])).toEqual(tableOutC.map((t) => t.trim()));
	expect(blocks.slice(1).reduce((s, r) => s + Number(r[bh.indexOf('params')]), 0)).toBe(params);
});

test('NAS-FPN CSV: repeats × the node rows equal the shown total; Markdown has one row per node', async ({ page }) => {
	// Without backbone widths there is no input stage, so the total is exactly repeats × one repeat's nodes.
	const spec = JSON.parse((await download(page, 'Download NAS-FPN spec JSON')).bytes.toString('utf8'));
	delete spec.backboneChannels;
	spec.repeats = 3;
	await page
		.getByLabel('Upload spec JSON', { exact: true })
		.setInputFiles({ name: 'fpn-3.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(spec)) });
	await expect(page.getByRole('status').filter({ hasText: 'fpn-3.json' })).toBeVisible();
	const total = await totalParams(page, 'nasfpn');

	const csv = parseCsv((await download(page, 'Download NAS-FPN nodes as CSV')).bytes.toString('utf8'));
	const perRepeat = csv.slice(1).reduce((s, r) => s + Number(r[csv[0].indexOf('params')]), 0);
	expect(perRepeat).toBeGreaterThan(0);
	expect(3 * perRepeat).toBe(total);
	// inputs first (P3…P7 = offsets 0…4), then one row per cell
	expect(csv.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 5 + spec.cells.length }, (_, i) => String(i)));

	const md = (await download(page, 'Download NAS-FPN nodes as Markdown')).bytes.toString('utf8').trimEnd().split('\n');
	// header + alignment row + one row per node + totals row
	expect(md.length).toBe(2 + (csv.length - 1) + 1);
	expect(md[1]).toMatch(/^\| ---:? \|/);
});

test('spec JSON reloads to the same totals', async ({ page }) => {
	await page.getByRole('combobox', { name: 'MnasNet preset', exact: true }).selectOption('mnasnet-a1');
	const a1 = await totalParams(page, 'mnasnet');
	const saved = await download(page, 'Download MnasNet spec JSON');
	expect(saved.file.suggestedFilename()).toBe('mnasnet-spec.json');
	expect(JSON.parse(saved.bytes.toString('utf8')).kind).toBe('mnasnet');

	await page.getByRole('combobox', { name: 'MnasNet preset', exact: true }).selectOption('lecture');
	await expect(page.getByTestId('mnasnet-total-params')).not.toHaveAttribute('data-value', String(a1));

	await page
		.getByLabel('Upload spec JSON', { exact: true })
		.setInputFiles({ name: 'mnasnet-spec.json', mimeType: 'application/json', buffer: saved.bytes });
	await expect(page.getByTestId('mnasnet-total-params')).toHaveAttribute('data-value', String(a1));
	await expect(page.getByRole('status').filter({ hasText: 'mnasnet-spec.json' })).toBeVisible();

	const fpnBefore = await totalParams(page, 'nasfpn');
	const fpn = await download(page, 'Download NAS-FPN spec JSON');
	await page
		.getByLabel('Upload spec JSON', { exact: true })
		.setInputFiles({ name: 'nasfpn-spec.json', mimeType: 'application/json', buffer: fpn.bytes });
	await expect(page.getByRole('status').filter({ hasText: 'nasfpn-spec.json' })).toBeVisible();
	expect(await totalParams(page, 'nasfpn')).toBe(fpnBefore);
});

test('a corrupt spec file shows its problems and leaves the networks untouched', async ({ page }) => {
	const mnas = await totalParams(page, 'mnasnet');
	const fpn = await totalParams(page, 'nasfpn');
	const upload = page.getByLabel('Upload spec JSON', { exact: true });

	await upload.setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"kind": "mnasnet", "widthMult": ')
	});
	const alert = page.getByTestId('spec-upload-issues');
	await expect(alert).toHaveAttribute('role', 'alert');
	await expect(alert).toContainText('broken.json');
	await expect(alert).toContainText('not valid JSON');

	const bad = {
		kind: 'mnasnet',
		convention: 'tf',
		widthMult: -1,
		resolution: 224,
		numClasses: 1000,
		stem: 32,
		head: 1280,
		blocks: [{ op: 'mbconv', t: 6, c: 16, n: 1, s: 3, k: 4, se: 0, skip: 'identity' }]
	};
	await upload.setInputFiles({
		name: 'bad-fields.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(bad))
	});
	await expect(alert).toContainText('bad-fields.json');
	await expect(alert).toContainText('widthMult');
	await expect(alert).toContainText('blocks[0].k');

	expect(await totalParams(page, 'mnasnet')).toBe(mnas);
	expect(await totalParams(page, 'nasfpn')).toBe(fpn);
});

test('a spec file dropped on the drop zone is loaded; a dropped corrupt one is refused', async ({ page }) => {
	await page.getByRole('combobox', { name: 'MnasNet preset', exact: true }).selectOption('mnasnet-small');
	const small = await totalParams(page, 'mnasnet');
	const saved = (await download(page, 'Download MnasNet spec JSON')).bytes.toString('utf8');
	await page.getByRole('combobox', { name: 'MnasNet preset', exact: true }).selectOption('lecture');
	await expect(page.getByTestId('mnasnet-total-params')).not.toHaveAttribute('data-value', String(small));

	const drop = async (name: string, text: string) => {
		const dt = await page.evaluateHandle(
			([n, t]) => {
				const d = new DataTransfer();
				d.items.add(new File([t], n, { type: 'application/json' }));
				return d;
			},
			[name, text] as const
		);
		await page.getByTestId('spec-drop-zone').dispatchEvent('drop', { dataTransfer: dt });
	};
	await drop('dropped.json', saved);
	await expect(page.getByTestId('mnasnet-total-params')).toHaveAttribute('data-value', String(small));

	await drop('garbage.json', '\u0000\u0001 not a spec');
	await expect(page.getByTestId('spec-upload-issues')).toContainText('garbage.json');
	expect(await totalParams(page, 'mnasnet')).toBe(small);
});

test('NAS-FPN as TF block specs and back', async ({ page }) => {
	const box = page.getByRole('textbox', { name: 'TF block specs', exact: true });
	// tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs: the official final cell (step f) starts with (4, 'attention', (1, 3), False)
	await expect(box).toHaveValue(/\(4, 'attention', \(1, 3\), False\)/);
	const before = await totalParams(page, 'nasfpn');
	const original = await box.inputValue();

	await box.fill("[(4, 'sum', (1, 3), False), (3, 'sum', (0, 5), True)]");
	await page.getByRole('button', { name: 'Apply block specs', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Applied 2 cells' })).toBeVisible();
	await expect(page.getByTestId('nasfpn-total-params')).not.toHaveAttribute('data-value', String(before));

	await box.fill("[(4, 'sum', (1, 3), False), (3, 'mix', (0, 5), True)");
	await page.getByRole('button', { name: 'Apply block specs', exact: true }).click();
	await expect(page.getByTestId('block-specs-issues')).toHaveAttribute('role', 'alert');
	const afterTwo = await totalParams(page, 'nasfpn');

	await box.fill("[(4, 'sum', (1, 30), False)]");
	await page.getByRole('button', { name: 'Apply block specs', exact: true }).click();
	await expect(page.getByTestId('block-specs-issues')).toContainText('cells[0].inputs[1]');
	expect(await totalParams(page, 'nasfpn')).toBe(afterTwo);

	await box.fill(original);
	await page.getByRole('button', { name: 'Apply block specs', exact: true }).click();
	await expect(page.getByTestId('nasfpn-total-params')).toHaveAttribute('data-value', String(before));
});

test('Export PyTorch code downloads mnasnet.py; run with PyTorch it has the shown parameter count', async ({
	page
}) => {
	await page.getByRole('combobox', { name: 'MnasNet preset', exact: true }).selectOption('mnasnet-a1');
	const a1 = await totalParams(page, 'mnasnet');
	// an edited network, not just a preset
	await page.getByLabel('width_mult', { exact: true }).fill('0.75');
	await page.getByLabel('resolution', { exact: true }).fill('160');
	await expect(page.getByTestId('mnasnet-total-params')).not.toHaveAttribute('data-value', String(a1));
	const params = await totalParams(page, 'mnasnet');

	const { file, bytes } = await download(page, 'Export PyTorch code');
	expect(file.suggestedFilename()).toBe('mnasnet.py');
	const text = bytes.toString('utf8');
	expect(text).toContain('def build_model():');
	expect(text).toContain(`${params.toLocaleString('en-US')} trainable parameters`);
	// the spec in the header is the one on screen
	const json = JSON.parse(
		text
			.split('\n')
			.filter((l) => l.startsWith('#   '))
			.map((l) => l.slice(4))
			.join('\n')
	);
	expect([json.widthMult, json.resolution, json.blocks.length]).toEqual([0.75, 160, 7]);

	// Debian's python3 has python3-torch (scripts/test.sh installs it); the PATH python3 may not.
	const run = spawnSync('/usr/bin/python3', [await file.path()], { encoding: 'utf8', timeout: 120_000 });
	expect(run.stderr).toBe('');
	expect(run.stdout).toContain(`trainable parameters: ${params}\n`);
	expect(run.stdout).toContain('output shape: [1, 1000]');
});
