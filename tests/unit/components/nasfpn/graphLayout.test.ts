import { describe, it, expect } from 'vitest';
import { costNasfpn, fpnPreset } from '$lib/arch/nasfpn';
import {
	FULL_LAYOUT,
	lerpPositions,
	nearestNode,
	nodeColumn,
	nodeName,
	placeNodes,
	resampleLabel,
	routeEdges,
	type LayoutConfig
} from '$lib/components/nasfpn/graphLayout';

const CFG: LayoutConfig = { col: 10, row: 20, left: 5, right: 7, top: 3, bottom: 2, r: 2 };
const reportF = costNasfpn(fpnPreset('f'));
const layoutF = placeNodes(reportF, 3, 7, CFG);
const at = (o: number) => layoutF.nodes.find((n) => n.offset === o);

describe('nodeName / nodeColumn', () => {
	it.each([
		{ node: { offset: 0, op: 'input' as const, level: 3, cell: -1 }, name: 'P3 in', col: 0 },
		{ node: { offset: 4, op: 'input' as const, level: 7, cell: -1 }, name: 'P7 in', col: 0 },
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs: cell 0 is node 5, cell 6 is node 11
		{ node: { offset: 5, op: 'gp' as const, level: 4, cell: 0 }, name: 'n5', col: 1 },
		{ node: { offset: 11, op: 'gp' as const, level: 6, cell: 6 }, name: 'n11', col: 7 }
	])('$name', ({ node, name, col }) => {
		expect(nodeName(node)).toBe(name);
		expect(nodeColumn(node)).toBe(col);
	});
});

describe('placeNodes', () => {
	it('puts P3 at the bottom row and P7 at the top (Fig. 7: resolution decreases upward)', () => {
		// rows: top + row × (7 − level)
		expect(layoutF.rows.map((r) => [r.level, r.y])).toEqual([
			[7, 3],
			[6, 23],
			[5, 43],
			[4, 63],
			[3, 83]
		]);
		// sides at 640: ceil(640 / 2^L) (3×3 conv cost of tensorflow/tpu nasfpn.py): P3 80 … P7 5
		expect(layoutF.rows.map((r) => r.side)).toEqual([5, 10, 20, 40, 80]);
	});

	it('puts the inputs in the left column and the cells left → right in build order', () => {
		for (let o = 0; o < 5; o++) expect(at(o)?.x).toBe(5);
		// n5…n11 in columns 1…7, rows by their level [4,4,3,4,5,7,6] (tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost)
		const cells = layoutF.nodes.filter((n) => n.cell >= 0);
		expect(cells.map((n) => n.x)).toEqual([15, 25, 35, 45, 55, 65, 75]);
		expect(cells.map((n) => n.level)).toEqual([4, 4, 3, 4, 5, 7, 6]);
		expect(cells.map((n) => n.y)).toEqual([63, 63, 83, 63, 43, 3, 23]);
	});

	it('sizes the drawing from columns and levels', () => {
		// 8 columns: left 5 + 7 × 10 + right 7; 5 rows: top 3 + 4 × 20 + bottom 2
		expect([layoutF.width, layoutF.height]).toEqual([82, 85]);
	});

	it('marks the outputs the engine reports (P3 n7, P4 n8, P5 n9, P7 n10, P6 n11; tensorflow/tpu detection/modeling/architecture/nasfpn.py)', () => {
		expect(layoutF.nodes.filter((n) => n.isOutput).map((n) => n.offset)).toEqual([7, 8, 9, 10, 11]);
	});
});

describe('resampleLabel', () => {
	it.each([
		{ r: { kind: 'up' as const, factor: 4 }, label: '↑×4' },
		{ r: { kind: 'down' as const, factor: 2 }, label: '↓2' },
		{ r: { kind: 'down' as const, factor: 8 }, label: '↓8' },
		{ r: { kind: 'none' as const }, label: '' }
	])('$label', ({ r, label }) => expect(resampleLabel(r)).toBe(label));
});

