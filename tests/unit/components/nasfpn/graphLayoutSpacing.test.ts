import { describe, it, expect } from 'vitest';
import { costNasfpn, fpnPreset, FPN_STEPS } from '$lib/arch/nasfpn';
import {
	FULL_LAYOUT,
	graphBoxes,
	HANDLE_SIZE,
	placeNodes,
	rectsOverlap,
	routeEdges,
	textWidth,
	type GraphBox
} from '$lib/components/nasfpn/graphLayout';

function layoutOf(id: (typeof FPN_STEPS)[number]['id']) {
	const spec = fpnPreset(id);
	const report = costNasfpn(spec);
	const layout = placeNodes(report, spec.minLevel, spec.maxLevel, FULL_LAYOUT);
	const pos = new Map(layout.nodes.map((n) => [n.offset, { x: n.x, y: n.y }]));
	const edges = routeEdges(report, (o) => pos.get(o), FULL_LAYOUT);
	return { layout, edges, boxes: graphBoxes(layout.nodes, edges, FULL_LAYOUT) };
}

const name = (b: GraphBox) => `${b.kind} ${b.key}`;

describe('rectsOverlap', () => {
	it.each([
		{ a: { x0: 0, y0: 0, x1: 10, y1: 10 }, b: { x0: 5, y0: 5, x1: 15, y1: 15 }, overlap: true },
		{ a: { x0: 0, y0: 0, x1: 10, y1: 10 }, b: { x0: 10, y0: 0, x1: 20, y1: 10 }, overlap: false }, // touching edges
		{ a: { x0: 0, y0: 0, x1: 10, y1: 10 }, b: { x0: 0, y0: 11, x1: 10, y1: 20 }, overlap: false }
	])('$a.x0,$a.y0 / $b.x0,$b.y0 → $overlap', ({ a, b, overlap }) => expect(rectsOverlap(a, b)).toBe(overlap));
});

describe('textWidth', () => {
	it('counts Hangul and arrows wider than Latin letters', () => {
		expect(textWidth('↑×4', 10)).toBeGreaterThan(textWidth('abc', 10));
		expect(textWidth('출력', 10)).toBeGreaterThan(textWidth('ou', 10));
	});
});

describe('routeEdges spacing for every step of the progression', () => {
	for (const step of FPN_STEPS) {
		it(`(${step.id}): every input edge has a handle of at least ${HANDLE_SIZE} px`, () => {
			const { edges } = layoutOf(step.id);
			const inputs = edges.filter((e) => e.kind === 'input');
			// two inputs per cell (progression.ts: (a) has 4 cells, the others 7)
			expect(inputs).toHaveLength(2 * step.cells.length);
			const handles = layoutOf(step.id).boxes.filter((b) => b.kind === 'handle');
			expect(handles).toHaveLength(inputs.length);
			for (const h of handles) {
				expect(h.x1 - h.x0).toBeGreaterThanOrEqual(24); // WCAG 2.2 SC 2.5.8 target size (minimum)
				expect(h.y1 - h.y0).toBeGreaterThanOrEqual(24);
			}
		});

		it(`(${step.id}): no handle or label overlaps a node, a text or another handle`, () => {
			const { boxes, layout } = layoutOf(step.id);
			const clashes: string[] = [];
			boxes.forEach((a, i) => {
				boxes.forEach((b, j) => {
					if (j <= i || !rectsOverlap(a, b)) return;
					// a node's own name and out tag sit against its circle by design
					if (a.key === b.key && (a.kind === 'node' || b.kind === 'node')) return;
					clashes.push(`${name(a)} × ${name(b)}`);
				});
				if (a.x0 < 0 || a.y0 < 0 || a.x1 > layout.width || a.y1 > layout.height) clashes.push(`${name(a)} outside`);
			});
			expect(clashes).toEqual([]);
		});
	}
});
