// toCsv / parseCsv and the cost tables: every report row becomes one CSV row with the same numbers.
import { describe, it, expect } from 'vitest';
import { costMnasnet, mnasPreset, rowKey, MNAS_PRESET_IDS } from '$lib/arch/mnasnet';
import { costNasfpn, fpnPreset, FPN_PRESET_IDS } from '$lib/arch/nasfpn';
import { csvField, parseCsv, toCsv } from '$lib/arch/export/csv';
import { fpnNodeTable, mnasBlockTable, mnasLayerTable } from '$lib/arch/export/costTables';
import { col } from '$lib/arch/export/table';

describe('csvField', () => {
	// RFC 4180 §2: fields with commas, quotes or line breaks are quoted, inner quotes doubled.
	it.each([
		[42, '42'],
		[-1, '-1'],
		[0.1234567890123, '0.1234567890123'],
		[4_383_312, '4383312'],
		[Number.NaN, ''],
		[null, ''],
		[true, 'true'],
		[false, 'false'],
		['plain', 'plain'],
		['1,3', '"1,3"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
		['b2 MBConv3 k5×5 ×3', 'b2 MBConv3 k5×5 ×3'],
		// OWASP CSV injection: text that a spreadsheet would evaluate gets a leading apostrophe
		['=SUM(A1)', "'=SUM(A1)"],
		['+1', "'+1"],
		['@cmd', "'@cmd"],
		['-2,3', `"'-2,3"`]
	])('%j → %j', (cell, expected) => {
		expect(csvField(cell)).toBe(expected);
	});
});

describe('toCsv / parseCsv', () => {
	it('writes CRLF lines with a header and reads them back', () => {
		const table = {
			columns: [col('a', 'A', false), col('b', 'B')],
			rows: [
				['x, y', 1],
				['q"uote', 2],
				['multi\nline', 3]
			]
		};
		const text = toCsv(table);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.split('\r\n')[0]).toBe('a,b');
		expect(parseCsv(text)).toEqual([
			['a', 'b'],
			['x, y', '1'],
			['q"uote', '2'],
			['multi\nline', '3']
		]);
	});
});

describe('mnasLayerTable → CSV', () => {
	it.each(MNAS_PRESET_IDS)('%s: header + one row per layer, numbers exact', (id) => {
		const report = costMnasnet(mnasPreset(id));
		const rows = parseCsv(toCsv(mnasLayerTable(report)));
		expect(rows[0]).toEqual([
			'layer',
			'block',
			'op',
			'in_h',
			'in_w',
			'in_c',
			'out_h',
			'out_w',
			'out_c',
			'params',
			'bn_buffers',
			'macs',
			'activation_elements'
		]);
		expect(rows.length).toBe(report.layers.length + 1);
		report.layers.forEach((l, i) => {
			const r = rows[i + 1];
			expect(r).toEqual([
				l.name,
				rowKey(l.row),
				l.op,
				...l.inShape.map(String),
				...l.outShape.map(String),
				String(l.params),
				String(l.bnBuffers),
				String(l.macs),
				String(l.activationElements)
			]);
		});
		const sum = (k: number) => rows.slice(1).reduce((s, r) => s + Number(r[k]), 0);
		expect(sum(9)).toBe(report.total.params);
		expect(sum(11)).toBe(report.total.macs);
	});

	it('lecture preset rows sum to the published totals', () => {
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: lecture-notes MnasNet = torchvision mnasnet1_0: 4,383,312 params, 314,415,872 MACs
		const rows = parseCsv(toCsv(mnasLayerTable(costMnasnet(mnasPreset('lecture'))))).slice(1);
		expect(rows.reduce((s, r) => s + Number(r[9]), 0)).toBe(4_383_312);
		expect(rows.reduce((s, r) => s + Number(r[11]), 0)).toBe(314_415_872);
		expect(rows[0].slice(0, 9)).toEqual(['stem', 'stem', 'stem', '224', '224', '3', '112', '112', '32']);
	});
});

describe('mnasBlockTable → CSV', () => {
	it.each(MNAS_PRESET_IDS)('%s: one row per block row of the report, labels quoted only when needed', (id) => {
		const report = costMnasnet(mnasPreset(id));
		const text = toCsv(mnasBlockTable(report));
		const rows = parseCsv(text);
		expect(rows.length).toBe(report.blocks.length + 1);
		report.blocks.forEach((b, i) => {
			expect(rows[i + 1]).toEqual([
				rowKey(b.row),
				b.label,
				...b.outShape.map(String),
				String(b.params),
				String(b.bnBuffers),
				String(b.macs),
				String(b.flops),
				String(b.weightBytes),
				String(b.macShare)
			]);
			expect(Number(rows[i + 1][10])).toBe(b.macShare);
		});
		// "head, pool, classifier" holds commas: it must be quoted in the file
		expect(text).toContain('"head, pool, classifier"');
	});
});

describe('fpnNodeTable → CSV', () => {
	it.each(FPN_PRESET_IDS)('step %s: one row per node of one repeat, inputs as a quoted list', (id) => {
		const report = costNasfpn(fpnPreset(id));
		const rows = parseCsv(toCsv(fpnNodeTable(report)));
		expect(rows.length).toBe(report.nodes.length + 1);
		report.nodes.forEach((n, i) => {
			const r = rows[i + 1];
			expect(r[0]).toBe(String(n.offset));
			expect(r[4]).toBe(n.op);
			expect(r[5]).toBe(n.inputs.map((x) => x.offset).join(','));
			expect(r[12]).toBe(String(n.params));
			expect(r[14]).toBe(String(n.macs));
		});
		// the per-repeat totals are the sum of the node rows
		expect(rows.slice(1).reduce((s, r) => s + Number(r[12]), 0)).toBe(report.perRepeat.params);
		expect(rows.slice(1).reduce((s, r) => s + Number(r[14]), 0)).toBe(report.perRepeat.macs);
	});

	it('step f: node 5 is the P4 attention cell reading offsets 1 and 3', () => {
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs: the first block spec is (4, attention, (1, 3), False)
		const rows = parseCsv(toCsv(fpnNodeTable(costNasfpn(fpnPreset('f')))));
		const n5 = rows.find((r) => r[0] === '5');
		expect(n5?.slice(2, 6)).toEqual(['4', expect.any(String), 'gp', '1,3']);
		expect(toCsv(fpnNodeTable(costNasfpn(fpnPreset('f'))))).toContain('"1,3"');
	});
});
