import { describe, it, expect } from 'vitest';
import { DeviceLatency } from '../../../src/lib/state/deviceLatency.svelte';
import { cacheKey, loadTable, saveTable } from '../../../src/lib/state/latencyCache';
import { distinctShapes } from '../../../src/lib/arch/latency/shapes';
import { latencyEntry, type LatencyTable } from '../../../src/lib/arch/latency/table';
import { mnasPreset } from '../../../src/lib/arch/mnasnet/presets';

describe('DeviceLatency.acquire / release', () => {
	it.each([
		// [holder, asker, granted]
		[null, 'mnasnet', true],
		[null, 'nasfpn', true],
		['mnasnet', 'mnasnet', true],
		['mnasnet', 'nasfpn', false],
		['nasfpn', 'mnasnet', false]
	] as const)('held by %s, asked by %s: %s', (holder, asker, granted) => {
		const d = new DeviceLatency();
		if (holder) d.acquire(holder);
		expect(d.acquire(asker)).toBe(granted);
		expect(d.owner).toBe(granted ? asker : holder);
	});

	it('only the holder releases the lock', () => {
		const d = new DeviceLatency();
		d.acquire('mnasnet');
		d.release('nasfpn');
		expect(d.owner).toBe('mnasnet');
		d.release('mnasnet');
		expect(d.owner).toBeNull();
	});
});

describe('DeviceLatency.predict', () => {
	it("is null without a table and the table's prediction with one", () => {
		const d = new DeviceLatency();
		const spec = mnasPreset('mnasnet-small');
		expect(d.predict(spec)).toBeNull();
		const table: LatencyTable = {
			version: 2,
			backend: 'wasm',
			graph: 'folded',
			device: 't',
			date: '2026-01-01T00:00:00Z',
			overheadMs: 1,
			entries: distinctShapes([spec]).map((s) => latencyEntry(s, 0.5, 1))
		};
		d.table = table;
		const p = d.predict(spec)!;
		expect(p.totalMs).toBeCloseTo(1 + 0.5 * p.perLayer.length, 9);
	});
});

describe('loadTable / saveTable', () => {
	it('resolve quietly where IndexedDB does not exist (Node)', async () => {
		const key = cacheKey('dev', 'wasm', 'folded');
		expect(key).toBe('dev|wasm|folded');
		expect(await loadTable(key)).toBeNull();
		const t: LatencyTable = {
			version: 2,
			backend: 'wasm',
			graph: 'folded',
			device: 'dev',
			date: '',
			overheadMs: 0,
			entries: []
		};
		expect(await saveTable(key, t)).toBe(false);
	});
});
