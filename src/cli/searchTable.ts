// Where the search CLI gets its latency predictions: a table file exported by the page (`--table`), or a fresh
// calibration of this machine with tfjs on wasm.
import { readFileSync } from 'node:fs';
import { parseLatencyTable, predictorFor, type LatencyTable } from '../lib/arch/latency/index';
import type { PredictorSource } from './searchCommand';

function fromTable(table: LatencyTable, label: string) {
	if (table.entries.length === 0) return { ok: false as const, message: 'the latency table has no entries' };
	const predictor = predictorFor(table);
	return {
		ok: true as const,
		label,
		table,
		predict: (spec: Parameters<typeof predictor.predictSpec>[0]) => predictor.predictSpec(spec)?.totalMs ?? NaN
	};
}

function describeTable(t: LatencyTable): string {
	return `${t.entries.length} shapes, ${t.backend} ${t.graph}, ${t.device || 'unnamed device'}, ${t.date}`;
}

export const fileOrCalibration = (
	calibrate: () => Promise<LatencyTable>,
	readText = (p: string) => readFileSync(p, 'utf8')
): PredictorSource => ({
	async load(path) {
		if (path === undefined) {
			const table = await calibrate();
			return fromTable(table, `calibrated now: ${describeTable(table)}`);
		}
		let text: string;
		try {
			text = readText(path);
		} catch (e) {
			return { ok: false, message: `cannot read "${path}" (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
		}
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch {
			return { ok: false, message: `"${path}" is not JSON; export the table from the page (Export latency table)` };
		}
		const parsed = parseLatencyTable(json);
		if (!parsed.ok) return { ok: false, message: `"${path}" is not a latency table: ${parsed.error}` };
		return fromTable(parsed.table, `${path}: ${describeTable(parsed.table)}`);
	}
});
