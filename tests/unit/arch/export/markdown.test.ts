// toMarkdown: GitHub table shape (header, alignment row, one row per data row, bold totals) and cell escaping.
import { describe, it, expect } from 'vitest';
import { costMnasnet, mnasPreset } from '$lib/arch/mnasnet';
import { costNasfpn, fpnPreset } from '$lib/arch/nasfpn';
import { markdownCell, toMarkdown } from '$lib/arch/export/markdown';
import { fpnNodeTable, mnasBlockTable, mnasLayerTable } from '$lib/arch/export/costTables';

/** Splits a table row on unescaped pipes. */
function cells(line: string): string[] {
	return line
		.slice(2, -2)
		.split(/(?<!\\) \| /)
		.map((c) => c.trim());
}

describe('markdownCell', () => {
	it.each([
		[4_383_312, '4,383,312'],
		[-1, '-1'],
		[-1234, '-1,234'],
		[0.25, '0.25'],
		[null, ''],
		[true, 'yes'],
		['a|b', 'a\\|b'],
		['back\\slash', 'back\\\\slash'],
		['<b>x</b>', '&lt;b&gt;x&lt;/b&gt;'],
		['two\nlines', 'two lines']
	])('%j → %j', (cell, expected) => {
		expect(markdownCell(cell)).toBe(expected);
	});
});

describe('toMarkdown', () => {
	it.each([
		[
			'MnasNet layers (lecture)',
			() => mnasLayerTable(costMnasnet(mnasPreset('lecture'))),
			() => costMnasnet(mnasPreset('lecture')).layers.length
		],
		[
			'MnasNet blocks (a1)',
			() => mnasBlockTable(costMnasnet(mnasPreset('mnasnet-a1'))),
			() => costMnasnet(mnasPreset('mnasnet-a1')).blocks.length
		],
		['NAS-FPN nodes (f)', () => fpnNodeTable(costNasfpn(fpnPreset('f'))), () => costNasfpn(fpnPreset('f')).nodes.length]
	])(
		'%s: header, alignment row, one row per data row, a totals row; every row as wide as the header',
		(_name, table, count) => {
			const t = table();
			const lines = toMarkdown(t).trimEnd().split('\n');
			expect(lines.length).toBe(2 + count() + 1);
			const width = t.columns.length;
			for (const line of lines) {
				expect(line.startsWith('| ')).toBe(true);
				expect(line.endsWith(' |')).toBe(true);
				expect(cells(line).length).toBe(width);
			}
			expect(cells(lines[1])).toEqual(t.columns.map((c) => (c.numeric ? '---:' : '---')));
			expect(cells(lines[0])).toEqual(t.columns.map((c) => c.title));
		}
	);

	it('lecture: the totals row holds the published params and MACs', () => {
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: lecture-notes MnasNet = torchvision mnasnet1_0: 4,383,312 params, 314,415,872 MACs
		const lines = toMarkdown(mnasLayerTable(costMnasnet(mnasPreset('lecture'))))
			.trimEnd()
			.split('\n');
		const total = cells(lines.at(-1) as string);
		expect(total[0]).toBe('**total**');
		expect(total[9]).toBe('**4,383,312**');
		expect(total[11]).toBe('**314,415,872**');
		expect(cells(lines[2]).slice(0, 3)).toEqual(['stem', 'stem', 'stem']);
	});
});
