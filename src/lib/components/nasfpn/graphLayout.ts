// Layout of a NAS-FPN cell graph in the paper's Figure 7 convention: one row per level with P3 (finest) at the
// bottom, the input nodes in a column on the left, then the cells left → right in the order they are built.
// Pure: positions come from the engine's report (levels, inputs, resampling, extra inputs, gate); D3 gives the scales
// and the path strings, Svelte draws them.
import { path as d3path } from 'd3-path';
import { scaleLinear } from 'd3-scale';
import type { FpnCostReport, FpnNodeCost, Resample } from '$lib/arch/nasfpn/report';
import { levelCount } from '$lib/arch/nasfpn/levels';

export interface LayoutConfig {
	/** distance between columns and between rows */
	col: number;
	row: number;
	/** margins around the node area (left holds the row labels) */
	left: number;
	right: number;
	top: number;
	bottom: number;
	/** node radius */
	r: number;
}

export const FULL_LAYOUT: LayoutConfig = { col: 82, row: 70, left: 96, right: 70, top: 60, bottom: 30, r: 13 };
export const COMPACT_LAYOUT: LayoutConfig = { col: 26, row: 20, left: 26, right: 12, top: 14, bottom: 8, r: 5 };

export interface Point {
	x: number;
	y: number;
}

export interface PlacedNode extends Point {
	offset: number;
	/** index into spec.cells, -1 for an input node */
	cell: number;
	level: number;
	side: number;
	op: FpnNodeCost['op'];
	/** the node is its level's output of the repeat */
	isOutput: boolean;
	dead: boolean;
	macs: number;
	/** `P4 in` for an input node, `n7` (its offset) for a cell node */
	name: string;
}

export interface GraphRow {
	level: number;
	y: number;
	side: number;
}

export interface NodeLayout {
	width: number;
	height: number;
	nodes: PlacedNode[];
	rows: GraphRow[];
}

/** Node name as the fact sheet writes it: inputs by level, cells by node offset. */
export function nodeName(node: Pick<FpnNodeCost, 'offset' | 'op' | 'level'>): string {
	return node.op === 'input' ? `P${node.level} in` : `n${node.offset}`;
}

/** Column of a node: all inputs share column 0, cell i sits in column i + 1. */
export function nodeColumn(node: Pick<FpnNodeCost, 'cell'>): number {
	return node.cell < 0 ? 0 : node.cell + 1;
}

export function placeNodes(
	report: Pick<FpnCostReport, 'nodes'>,
	minLevel: number,
	maxLevel: number,
	cfg: LayoutConfig
): NodeLayout {
	const columns = Math.max(1, ...report.nodes.map(nodeColumn)) + 1;
	const x = scaleLinear()
		.domain([0, columns - 1])
		.rangeRound([cfg.left, cfg.left + cfg.col * (columns - 1)]);
	// P_min at the bottom: resolution decreases upward, as in Fig. 7
	const span = cfg.row * (levelCount({ minLevel, maxLevel }) - 1);
	const y = scaleLinear()
		.domain([minLevel, maxLevel])
		.rangeRound([cfg.top + span, cfg.top]);
	const nodes: PlacedNode[] = report.nodes.map((n) => ({
		offset: n.offset,
		cell: n.cell,
		level: n.level,
		side: n.side,
		op: n.op,
		isOutput: n.isOutput,
		dead: n.dead,
		macs: n.macs,
		name: nodeName(n),
		x: x(nodeColumn(n)),
		y: y(n.level)
	}));
	const rows: GraphRow[] = [];
	for (let level = maxLevel; level >= minLevel; level--) {
		const input = report.nodes.find((n) => n.op === 'input' && n.level === level);
		rows.push({ level, y: y(level), side: input?.side ?? 0 });
	}
	return {
		width: cfg.left + cfg.col * (columns - 1) + cfg.right,
		height: cfg.top + span + cfg.bottom,
		nodes,
		rows
	};
}

/** `↑×4` for nearest upsampling by 4, `↓2` for max pooling by 2, nothing at the same level. */
export function resampleLabel(r: Resample): string {
	if (r.kind === 'up') return `↑×${r.factor}`;
	if (r.kind === 'down') return `↓${r.factor}`;
	return '';
}

