// Calibration of a device's latency table: times each distinct layer shape alone, as the folded graph runs it
// (shapeOp.ts), on the active tfjs backend. Each sample is `inner` back-to-back passes closed by one read-back
// (so the read-back's fixed cost is spread out, as in a whole network where only the output is read); the entry
// is the fastest of `runs` samples divided by `inner`. The fastest, not the median: on a machine shared with other
// processes a sample that was preempted is slower by an amount that has nothing to do with the layer, and the
// whole-network figure the table is compared with (timeNetwork) is taken the same way. The per-inference overhead (input, read-back, the gaps a
// chain of layers has and lone layers do not) is the median excess of whole networks over their summed layers.
// Runs in the latency worker and in Node (wasm) for the CLI and benchmarks.
import * as tf from '@tensorflow/tfjs';
import { calibrationShapes } from '../arch/latency/calibrationSet';
import { predictMnasnet } from '../arch/latency/predict';
import { layerShapes, shapeKey, shapeMacs, type LayerShape } from '../arch/latency/shapes';
import { latencyEntry, LATENCY_TABLE_VERSION, type LatencyEntry, type LatencyTable } from '../arch/latency/table';
import { mnasPreset } from '../arch/mnasnet/presets';
import type { MnasnetSpec } from '../arch/mnasnet/spec';
import { prepareNetwork, timedForward } from './network';
import { buildShapeOp } from './shapeOp';
import { summarize } from './stats';

export interface CalibrationOptions {
	/** shapes to time (default calibrationShapes(): the presets' shapes, then one-block edits of MnasNet-A1) */
	shapes?: readonly LayerShape[];
	/** timed samples per shape (default 5) */
	runs?: number;
	/** passes per sample (default: enough for about 2 ms of work, 1..8) */
	inner?: number;
	/** stop timing new shapes after this long, ms (default 18 000); shapes left out are interpolated */
	budgetMs?: number;
	/** networks run whole to measure the per-inference overhead (default mnasnet-small; [] to skip) */
	overheadSpecs?: readonly MnasnetSpec[];
	/** timed whole-network runs per overhead network (default 5) */
	overheadRuns?: number;
	/** free text naming the device */
	device?: string;
	onProgress?: (done: number, total: number) => void;
	/** polled between shapes: true stops the calibration (it then rejects with CalibrationCancelled) */
	shouldStop?: () => boolean;
	/** lets queued messages in between shapes (the worker's breathe); not timed */
	breathe?: () => Promise<void>;
}

export class CalibrationCancelled extends Error {
	constructor() {
		super('calibration cancelled');
	}
}

/** The device's expected rate for the first guess of `inner`: 1 GMAC/s, slow on purpose. */
const GUESS_MACS_PER_MS = 1e6;

async function sample(run: () => tf.Tensor, inner: number): Promise<number> {
	const t0 = performance.now();
	let last: tf.Tensor | null = null;
	for (let i = 0; i < inner; i++) {
		last?.dispose();
		last = run();
	}
	await last!.data();
	const ms = performance.now() - t0;
	last!.dispose();
	return ms / inner;
}

/** Times one shape: one untimed pass (packs weights, compiles), then `runs` samples; returns the fastest, ms. */
export async function timeShape(shape: LayerShape, runs = 5, inner?: number): Promise<{ ms: number; runs: number }> {
	const op = buildShapeOp(shape);
	try {
		const first = await sample(op.run, 1);
		const k =
			inner ?? Math.max(1, Math.min(8, Math.round(2 / Math.max(first, shapeMacs(shape) / GUESS_MACS_PER_MS, 1e-3))));
		const times: number[] = [];
		for (let i = 0; i < runs; i++) times.push(await sample(op.run, k));
		const s = summarize(times);
		if (!s) throw new Error(`no timing for ${shapeKey(shape)}`);
		return { ms: s.min, runs: s.n };
	} finally {
		op.dispose();
	}
}

/** Fastest and median whole-network time of a (valid) spec on the folded graph, ms (after `warmups` untimed passes). */
export async function timeNetwork(spec: MnasnetSpec, runs = 5, warmups = 2): Promise<{ min: number; median: number }> {
	const net = prepareNetwork({ kind: 'mnasnet', spec }, 'folded', 1);
	try {
		await timedForward(net);
		for (let i = 0; i < warmups; i++) await timedForward(net);
		const times: number[] = [];
		for (let i = 0; i < runs; i++) times.push(await timedForward(net));
		const st = summarize(times);
		return { min: st?.min ?? Number.NaN, median: st?.median ?? Number.NaN };
	} finally {
		net.dispose();
	}
}

export async function calibrateLatencyTable(opts: CalibrationOptions = {}): Promise<LatencyTable> {
	const requested = opts.shapes ?? calibrationShapes();
	const runs = Math.max(1, Math.floor(opts.runs ?? 5));
	const budget = opts.budgetMs ?? 18_000;
	const overheadSpecs = opts.overheadSpecs ?? [mnasPreset('mnasnet-small')];
	// the overhead networks' own shapes go first, each network right after its shapes, so that the two figures
	// whose difference is the overhead are taken close together in time (under the same machine load)
	const firstKeys = new Set(overheadSpecs.flatMap((sp) => layerShapes(sp).map((l) => shapeKey(l.shape))));
	const byKey = new Map<string, LayerShape>();
	for (const sp of overheadSpecs) for (const l of layerShapes(sp)) byKey.set(shapeKey(l.shape), l.shape);
	for (const sh of requested) if (!firstKeys.has(shapeKey(sh))) byKey.set(shapeKey(sh), sh);
	const shapes = [...byKey.values()];
	const total = shapes.length + overheadSpecs.length;
	const started = performance.now();
	const entries = new Map<string, LatencyEntry>();
	let done = 0;
	const check = async () => {
		await opts.breathe?.();
		if (opts.shouldStop?.()) throw new CalibrationCancelled();
	};
	const time = async (shape: LayerShape) => {
		const key = shapeKey(shape);
		if (entries.has(key)) return;
		await check();
		const t = await timeShape(shape, runs, opts.inner);
		entries.set(key, latencyEntry(shape, t.ms, t.runs));
		opts.onProgress?.(++done, total);
	};
	const table = (overheadMs: number): LatencyTable => ({
		version: LATENCY_TABLE_VERSION,
		backend: tf.getBackend(),
		graph: 'folded',
		device: opts.device ?? '',
		date: new Date().toISOString(),
		overheadMs,
		entries: [...entries.values()]
	});
	const excess: number[] = [];
	for (const spec of overheadSpecs) {
		for (const l of layerShapes(spec)) await time(l.shape);
		await check();
		const measured = await timeNetwork(spec, opts.overheadRuns ?? 5);
		const predicted = predictMnasnet(spec, table(0));
		if (predicted && Number.isFinite(measured.min)) excess.push(measured.min - predicted.layersMs);
		opts.onProgress?.(++done, total);
	}
	for (const shape of shapes) {
		if (performance.now() - started > budget && entries.size > 0) break;
		await time(shape);
	}
	return table(Math.max(0, summarize(excess)?.median ?? 0));
}
