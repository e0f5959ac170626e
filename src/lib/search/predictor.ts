// The latency predictor of a calibration table (checked again here: the table crosses a worker boundary).
import { parseLatencyTable } from '$lib/arch/latency/table';
import { predictorFor } from '$lib/arch/latency/predict';
import type { MnasnetSpec } from '$lib/arch/mnasnet/spec';

/** A predictor in ms, or a sentence saying why the table cannot be used. */
export function predictorFromTable(table: unknown): ((spec: MnasnetSpec) => number) | string {
	const parsed = parseLatencyTable(table);
	if (!parsed.ok) return parsed.error;
	if (parsed.table.entries.length === 0) return 'the latency table is empty; calibrate this device first';
	const predictor = predictorFor(parsed.table);
	return (spec) => predictor.predictSpec(spec)?.totalMs ?? NaN;
}