describe('routeEdges', () => {
	const pos = new Map(layoutF.nodes.map((n) => [n.offset, { x: n.x, y: n.y }]));
	const edges = routeEdges(reportF, (o) => pos.get(o), CFG);
	const edge = (key: string) => edges.find((e) => e.key === key);

	it('draws two inputs per cell plus the extra same-level inputs (n9 + P5in, n10 + P7in; tensorflow/tpu detection/modeling/architecture/nasfpn.py)', () => {
		expect(edges.filter((e) => e.kind === 'input')).toHaveLength(14);
		expect(edges.filter((e) => e.kind === 'extra').map((e) => [e.from, e.to])).toEqual([
			[2, 9],
			[4, 10]
		]);
		expect(edges.filter((e) => e.kind === 'extra').every((e) => e.handle === null)).toBe(true);
	});

	it.each([
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py: n5 reads R(P6in) upsampled ×4, the gate; P4in at its level
		{ key: '3>5:1', label: '↑×4', gate: true },
		{ key: '1>5:0', label: '', gate: false },
		// n7 reads R(n6) upsampled ×2; n9 reads n7 max-pooled by 4 and gates on n8 (pooled by 2)
		{ key: '6>7:1', label: '↑×2', gate: false },
		{ key: '7>9:0', label: '↓4', gate: false },
		{ key: '8>9:1', label: '↓2', gate: true },
		// n10 (P7) reads n6 pooled by 8
		{ key: '6>10:0', label: '↓8', gate: false }
	])('edge $key is labelled "$label"', ({ key, label, gate }) => {
		const e = edge(key);
		expect(e?.label).toBe(label);
		expect(e?.gate).toBe(gate);
	});

	it('starts every path at its source node and ends it at the cell', () => {
		for (const e of edges) {
			const s = pos.get(e.from)!;
			const t = pos.get(e.to)!;
			expect(e.d.startsWith(`M${s.x},${s.y}C`)).toBe(true);
			expect(e.d.endsWith(`${t.x},${t.y}`)).toBe(true);
		}
	});

	it('puts each handle on its edge, between its two nodes and clear of both (at the drawn size)', () => {
		const full = placeNodes(reportF, 3, 7, FULL_LAYOUT);
		const fpos = new Map(full.nodes.map((n) => [n.offset, { x: n.x, y: n.y }]));
		const fullEdges = routeEdges(reportF, (o) => fpos.get(o), FULL_LAYOUT).filter((x) => x.handle);
		expect(fullEdges).toHaveLength(14);
		for (const e of fullEdges) {
			const s = fpos.get(e.from)!;
			const t = fpos.get(e.to)!;
			const h = e.handle!;
			expect(h.x).toBeGreaterThan(s.x);
			expect(h.x).toBeLessThan(t.x);
			// the 24 px target does not reach into either node's circle
			expect(Math.hypot(h.x - s.x, h.y - s.y)).toBeGreaterThanOrEqual(FULL_LAYOUT.r + 12);
			expect(Math.hypot(h.x - t.x, h.y - t.y)).toBeGreaterThanOrEqual(FULL_LAYOUT.r + 12);
		}
	});

	it('arcs same-level edges that skip columns above the row', () => {
		// n6 → n8 are both P4, two columns apart: the midpoint is above the row (smaller y)
		const e = edge('6>8:0')!;
		expect(e.mid.y).toBeLessThan(pos.get(6)!.y);
		// n5 → n6 are neighbours on P4: straight
		expect(edge('5>6:1')!.mid.y).toBe(pos.get(5)!.y);
	});
});

describe('nearestNode', () => {
	const nodes = [
		{ offset: 0, x: 0, y: 0 },
		{ offset: 1, x: 10, y: 0 }
	];
	it.each([
		{ p: { x: 1, y: 1 }, r: 5, expected: 0 },
		{ p: { x: 8, y: 0 }, r: 5, expected: 1 },
		{ p: { x: 5, y: 20 }, r: 5, expected: null }
	])('$p within $r → $expected', ({ p, r, expected }) => expect(nearestNode(nodes, p, r)).toBe(expected));
});

describe('lerpPositions', () => {
	it('moves known nodes from their old place and puts new ones at their target', () => {
		const from = new Map([[5, { x: 0, y: 100 }]]);
		const to = [
			{ offset: 5, x: 100, y: 0 },
			{ offset: 6, x: 50, y: 50 }
		];
		const half = lerpPositions(from, to, 0.5);
		expect(half.get(5)).toEqual({ x: 50, y: 50 });
		expect(half.get(6)).toEqual({ x: 50, y: 50 });
		expect(lerpPositions(from, to, 1).get(5)).toEqual({ x: 100, y: 0 });
	});

	it('the full layout fits its config', () => {
		const full = placeNodes(reportF, 3, 7, FULL_LAYOUT);
		for (const n of full.nodes) {
			expect(n.x).toBeLessThan(full.width);
			expect(n.y).toBeLessThan(full.height);
		}
	});
});
