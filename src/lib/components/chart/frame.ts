// The geometry every chart shares, as pure functions (no DOM): the plot area inside the margins, the x and y scales
// that map data onto it, and the ticks with their printed labels. `ChartFrame.svelte` draws what these compute; a
// chart draws only its marks. Scales map into the plot area (x from 0 to its width, y from its height up to 0), and
// the frame translates that area by the margins, so a mark never adds a margin itself.
import { scaleBand, scaleLinear, scaleLog, type ScaleBand, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';

export interface Margins {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** The svg's size (its viewBox) and the plot area inside the margins. */
export interface FrameBox {
	width: number;
	height: number;
	margin: Margins;
	/** width of the plot area: width − left − right, never below 0 */
	innerWidth: number;
	/** height of the plot area: height − top − bottom, never below 0 */
	innerHeight: number;
}

export function frameBox(width: number, height: number, margin: Margins): FrameBox {
	const w = finiteOr(width, 0);
	const h = finiteOr(height, 0);
	return {
		width: w,
		height: h,
		margin,
		innerWidth: Math.max(0, w - margin.left - margin.right),
		innerHeight: Math.max(0, h - margin.top - margin.bottom)
	};
}

/** `value` when it is a finite number, else `fallback`. */
export function finiteOr(value: number, fallback: number): number {
	return Number.isFinite(value) ? value : fallback;
}

/**
 * A drawable domain: non-finite ends fall back to `fallback`'s, reversed ends are swapped, and an empty domain
 * (lo = hi, e.g. one sample) is widened by `pad` (default 1 % of |lo|, or 1 at 0) so the scale never divides by 0.
 */
export function safeDomain(
	domain: readonly [number, number],
	fallback: readonly [number, number] = [0, 1]
): [number, number] {
	let lo = finiteOr(domain[0], fallback[0]);
	let hi = finiteOr(domain[1], fallback[1]);
	if (lo > hi) [lo, hi] = [hi, lo];
	if (lo === hi) {
		const pad = lo === 0 ? 1 : Math.abs(lo) * 0.01;
		return [lo - pad, hi + pad];
	}
	return [lo, hi];
}

/** Smallest and largest finite value of `values`, or `fallback` when there is none. */
export function finiteExtent(values: Iterable<number>, fallback: readonly [number, number] = [0, 1]): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of values) {
		if (!Number.isFinite(v)) continue;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	return lo <= hi ? [lo, hi] : [fallback[0], fallback[1]];
}

export interface ContinuousOptions {
	/** extend the domain to round tick values (d3's `nice()`) */
	nice?: boolean;
	/** the domain used where `domain`'s ends are not finite */
	fallback?: readonly [number, number];
}

export function linearScale(
	domain: readonly [number, number],
	range: readonly [number, number],
	{ nice = false, fallback = [0, 1] }: ContinuousOptions = {}
): ScaleLinear<number, number> {
	const s = scaleLinear().domain(safeDomain(domain, fallback)).range(range);
	return nice ? s.nice() : s;
}

/** A log scale: ends at or below 0 (no logarithm) fall back to `fallback` (default 1…10). */
export function logScale(
	domain: readonly [number, number],
	range: readonly [number, number],
	{ nice = false, fallback = [1, 10] }: ContinuousOptions = {}
): ScaleLogarithmic<number, number> {
	const positive = (v: number) => (v > 0 ? v : NaN);
	const [lo, hi] = safeDomain([positive(domain[0]), positive(domain[1])], fallback);
	const s = scaleLog()
		.domain([lo > 0 ? lo : fallback[0], hi])
		.range(range);
	return nice ? s.nice() : s;
}

export function bandScale<D extends { toString(): string }>(
	domain: readonly D[],
	range: readonly [number, number],
	padding = 0
): ScaleBand<D> {
	return scaleBand<D>().domain(domain).range(range).padding(padding);
}

export type PlotScale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

/** What a chart asks of its frame: the svg's size, the margins, and the domain of each axis. */
export interface FrameSpec {
	width: number;
	height: number;
	margin: Margins;
	x: AxisDomain;
	y: AxisDomain;
}

export interface AxisDomain extends ContinuousOptions {
	domain: readonly [number, number];
	/** 'linear' (default) or 'log' */
	kind?: 'linear' | 'log';
}

/** The plot area and its two scales, handed to the marks. */
export interface Frame extends FrameBox {
	x: PlotScale;
	y: PlotScale;
}

function axisScale(axis: AxisDomain, range: readonly [number, number]): PlotScale {
	return axis.kind === 'log' ? logScale(axis.domain, range, axis) : linearScale(axis.domain, range, axis);
}

/** The frame of one chart: x runs left to right over the plot area, y bottom to top. */
export function chartFrame(spec: FrameSpec): Frame {
	const box = frameBox(spec.width, spec.height, spec.margin);
	return {
		...box,
		x: axisScale(spec.x, [0, box.innerWidth]),
		y: axisScale(spec.y, [box.innerHeight, 0])
	};
}

export interface Tick {
	value: number;
	/** position along the axis, in plot-area units */
	at: number;
	label: string;
}

/** Printed tick value: `digits` fixed decimals, or as JavaScript prints the number (d3's tick values are rounded). */
export function tickLabel(value: number, digits?: number): string {
	return digits === undefined ? String(value) : value.toFixed(digits);
}

/**
 * The ticks of one axis: d3's `count` round values of `scale` (or the given `values`), their positions, and their
 * labels (`format`, else `tickLabel`). A tick whose position is not finite is dropped.
 */
export function axisTicks(
	scale: PlotScale,
	count: number,
	format: (value: number) => string = (v) => tickLabel(v),
	values?: readonly number[]
): Tick[] {
	return (values ?? scale.ticks(count))
		.map((value) => ({ value, at: scale(value), label: format(value) }))
		.filter((t) => Number.isFinite(t.at));
}

/** How `ChartFrame` draws one axis. Distances are in svg units (the viewBox). */
export interface AxisOptions {
	/** how many round tick values to ask d3 for (default 5; 0: no ticks, no labels) */
	ticks?: number;
	/** the tick values themselves, instead of d3's */
	values?: readonly number[];
	format?: (value: number) => string;
	/** length of the tick marks outside the plot area (default 0: none) */
	tickSize?: number;
	/** from the axis to the tick labels (x: to the labels' baseline, default 15; y: to their right end, default 6) */
	gap?: number;
	/** lines across the plot area at the ticks */
	grid?: boolean;
	/** the axis line itself (default: x yes, y no) */
	line?: boolean;
	/** the axis' name (unit) */
	label?: string;
	/** x: at the plot's right end (default) or centred; y: at the plot's top (default) or centred */
	labelAt?: 'end' | 'middle';
	/** x: from the svg's bottom edge to the name's baseline (default 3); y: from the svg's left edge (default 10) */
	labelInset?: number;
}
