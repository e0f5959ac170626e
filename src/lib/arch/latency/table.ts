// A device's latency lookup table: measured milliseconds per layer shape, with where and how they were measured.
// Serialisable as JSON (the page caches it, exports it, and the CLI reads it back); parseLatencyTable checks
// untrusted JSON with zod and never throws.
import { z } from 'zod/mini'; // the functional build: only the checks used reach the page
import englishErrors from 'zod/v4/locales/en.js'; // zod/mini loads no messages: the same English sentences
import { SHAPE_KINDS, shapeKey, shapeMacs, type LayerShape } from './shapes';

// 2: shapes timed in rounds, less the read-back floor (tables of version 1 were biased slow and are re-measured)
export const LATENCY_TABLE_VERSION = 2;

export interface LatencyEntry {
	/** shapeKey(shape) */
	key: string;
	shape: LayerShape;
	/** shapeMacs(shape) */
	macs: number;
	/** fastest time of one forward pass through this layer alone, ms */
	ms: number;
	/** timed samples behind the figure */
	runs: number;
}

export interface LatencyTable {
	version: typeof LATENCY_TABLE_VERSION;
	/** tfjs backend name: `wasm`, `webgl`, `webgpu`, `cpu` */
	backend: string;
	/** which tfjs graph was timed: `folded` (BN folded, fused kernels) or `layers` (tf.layers model) */
	graph: 'folded' | 'layers';
	/** free text naming the device, e.g. the user agent's platform and thread count */
	device: string;
	/** ISO 8601 time of the calibration */
	date: string;
	/** per-inference time outside the layers (input upload, read-back), ms; added once to every prediction */
	overheadMs: number;
	entries: LatencyEntry[];
}

const count = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

const shapeSchema = z.strictObject({
	kind: z.enum(SHAPE_KINDS as [string, ...string[]]),
	size: count(1, 4096),
	cin: count(1, 1 << 16),
	cout: count(1, 1 << 16),
	k: count(1, 15),
	s: count(1, 4),
	hidden: count(1, 1 << 20),
	expand: z.boolean(),
	se: count(0, 1 << 20),
	residual: z.boolean()
});

const entrySchema = z.strictObject({
	key: z.string().check(z.maxLength(200)),
	shape: shapeSchema,
	macs: z.number().check(z.gte(0)),
	ms: z.number().check(z.gt(0), z.lte(1e6)),
	runs: z.number().check(z.int(), z.gte(1))
});

const tableSchema = z.strictObject({
	version: z.literal(LATENCY_TABLE_VERSION),
	backend: z.string().check(z.minLength(1), z.maxLength(40)),
	graph: z.enum(['folded', 'layers']),
	device: z.string().check(z.maxLength(200)),
	date: z.string().check(z.maxLength(40)),
	overheadMs: z.number().check(z.gte(0), z.lte(1e6)),
	entries: z.array(entrySchema).check(z.maxLength(20000))
});

const ENGLISH = englishErrors().localeError;

export type ParsedTable = { ok: true; table: LatencyTable } | { ok: false; error: string };

/**
 * Checks untrusted JSON (a value or its text). Keys and MACs are recomputed from the shapes, so a hand-edited file
 * cannot make a key disagree with its shape.
 */
export function parseLatencyTable(input: unknown): ParsedTable {
	let value = input;
	if (typeof input === 'string') {
		try {
			value = JSON.parse(input);
		} catch {
			return { ok: false, error: 'not JSON' };
		}
	}
	const r = tableSchema.safeParse(value, { error: ENGLISH });
	if (!r.success) {
		const issue = r.error.issues[0];
		const path = issue.path.length > 0 ? issue.path.join('.') : 'table';
		return { ok: false, error: `${path}: ${issue.message}` };
	}
	const t = r.data;
	const entries = t.entries.map((e) => {
		const shape = e.shape as LayerShape;
		return { key: shapeKey(shape), shape, macs: shapeMacs(shape), ms: e.ms, runs: e.runs };
	});
	return { ok: true, table: { ...t, version: LATENCY_TABLE_VERSION, entries } };
}

/** JSON text of a table (two-space indent, one entry per line block). */
export function serializeLatencyTable(table: LatencyTable): string {
	return JSON.stringify(table, null, 2);
}

/** An entry for a measured shape (key and MACs filled in). */
export function latencyEntry(shape: LayerShape, ms: number, runs: number): LatencyEntry {
	return { key: shapeKey(shape), shape, macs: shapeMacs(shape), ms, runs };
}
