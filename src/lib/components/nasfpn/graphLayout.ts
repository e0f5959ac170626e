// Layout of a NAS-FPN cell graph in the paper's Figure 7 convention: one row per level with P3 (finest) at the
// bottom, the input nodes in a column on the left, then the cells left → right in the order they are built.
// Pure: positions come from the engine's report (levels, inputs, resampling, extra inputs, gate); D3 gives the scales
// and the path strings, Svelte draws them.
import { path as d3path } from 'd3-path';
import { scaleLinear } from 'd3-scale';
import type { FpnCostReport, FpnNodeCost, Resample } from '$lib/arch/nasfpn/report';

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
	const y = scaleLinear()
		.domain([minLevel, maxLevel])
		.rangeRound([cfg.top + cfg.row * (maxLevel - minLevel), cfg.top]);
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
		height: cfg.top + cfg.row * (maxLevel - minLevel) + cfg.bottom,
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
export function edgeCurve(s: Point, t: Point, cfg: LayoutConfig, bend = 0): Cubic {
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

/** First point on the curve at least `dist` away from its start (the handle sits just outside the source node). */
function pointAway(c: Cubic, dist: number): Point {
	for (let t = 0.02; t < 0.5; t += 0.02) {
		const p = cubicAt(c, t);
		if (Math.hypot(p.x - c[0].x, p.y - c[0].y) >= dist) return p;
	}
	return cubicAt(c, 0.5);
}

export function routeEdges(
	report: Pick<FpnCostReport, 'nodes'>,
	at: (offset: number) => Point | undefined,
	cfg: LayoutConfig
): RoutedEdge[] {
	const edges: RoutedEdge[] = [];
	for (const node of report.nodes) {
		if (node.cell < 0) continue;
		const t = at(node.offset);
		if (!t) continue;
		node.inputs.forEach((inp, i) => {
			const s = at(inp.offset);
			if (!s) return;
			const which = i === 0 ? 0 : 1;
			const c = edgeCurve(s, t, cfg);
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
				// the two inputs' labels sit at different places along their curves, so crossing edges keep them apart
				mid: cubicAt(c, which === 0 ? 0.42 : 0.58),
				handle: pointAway(c, cfg.r + 9)
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
	return edges;
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
