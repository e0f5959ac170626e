import { describe, it, expect } from 'vitest';
import { csvField, historyCsv, HISTORY_COLUMNS, type HistoryEntry } from '../../../src/lib/tfjs/history';

const row: HistoryEntry = {
	n: 1,
	kind: 'mnasnet',
	summary: 'lecture, 224 px',
	backend: 'wasm',
	threads: 1,
	variant: 'folded',
	params: 4383312,
	macs: 314415872,
	medianMs: 22.123456,
	p90Ms: 25.5,
	minMs: 21,
	at: '2026-01-01T00:00:00.000Z'
};

describe('csvField', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['-1+1', "'-1+1"],
		[null, ''],
		[22.123456, '22.123'],
		[NaN, '']
	])('%j → %s', (v, expected) => {
		expect(csvField(v)).toBe(expected);
	});
});

describe('historyCsv', () => {
	it('writes a header and one CRLF-terminated row per run, in column order', () => {
		const csv = historyCsv([row, { ...row, n: 2, threads: null }]);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(HISTORY_COLUMNS.join(','));
		expect(lines[1]).toBe(
			'1,mnasnet,"lecture, 224 px",wasm,1,folded,4383312,314415872,22.123,25.5,21,2026-01-01T00:00:00.000Z'
		);
		expect(lines[2]).toContain('"lecture, 224 px",wasm,,folded'); // threads null → empty field
		expect(lines).toHaveLength(4); // header, 2 rows, trailing empty string
	});
});
