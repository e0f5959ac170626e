// Predicted latency of a MnasNet from a device's lookup table. Measured shapes are reused as they are; a layer
// whose shape was not measured is interpolated:
//  1. from the nearest measured shape of its family (same kind, kernel, stride, expand conv, SE or not), scaled by
//     the ratio of the kind's fitted line f(x) = a + b·x at the two shapes (x = MACs; input elements for pooling).
//     The nearest shape carries what is particular to that kernel/stride/size, the line how time grows with work
//     (its intercept keeps per-kernel overhead from being scaled away on small layers).
//  2. without a family member, from the kind's line alone;
//  3. without any entry of that kind, from the table's mean rate (ms per unit of x over all entries).
// The network's time is the sum of its layers plus the table's per-inference overhead: lookup tables assume that
// layer latencies add up (Wu et al. 2019 FBNet §3.2, Cai et al. 2019 ProxylessNAS §3.3).
import type { MnasPlan } from '../mnasnet/plan';
import { planMnasnet } from '../mnasnet/resolve';
import { rowKey, type MnasRow } from '../mnasnet/rows';
import type { MnasnetSpec } from '../mnasnet/spec';
import { evalLine, fitLine, type LineFit } from './fit';
import { planShapes, shapeKey, shapeMacs, type LayerShape, type ShapeKind } from './shapes';
import type { LatencyEntry, LatencyTable } from './table';

/** How a layer's time was found: `measured` (its shape is in the table), `neighbour` (rule 1), `fit` (rule 2),
 * `rate` (rule 3). */
export type PredictionSource = 'measured' | 'neighbour' | 'fit' | 'rate';

export interface ShapePrediction {
	ms: number;
	source: PredictionSource;
	/** the table entry used (measured or neighbour) */
	from?: string;
}

export interface LayerPrediction extends ShapePrediction {
	name: string;
	/** the report row the layer counts in */
	row: MnasRow;
	key: string;
	macs: number;
}

export interface BlockPrediction {
	/** stem, spec blocks, head: the rows of costMnasnet's `blocks`, in that order */
	row: MnasRow;
	ms: number;
	macs: number;
	/** layers in the row */
	layers: number;
	/** how many of them were measured shapes */
	measured: number;
}

export interface LatencyPrediction {
	/** layersMs + overheadMs */
	totalMs: number;
	layersMs: number;
	overheadMs: number;
	/** fraction of the layers whose shape was measured */
	measuredShare: number;
	perLayer: LayerPrediction[];
	perBlock: BlockPrediction[];
}

export interface LatencyPredictor {
	readonly table: LatencyTable;
	predictShape(shape: LayerShape): ShapePrediction | null;
	predictPlan(plan: MnasPlan): LatencyPrediction | null;
	/** expects a valid spec (validateMnasnet); null when the table is empty */
	predictSpec(spec: MnasnetSpec): LatencyPrediction | null;
}

/** What the kind's line is fitted against: MACs, or the input elements for pooling (which has no MACs). */
export function workOf(shape: LayerShape): number {
	const macs = shapeMacs(shape);
	return macs > 0 ? macs : shape.size * shape.size * shape.cin;
}

function familyKey(sh: LayerShape): string {
	return `${sh.kind} k${sh.k} s${sh.s} x${sh.expand ? 1 : 0} se${sh.se > 0 ? 1 : 0}`;
}

const lnRatio = (a: number, b: number) => Math.abs(Math.log(a / b));

/** Distance between two shapes of one family; the input size counts most (it changes the cache footprint). */
export function shapeDistance(a: LayerShape, b: LayerShape): number {
	return (
		4 * lnRatio(a.size, b.size) +
		lnRatio(a.cin, b.cin) +
		lnRatio(a.cout, b.cout) +
		lnRatio(a.hidden, b.hidden) +
		0.5 * lnRatio(a.se + 1, b.se + 1) +
		(a.residual === b.residual ? 0 : 0.2)
	);
}

interface Prepared {
	entry: LatencyEntry;
	work: number;
}

