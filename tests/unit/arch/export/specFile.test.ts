// parseSpecFile on good and corrupt files; formatSpecJson round trips.
import { describe, it, expect } from 'vitest';
import { MNAS_PRESET_IDS, mnasPreset } from '$lib/arch/mnasnet';
import { FPN_PRESET_IDS, fpnPreset } from '$lib/arch/nasfpn';
import { fileSizeIssue, formatSpecJson, parseSpecFile, SPEC_FILE_MAX_BYTES } from '$lib/arch/export/specFile';

const lecture = mnasPreset('lecture');
const good = formatSpecJson(lecture);

describe('formatSpecJson / parseSpecFile round trip', () => {
	it.each(MNAS_PRESET_IDS)('MnasNet preset %s reloads to the same spec', (id) => {
		const spec = mnasPreset(id);
		const r = parseSpecFile(formatSpecJson(spec));
		expect(r.ok && r.kind).toBe('mnasnet');
		if (r.ok) expect(r.spec).toEqual(spec);
	});

	it.each(FPN_PRESET_IDS)('NAS-FPN step %s reloads to the same spec', (id) => {
		const spec = fpnPreset(id);
		const r = parseSpecFile(formatSpecJson(spec), 'nasfpn');
		expect(r.ok && r.kind).toBe('nasfpn');
		if (r.ok) expect(r.spec).toEqual(spec);
	});

	it('writes one block per line', () => {
		const lines = good.trimEnd().split('\n');
		// 8 top-level keys + 7 blocks + the braces and the closing bracket (the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py: sepconv + 6 MBConv rows)
		expect(lines.filter((l) => l.startsWith('    {"op"')).length).toBe(7);
		expect(lines[0]).toBe('{');
		expect(lines[1]).toBe('  "kind": "mnasnet",');
	});

	it('ignores a UTF-8 byte-order mark', () => {
		const r = parseSpecFile('\uFEFF' + good);
		expect(r.ok).toBe(true);
	});
});

type Case = [name: string, text: string, path: string, message: RegExp, expected?: 'mnasnet' | 'nasfpn'];

const CORRUPT: Case[] = [
	['empty', '', 'file', /empty/],
	['only whitespace', ' \n\t ', 'file', /empty/],
	['BOM only', '\uFEFF', 'file', /empty/],
	['not JSON', 'hello world', 'file', /not valid JSON/],
	['truncated JSON', good.slice(0, good.length / 2), 'file', /not valid JSON/],
	['a JSON list', '[1, 2, 3]', 'file', /JSON object.*a list/],
	['a JSON number', '42', 'file', /JSON object.*42/],
	['JSON null', 'null', 'file', /JSON object.*null/],
	['no kind', JSON.stringify({ ...lecture, kind: undefined }), 'kind', /missing/],
	['unknown kind', JSON.stringify({ ...lecture, kind: 'resnet' }), 'kind', /"resnet"/],
	['kind not a string', JSON.stringify({ ...lecture, kind: 7 }), 'kind', /not 7/],
	['wrong kind for the slot', good, 'kind', /NAS-FPN spec was expected/, 'nasfpn'],
	['NAS-FPN where MnasNet expected', formatSpecJson(fpnPreset('f')), 'kind', /MnasNet spec was expected/, 'mnasnet'],
	['huge', `{"kind":"mnasnet","pad":"${'x'.repeat(SPEC_FILE_MAX_BYTES)}"}`, 'file', /at most 256 kB/],
	['invalid field: widthMult as text', JSON.stringify({ ...lecture, widthMult: 'big' }), 'widthMult', /./],
	[
		'invalid field: even kernel',
		JSON.stringify({ ...lecture, blocks: lecture.blocks.map((b, i) => (i === 2 ? { ...b, k: 4 } : b)) }),
		'blocks[2].k',
		/./
	],
	['invalid field: negative resolution', JSON.stringify({ ...lecture, resolution: -5 }), 'resolution', /./],
	[
		'NAS-FPN input from the future',
		JSON.stringify({ ...fpnPreset('f'), cells: [{ level: 4, op: 'sum', inputs: [1, 9], output: true }] }),
		'cells[0].inputs[1]',
		/./
	]
];

describe('parseSpecFile on corrupt files', () => {
	it.each(CORRUPT)('%s: not ok, a problem at %s', (_name, text, path, message, expected) => {
		const r = parseSpecFile(text, expected);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.length).toBeGreaterThan(0);
		const hit = r.issues.find((i) => i.path === path);
		expect(hit, JSON.stringify(r.issues)).toBeDefined();
		expect(hit?.message).toMatch(message);
		expect(r.issues.every((i) => i.severity === 'error')).toBe(true);
	});

	it('reports every invalid field at once', () => {
		const r = parseSpecFile(JSON.stringify({ ...lecture, widthMult: 0, resolution: 1e9, numClasses: 1.5 }));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const paths = r.issues.map((i) => i.path);
		expect(paths).toEqual(expect.arrayContaining(['widthMult', 'resolution', 'numClasses']));
	});

	it('does not echo a long JSON error', () => {
		const r = parseSpecFile('{"kind": "mnasnet", ' + 'x'.repeat(5000));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues[0].message.length).toBeLessThan(220);
	});
});

describe('fileSizeIssue', () => {
	it.each([
		[0, false],
		[SPEC_FILE_MAX_BYTES, false],
		[SPEC_FILE_MAX_BYTES + 1, true],
		[50 * 1024 * 1024, true]
	])('%d bytes → problem %s', (size, bad) => {
		expect(fileSizeIssue(size) !== null).toBe(bad);
	});
});
