import { describe, it, expect } from 'vitest';
import {
	latencyEntry,
	parseLatencyTable,
	serializeLatencyTable,
	type LatencyTable
} from '../../../../src/lib/arch/latency/table';
import { shapeKey, shapeMacs, type LayerShape } from '../../../../src/lib/arch/latency/shapes';

const SHAPE: LayerShape = {
	kind: 'mbconv',
	size: 28,
	cin: 40,
	cout: 40,
	k: 5,
	s: 1,
	hidden: 120,
	expand: true,
	se: 10,
	residual: true
};

function table(): LatencyTable {
	return {
		version: 2,
		backend: 'wasm',
		graph: 'folded',
		device: 'test',
		date: '2026-01-01T00:00:00.000Z',
		overheadMs: 0.4,
		entries: [latencyEntry(SHAPE, 1.25, 5)]
	};
}

describe('serializeLatencyTable / parseLatencyTable', () => {
	it('round-trips a table', () => {
		const t = table();
		const r = parseLatencyTable(serializeLatencyTable(t));
		expect(r).toEqual({ ok: true, table: t });
	});

	it('recomputes keys and MACs from the shape (a hand-edited key cannot disagree with its shape)', () => {
		const t = JSON.parse(serializeLatencyTable(table()));
		t.entries[0].key = 'conv k9 whatever';
		t.entries[0].macs = 1;
		const r = parseLatencyTable(t);
		expect(r.ok && r.table.entries[0].key).toBe(shapeKey(SHAPE));
		expect(r.ok && r.table.entries[0].macs).toBe(shapeMacs(SHAPE));
	});

	it.each([
		['not JSON', '{', 'not JSON'],
		['an older version (re-measured, not read)', { ...table(), version: 1 }, 'version'],
		['negative time', { ...table(), entries: [{ ...latencyEntry(SHAPE, 1, 1), ms: -1 }] }, 'entries.0.ms'],
		[
			'unknown kind',
			{ ...table(), entries: [{ ...latencyEntry(SHAPE, 1, 1), shape: { ...SHAPE, kind: 'lstm' } }] },
			'entries.0.shape.kind'
		],
		[
			'fractional channels',
			{ ...table(), entries: [{ ...latencyEntry(SHAPE, 1, 1), shape: { ...SHAPE, cin: 2.5 } }] },
			'entries.0.shape.cin'
		],
		['unknown field', { ...table(), extra: 1 }, 'table'],
		['null', null, 'table']
	])('rejects %s with a message naming the field', (_n, input, path) => {
		const r = parseLatencyTable(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error.startsWith(path)).toBe(true);
	});
});