export function createPredictor(table: LatencyTable): LatencyPredictor {
	const exact = new Map<string, LatencyEntry>();
	for (const e of table.entries) if (e.ms > 0 && Number.isFinite(e.ms)) exact.set(shapeKey(e.shape), e);
	const families = new Map<string, Prepared[]>();
	const byKind = new Map<ShapeKind, Prepared[]>();
	let sumMs = 0;
	let sumWork = 0;
	for (const entry of exact.values()) {
		const p = { entry, work: workOf(entry.shape) };
		const fk = familyKey(entry.shape);
		families.set(fk, [...(families.get(fk) ?? []), p]);
		byKind.set(entry.shape.kind, [...(byKind.get(entry.shape.kind) ?? []), p]);
		sumMs += entry.ms;
		sumWork += p.work;
	}
	const fits = new Map<ShapeKind, LineFit | null>();
	for (const [kind, list] of byKind) fits.set(kind, fitLine(list.map((p) => ({ x: p.work, ms: p.entry.ms }))));
	const meanRate = sumWork > 0 ? sumMs / sumWork : 0;
	const memo = new Map<string, ShapePrediction | null>();

	function compute(shape: LayerShape, key: string): ShapePrediction | null {
		const hit = exact.get(key);
		if (hit) return { ms: hit.ms, source: 'measured', from: key };
		const work = workOf(shape);
		const fit = fits.get(shape.kind) ?? null;
		const family = families.get(familyKey(shape));
		if (family && family.length > 0) {
			let best = family[0];
			let bestD = shapeDistance(shape, best.entry.shape);
			for (let i = 1; i < family.length; i++) {
				const d = shapeDistance(shape, family[i].entry.shape);
				if (d < bestD) {
					best = family[i];
					bestD = d;
				}
			}
			const fx = fit ? evalLine(fit, work) : 0;
			const fn = fit ? evalLine(fit, best.work) : 0;
			const ratio = fx > 0 && fn > 0 ? fx / fn : best.work > 0 ? work / best.work : 1;
			return { ms: best.entry.ms * ratio, source: 'neighbour', from: best.entry.key };
		}
		if (fit) {
			const ms = evalLine(fit, work);
			if (ms > 0) return { ms, source: 'fit' };
		}
		if (meanRate > 0) return { ms: meanRate * work, source: 'rate' };
		return null;
	}

	function predictShape(shape: LayerShape): ShapePrediction | null {
		const key = shapeKey(shape);
		if (memo.has(key)) return memo.get(key) ?? null;
		const p = compute(shape, key);
		memo.set(key, p);
		return p;
	}

	function predictPlan(plan: MnasPlan): LatencyPrediction | null {
		if (exact.size === 0) return null;
		const perLayer: LayerPrediction[] = [];
		const rows = new Map<string, BlockPrediction>();
		let layersMs = 0;
		let measured = 0;
		for (const { name, row: layerRow, shape } of planShapes(plan)) {
			const p = predictShape(shape);
			if (!p) return null;
			const macs = shapeMacs(shape);
			perLayer.push({ name, row: layerRow, key: shapeKey(shape), macs, ...p });
			layersMs += p.ms;
			const isMeasured = p.source === 'measured' ? 1 : 0;
			measured += isMeasured;
			const key = rowKey(layerRow);
			const row = rows.get(key);
			if (row) {
				row.ms += p.ms;
				row.macs += macs;
				row.layers += 1;
				row.measured += isMeasured;
			} else rows.set(key, { row: layerRow, ms: p.ms, macs, layers: 1, measured: isMeasured });
		}
		// Map keeps insertion order: stem, blocks 0.., then the head row (head, pool, classifier)
		const overheadMs = table.overheadMs;
		return {
			totalMs: layersMs + overheadMs,
			layersMs,
			overheadMs,
			measuredShare: perLayer.length > 0 ? measured / perLayer.length : 0,
			perLayer,
			perBlock: [...rows.values()]
		};
	}

	return {
		table,
		predictShape,
		predictPlan,
		predictSpec: (spec) => predictPlan(planMnasnet(spec))
	};
}

const cache = new WeakMap<LatencyTable, LatencyPredictor>();

/** The predictor of a table, made once per table object (tables are treated as immutable). */
export function predictorFor(table: LatencyTable): LatencyPredictor {
	let p = cache.get(table);
	if (!p) {
		p = createPredictor(table);
		cache.set(table, p);
	}
	return p;
}

/** Predicted latency of a valid spec; null when the table has no entries. */
export function predictMnasnet(spec: MnasnetSpec, table: LatencyTable): LatencyPrediction | null {
	return predictorFor(table).predictSpec(spec);
}
