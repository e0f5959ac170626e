// Calibration of a device's latency table: times each distinct layer shape alone, as the folded graph runs it
// (shapeOp.ts), on the active tfjs backend. Each sample is `inner` back-to-back passes closed by one read-back
// (so the read-back's fixed cost is spread out, as in a whole network where only the output is read), less the
// floor a trivial kernel's read-back costs; a shape's figure is its fastest sample over several rounds. The
// fastest, not the median: on a machine shared with other processes a sample that was preempted is slower by an
// amount that has nothing to do with the layer, and the whole-network figure the table is compared with
// (timeNetwork) is taken the same way. The per-inference overhead (input, the gaps a chain of layers has and lone
// layers do not) is the median excess of whole networks over their summed layers.
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
	/** timed samples per shape and round (default 5) */
	runs?: number;
	/** rounds over the shapes while the budget lasts, each keeping a shape's fastest figure (default 3) */
	rounds?: number;
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

/**
 * The fixed cost of one sample outside the layer: dispatching a trivial kernel and awaiting its read-back, ms (the
 * fastest of `runs`). A lone layer pays it once per sample, a network once per inference; subtracting it keeps a
 * network of n layers from being predicted n read-backs too slow.
 */
export async function sampleFloorMs(runs = 20): Promise<number> {
	const x = tf.scalar(1);
	try {
		const times: number[] = [];
		for (let i = 0; i < runs; i++) times.push(await sample(() => tf.add(x, x), 1));
		return summarize(times)?.min ?? 0;
	} finally {
		x.dispose();
	}
}

/** Passes per sample aim at this much work, so that a sample is long beside the timer and the read-back. */
const SAMPLE_TARGET_MS = 2;
const MAX_INNER = 32;

/**
 * Times one shape: one untimed pass (packs weights, compiles), one warm pass to choose the passes per sample, then
 * `runs` samples; returns the fastest, ms per pass, less the sample's fixed cost `floorMs` spread over its passes.
 */
export async function timeShape(
	shape: LayerShape,
	runs = 5,
	inner?: number,
	floorMs = 0
): Promise<{ ms: number; runs: number }> {
	const op = buildShapeOp(shape);
	try {
		await sample(op.run, 1);
		const warm = Math.max((await sample(op.run, 1)) - floorMs, shapeMacs(shape) / GUESS_MACS_PER_MS, 1e-3);
		const k = inner ?? Math.max(1, Math.min(MAX_INNER, Math.round(SAMPLE_TARGET_MS / warm)));
		const times: number[] = [];
		for (let i = 0; i < runs; i++) times.push(await sample(op.run, k));
		const s = summarize(times);
		if (!s) throw new Error(`no timing for ${shapeKey(shape)}`);
		// never below a hundredth of the raw figure: a layer costs something even when the floor was measured high
		return { ms: Math.max(s.min - floorMs / k, s.min / 100), runs: s.n };
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
	const rounds = Math.max(1, Math.floor(opts.rounds ?? 3));
	const budget = opts.budgetMs ?? 18_000;
	const overheadSpecs = opts.overheadSpecs ?? [mnasPreset('mnasnet-small')];
	// the overhead networks' own shapes go first, so that a short budget still covers the network the overhead is
	// derived from
	const byKey = new Map<string, LayerShape>();
	for (const sp of overheadSpecs) for (const l of layerShapes(sp)) byKey.set(shapeKey(l.shape), l.shape);
	for (const sh of requested) byKey.set(shapeKey(sh), sh);
	const shapes = [...byKey.values()];
	const total = shapes.length * rounds;
	const started = performance.now();
	const overBudget = () => performance.now() - started > budget;
	const entries = new Map<string, LatencyEntry>();
	let done = 0;
	const check = async () => {
		await opts.breathe?.();
		if (opts.shouldStop?.()) throw new CalibrationCancelled();
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
	const floorMs = await sampleFloorMs();
	// Rounds: every shape is timed once, then again while the budget lasts, keeping its fastest figure. A lone
	// layer's time on wasm is bimodal (the same shape timed twice, minutes apart, can differ 4×: where its buffers
	// land in memory, whether the machine just reclaimed them); samples of one shape taken far apart in time catch
	// its fast mode, several samples in a row do not.
	// the overhead networks are timed once per round too, their fastest run kept, for the same reason
	const networkMin = overheadSpecs.map(() => Number.POSITIVE_INFINITY);
	for (let round = 0; round < rounds; round++) {
		if (round > 0 && overBudget()) break;
		for (const shape of shapes) {
			if (overBudget() && entries.size > 0) break;
			await check();
			const key = shapeKey(shape);
			const before = entries.get(key);
			if (round > 0 && !before) continue;
			const t = await timeShape(shape, runs, opts.inner, floorMs);
			if (!before || t.ms < before.ms) entries.set(key, latencyEntry(shape, t.ms, (before?.runs ?? 0) + t.runs));
			else entries.set(key, { ...before, runs: before.runs + t.runs });
			opts.onProgress?.(++done, total);
		}
		for (const [i, spec] of overheadSpecs.entries()) {
			await check();
			const measured = await timeNetwork(spec, opts.overheadRuns ?? 5);
			if (Number.isFinite(measured.min)) networkMin[i] = Math.min(networkMin[i], measured.min);
		}
	}
	const excess: number[] = [];
	for (const [i, spec] of overheadSpecs.entries()) {
		const predicted = predictMnasnet(spec, table(0));
		if (predicted && Number.isFinite(networkMin[i])) excess.push(networkMin[i] - predicted.layersMs);
	}
	opts.onProgress?.(total, total);
	return table(Math.max(0, summarize(excess)?.median ?? 0));
}
