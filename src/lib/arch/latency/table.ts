// A device's latency lookup table: measured milliseconds per layer shape, with where and how they were measured.
// Serialisable as JSON (the page caches it, exports it, and the CLI reads it back); parseLatencyTable checks
// untrusted JSON with zod and never throws.
import { z } from 'zod';
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

const shapeSchema = z.strictObject({
	kind: z.enum(SHAPE_KINDS as [string, ...string[]]),
	size: z.number().int().min(1).max(4096),
	cin: z
		.number()
		.int()
		.min(1)
		.max(1 << 16),
	cout: z
		.number()
		.int()
		.min(1)
		.max(1 << 16),
	k: z.number().int().min(1).max(15),
	s: z.number().int().min(1).max(4),
	hidden: z
		.number()
		.int()
		.min(1)
		.max(1 << 20),
	expand: z.boolean(),
	se: z
		.number()
		.int()
		.min(0)
		.max(1 << 20),
	residual: z.boolean()
});

const entrySchema = z.strictObject({
	key: z.string().max(200),
	shape: shapeSchema,
	macs: z.number().min(0),
	ms: z.number().positive().max(1e6),
	runs: z.number().int().min(1)
});

const tableSchema = z.strictObject({
	version: z.literal(LATENCY_TABLE_VERSION),
	backend: z.string().min(1).max(40),
	graph: z.enum(['folded', 'layers']),
	device: z.string().max(200),
	date: z.string().max(40),
	overheadMs: z.number().min(0).max(1e6),
	entries: z.array(entrySchema).max(20000)
});

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
	const r = tableSchema.safeParse(value);
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
