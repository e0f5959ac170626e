// ExportPanelState: uploads and block specs are validated before they reach the notebook; a bad one changes nothing.
import { describe, it, expect } from 'vitest';
import { mnasPreset, costMnasnet } from '$lib/arch/mnasnet';
import { fpnPreset, formatBlockSpecs } from '$lib/arch/nasfpn';
import { formatSpecJson } from '$lib/arch/export/specFile';
import { ExportPanelState } from '$lib/components/export/exportPanel.svelte';
import { NotebookState } from '$lib/state/notebook.svelte';

function file(name: string, text: string): File {
	return new File([text], name, { type: 'application/json' });
}

function fresh() {
	const nb = new NotebookState();
	return { nb, panel: new ExportPanelState(nb) };
}

describe('ExportPanelState.upload', () => {
	it('a valid MnasNet file replaces the MnasNet only', async () => {
		const { nb, panel } = fresh();
		const fpn = nb.fpn;
		await panel.upload(file('a1.json', formatSpecJson(mnasPreset('mnasnet-a1'))));
		expect(nb.mnas).toEqual(mnasPreset('mnasnet-a1'));
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: TF MnasNet-A1 3,887,038 params
		expect(nb.mnasReport.total.params).toBe(3_887_038);
		expect(nb.fpn).toBe(fpn);
		expect(panel.uploadIssues).toEqual([]);
		expect(panel.notice).toEqual({ key: 'loadedMnas', params: { file: 'a1.json' } });
	});

	it.each([
		['UTF-8 with a BOM', Buffer.from('\uFEFF' + formatSpecJson(mnasPreset('mnasnet-a1')), 'utf8')],
		['UTF-16 LE with a BOM', Buffer.from('\uFEFF' + formatSpecJson(mnasPreset('mnasnet-a1')), 'utf16le')],
		['UTF-16 BE with a BOM', Buffer.from('\uFEFF' + formatSpecJson(mnasPreset('mnasnet-a1')), 'utf16le').swap16()]
	])('reads a %s file', async (_name, bytes) => {
		const { nb, panel } = fresh();
		await panel.upload(new File([Uint8Array.from(bytes)], 'a1.json'));
		expect(panel.uploadIssues).toEqual([]);
		expect(nb.mnas).toEqual(mnasPreset('mnasnet-a1'));
	});

	it('a valid NAS-FPN file replaces the NAS-FPN only', async () => {
		const { nb, panel } = fresh();
		const mnas = nb.mnas;
		await panel.upload(file('c.json', formatSpecJson(fpnPreset('c'))));
		expect(nb.fpn).toEqual(fpnPreset('c'));
		expect(nb.mnas).toBe(mnas);
		expect(panel.notice?.key).toBe('loadedFpn');
	});

	it.each([
		['not JSON', 'nope', 'file'],
		['unknown kind', '{"kind":"resnet"}', 'kind'],
		['bad field', JSON.stringify({ ...mnasPreset('lecture'), resolution: 7 }), 'resolution'],
		['empty', '', 'file']
	])('%s: problems listed, both networks untouched, undo history unchanged', async (_name, text, path) => {
		const { nb, panel } = fresh();
		const before = nb.snapshot();
		await panel.upload(file('bad.json', text));
		expect(nb.snapshot()).toEqual(before);
		expect(nb.canUndo).toBe(false);
		expect(panel.uploadFile).toBe('bad.json');
		expect(panel.uploadIssues.map((i) => i.path)).toContain(path);
		// lecture preset (torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet): 4,383,312 params
		expect(nb.mnasReport.total.params).toBe(4_383_312);
	});

	it('a file over the size limit is refused before it is read', async () => {
		const { nb, panel } = fresh();
		const big = new File([new Uint8Array(300 * 1024)], 'big.json');
		await panel.upload(big);
		expect(panel.uploadIssues[0].message).toMatch(/at most 256 kB/);
		expect(nb.canUndo).toBe(false);
	});

	it('drop: one file only', async () => {
		const { panel } = fresh();
		const two = { length: 2, 0: file('a.json', '{}'), 1: file('b.json', '{}') } as unknown as FileList;
		await panel.drop(two);
		expect(panel.notice).toEqual({ key: 'uploadOneFile', error: true });
		await panel.drop(null);
		expect(panel.notice).toEqual({ key: 'uploadNoFile', error: true });
	});
});

describe('ExportPanelState.applyBlockSpecs', () => {
	it('shows the graph as TF block specs and applies an edited list', () => {
		const { nb, panel } = fresh();
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs: the official final cell starts with (4, 'attention', (1, 3), False)
		expect(panel.blockSpecText).toContain("(4, 'attention', (1, 3), False)");
		panel.setBlockSpecText("[(4, 'sum', (1, 3), False), (3, 'sum', (0, 5), True)]");
		panel.applyBlockSpecs();
		expect(panel.blockSpecIssues).toEqual([]);
		expect(nb.fpn.cells).toEqual([
			{ level: 4, op: 'sum', inputs: [1, 3], output: false },
			{ level: 3, op: 'sum', inputs: [0, 5], output: true }
		]);
		expect(panel.blockSpecText).toBe(formatBlockSpecs(nb.fpn.cells, { multiline: true }));
	});

	it.each([
		['syntax error', "[(4, 'sum', (1, 3), False"],
		['unknown op', "[(4, 'mix', (1, 3), False)]"],
		['input from a later node', "[(4, 'sum', (1, 9), True)]"]
	])('%s: problems listed, the graph untouched', (_name, text) => {
		const { nb, panel } = fresh();
		const before = nb.fpn;
		panel.setBlockSpecText(text);
		panel.applyBlockSpecs();
		expect(panel.blockSpecIssues.length).toBeGreaterThan(0);
		expect(nb.fpn).toBe(before);
		expect(panel.blockSpecText).toBe(text);
	});
});

describe('ExportPanelState.table', () => {
	it('reads the live reports', async () => {
		const { nb, panel } = fresh();
		expect(panel.table('mnasnet-layers').rows.length).toBe(nb.mnasReport.layers.length);
		await panel.upload(file('small.json', formatSpecJson(mnasPreset('mnasnet-small'))));
		expect(panel.table('mnasnet-layers').rows.length).toBe(costMnasnet(mnasPreset('mnasnet-small')).layers.length);
		expect(panel.table('nasfpn-nodes').rows.length).toBe(nb.fpnReport.nodes.length);
	});
});