/** Key of a cell's input wire, shared by the edges and the step diff's highlight. */
export function wireKey(cell: number, which: 0 | 1): string {
	return `${cell}:${which}`;
}

export interface RoutedEdge {
	/** stable across frames: `from>to` plus the input slot or `x` for an extra input */
	key: string;
	from: number;
	to: number;
	/** the reading cell (index into spec.cells) */
	cell: number;
	/** which of the cell's two inputs (0 or 1); null for an extra same-level input */
	which: 0 | 1 | null;
	kind: 'input' | 'extra';
	resample: Resample;
	label: string;
	/** this input gives the gp gate (and is the unscaled base) */
	gate: boolean;
	d: string;
	/** where the resampling label sits */
	mid: Point;
	/** the drag handle near the input end, for rewiring; null for extra inputs (the engine adds those) */
	handle: Point | null;
}

type Cubic = [Point, Point, Point, Point];

function cubicAt([p0, p1, p2, p3]: Cubic, t: number): Point {
	const u = 1 - t;
	const a = u * u * u;
	const b = 3 * u * u * t;
	const c = 3 * u * t * t;
	const d = t * t * t;
	return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

/**
 * The curve of one edge. Different levels: a horizontal link (tangents flat at both ends). Same level, next column:
 * straight. Same level further away: an arc over the row, so it does not run through the nodes in between.
 */
function edgeCurve(s: Point, t: Point, cfg: LayoutConfig, bend = 0): Cubic {
	const dx = t.x - s.x;
	if (Math.abs(t.y - s.y) < 0.5) {
		if (Math.abs(dx) <= cfg.col * 1.01 && bend === 0) {
			return [s, { x: s.x + dx / 3, y: s.y }, { x: s.x + (2 * dx) / 3, y: s.y }, t];
		}
		const lift = Math.min(cfg.row * 0.55, cfg.r + Math.abs(dx) * 0.18) + bend;
		return [s, { x: s.x + dx * 0.2, y: s.y - lift * 1.33 }, { x: s.x + dx * 0.8, y: t.y - lift * 1.33 }, t];
	}
	return [s, { x: s.x + dx / 2, y: s.y + bend }, { x: s.x + dx / 2, y: t.y + bend }, t];
}

function cubicPath(c: Cubic): string {
	const p = d3path();
	p.moveTo(c[0].x, c[0].y);
	p.bezierCurveTo(c[1].x, c[1].y, c[2].x, c[2].y, c[3].x, c[3].y);
	return p.toString();
}

// ---- keeping handles and labels apart -------------------------------------------------------------------------
// Every edge handle is a touch target of HANDLE_SIZE px and every text has a box; each handle, then each resampling
// label, takes the first spot along its own curve that covers no node, no text and no handle placed before it, so
// a drag always starts on the edge the user grabbed. Text widths are estimated from the character count.

/** Side of an edge handle's touch target, in layout units (drawn 1:1 at zoom 100 %): WCAG 2.5.8's 24 px. */
export const HANDLE_SIZE = 24;
/** font sizes of the graph's texts (CellGraph's styles) */
const EDGE_LABEL_FONT = 10.5;
const NODE_NAME_FONT = 10.5;
const OUT_TAG_FONT = 10;

export interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface GraphBox extends Rect {
	kind: 'node' | 'name' | 'out' | 'handle' | 'label';
	/** the node offset, or the edge key */
	key: string;
}

/** Boxes that touch or overlap (shared edges do not count). */
export function rectsOverlap(a: Rect, b: Rect): boolean {
	return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0;
}

function overlapArea(a: Rect, b: Rect): number {
	const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
	const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
	return w > 0 && h > 0 ? w * h : 0;
}

/** Estimated width of a text: Latin glyphs about 0.6 em, arrows, × and Hangul about 1 em. */
export function textWidth(text: string, font: number): number {
	let em = 0;
	for (const ch of text) em += /[\u2190-\u21ff\u00d7\uac00-\ud7af]/.test(ch) ? 1 : 0.6;
	return em * font + 2;
}

/** `P7 out` / `P7 출력`: the wider of the two languages' out tags. */
const OUT_TAG_WIDTH = Math.max(textWidth('P7 out', OUT_TAG_FONT), textWidth('P7 출력', OUT_TAG_FONT));

/** The fixed boxes of the drawing: node circles (with their output ring), names below, out tags above right. */
function nodeBoxes(
	nodes: readonly (Point & { offset: number; cell: number; isOutput: boolean })[],
	cfg: LayoutConfig
): GraphBox[] {
	const boxes: GraphBox[] = [];
	for (const n of nodes) {
		const ring = cfg.r + (n.isOutput ? 5 : 1);
		const key = String(n.offset);
		boxes.push({ kind: 'node', key, x0: n.x - ring, y0: n.y - ring, x1: n.x + ring, y1: n.y + ring });
		// CellGraph: the name's baseline is r + 12 below the centre (r + 11 for an input's `in`)
		const name = n.cell < 0 ? 'in' : `n${n.offset}`;
		const base = n.y + cfg.r + (n.cell < 0 ? 11 : 12);
		const w = textWidth(name, NODE_NAME_FONT);
		boxes.push({ kind: 'name', key, x0: n.x - w / 2, y0: base - NODE_NAME_FONT * 0.8, x1: n.x + w / 2, y1: base + 2 });
		if (n.isOutput && n.cell >= 0) {
			const x = n.x + cfg.r + 3;
			const y = n.y - cfg.r - 3;
			boxes.push({ kind: 'out', key, x0: x, y0: y - OUT_TAG_FONT * 0.8, x1: x + OUT_TAG_WIDTH, y1: y + 2 });
		}
	}
	return boxes;
}

function handleBox(p: Point, key: string): GraphBox {
	const h = HANDLE_SIZE / 2;
	return { kind: 'handle', key, x0: p.x - h, y0: p.y - h, x1: p.x + h, y1: p.y + h };
}

function labelBox(p: Point, text: string, key: string): GraphBox {
	const w = textWidth(text, EDGE_LABEL_FONT) / 2;
	const h = EDGE_LABEL_FONT * 0.6 + 1;
	return { kind: 'label', key, x0: p.x - w, y0: p.y - h, x1: p.x + w, y1: p.y + h };
}

/** Spots tried along a curve, in order of preference (t of the cubic). */
const HANDLE_TS = [0.2, 0.25, 0.16, 0.3, 0.35, 0.12, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85];
const LABEL_TS = [0.5, 0.42, 0.58, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85];

/** A label may also sit just beside its curve when no spot on it is free (handles stay on the curve). */
const ON_CURVE: readonly Point[] = [{ x: 0, y: 0 }];
const BESIDE_CURVE: readonly Point[] = [
	{ x: 0, y: 0 },
	{ x: 0, y: -9 },
	{ x: 0, y: 9 },
	{ x: -14, y: 0 },
	{ x: 14, y: 0 },
	{ x: 0, y: -16 },
	{ x: 0, y: 16 }
];

/** The first spot whose box covers none of `taken` (and stays below y = 0); else the one covering least. */
function freeSpot(
	c: Cubic,
	ts: readonly number[],
	shifts: readonly Point[],
	boxAt: (p: Point) => GraphBox,
	taken: readonly GraphBox[]
): GraphBox {
	let best: GraphBox | null = null;
	let bestCover = Infinity;
	for (const d of shifts) {
		for (const t of ts) {
			const p = cubicAt(c, t);
			const box = boxAt({ x: p.x + d.x, y: p.y + d.y });
			const cover = taken.reduce((sum, b) => sum + overlapArea(box, b), 0) + (box.y0 < 0 ? 1e6 : 0);
			if (cover === 0) return box;
			if (cover < bestCover) {
				best = box;
				bestCover = cover;
			}
		}
	}
	return best ?? boxAt(cubicAt(c, ts[0]));
}

const centre = (b: Rect): Point => ({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 });

export function routeEdges(
	report: Pick<FpnCostReport, 'nodes'>,
	at: (offset: number) => Point | undefined,
	cfg: LayoutConfig
): RoutedEdge[] {
	const edges: RoutedEdge[] = [];
	const curves = new Map<string, Cubic>();
	for (const node of report.nodes) {
		if (node.cell < 0) continue;
		const t = at(node.offset);
		if (!t) continue;
		node.inputs.forEach((inp, i) => {
			const s = at(inp.offset);
			if (!s) return;
			const which = i === 0 ? 0 : 1;
			const c = edgeCurve(s, t, cfg);
			curves.set(`${inp.offset}>${node.offset}:${which}`, c);
			edges.push({
				key: `${inp.offset}>${node.offset}:${which}`,
				from: inp.offset,
				to: node.offset,
				cell: node.cell,
				which,
				kind: 'input',
				resample: inp.resample,
				label: resampleLabel(inp.resample),
				gate: node.gateInput === inp.offset,
				d: cubicPath(c),
				// placed below, away from the other texts and handles
				mid: cubicAt(c, 0.5),
				handle: null
			});
		});
		for (const extra of node.extraInputs) {
			const s = at(extra);
			if (!s) continue;
			// same level by construction: bend a little further so it does not hide under an input arc
			const c = edgeCurve(s, t, cfg, cfg.r * 0.8);
			edges.push({
				key: `${extra}>${node.offset}:x`,
				from: extra,
				to: node.offset,
				cell: node.cell,
				which: null,
				kind: 'extra',
				resample: { kind: 'none' },
				label: '',
				gate: false,
				d: cubicPath(c),
				mid: cubicAt(c, 0.5),
				handle: null
			});
		}
	}
	// handles first (they are what a finger must hit), then the labels around them
	const placedNodes = report.nodes.flatMap((n) => {
		const p = at(n.offset);
		return p ? [{ ...p, offset: n.offset, cell: n.cell, isOutput: n.isOutput }] : [];
	});
	const taken: GraphBox[] = nodeBoxes(placedNodes, cfg);
	for (const e of edges) {
		const c = curves.get(e.key);
		if (!c) continue;
		const box = freeSpot(c, HANDLE_TS, ON_CURVE, (p) => handleBox(p, e.key), taken);
		taken.push(box);
		e.handle = centre(box);
	}
	for (const e of edges) {
		const c = curves.get(e.key);
		if (!c || !e.label) continue;
		const box = freeSpot(c, LABEL_TS, BESIDE_CURVE, (p) => labelBox(p, e.label, e.key), taken);
		taken.push(box);
		e.mid = centre(box);
	}
	return edges;
}

/** Every box of a routed graph: nodes, names, out tags, handles and labels (for checks of the layout). */
export function graphBoxes(
	nodes: readonly (Point & { offset: number; cell: number; isOutput: boolean })[],
	edges: readonly RoutedEdge[],
	cfg: LayoutConfig
): GraphBox[] {
	const boxes = nodeBoxes(nodes, cfg);
	for (const e of edges) {
		if (e.handle) boxes.push(handleBox(e.handle, e.key));
		if (e.label) boxes.push(labelBox(e.mid, e.label, e.key));
	}
	return boxes;
}

/** The node whose centre is nearest to `p`, within `radius`; null when none is that close. */
export function nearestNode(nodes: readonly (Point & { offset: number })[], p: Point, radius: number): number | null {
	let best: number | null = null;
	let bestDist = radius;
	for (const n of nodes) {
		const d = Math.hypot(n.x - p.x, n.y - p.y);
		if (d <= bestDist) {
			best = n.offset;
			bestDist = d;
		}
	}
	return best;
}

/** Linear interpolation of node positions between two layouts (for the animated step change). */
export function lerpPositions(
	from: ReadonlyMap<number, Point>,
	to: readonly (Point & { offset: number })[],
	t: number
): Map<number, Point> {
	const out = new Map<number, Point>();
	for (const n of to) {
		const f = from.get(n.offset) ?? n;
		out.set(n.offset, { x: f.x + (n.x - f.x) * t, y: f.y + (n.y - f.y) * t });
	}
	return out;
}
