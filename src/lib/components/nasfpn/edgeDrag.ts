// Svelte action: d3-drag on an edge handle. Reports pointer positions in the user coordinates of the enclosing
// <svg> (d3.pointer maps through the viewBox), so the drop can be matched against the layout's node positions.
import { drag, select } from 'd3';
import type { Point } from './graphLayout';

export interface EdgeDragParams {
	onstart: (p: Point) => void;
	onmove: (p: Point) => void;
	onend: (p: Point) => void;
}

export function edgeDrag(node: SVGElement, params: EdgeDragParams) {
	let current = params;
	const svg = node.ownerSVGElement;
	if (!svg) return {};
	const behavior = drag<SVGElement, unknown>()
		.container(svg)
		.on('start', (e: { x: number; y: number }) => current.onstart({ x: e.x, y: e.y }))
		.on('drag', (e: { x: number; y: number }) => current.onmove({ x: e.x, y: e.y }))
		.on('end', (e: { x: number; y: number }) => current.onend({ x: e.x, y: e.y }));
	select(node).call(behavior);
	return {
		update(next: EdgeDragParams) {
			current = next;
		},
		destroy() {
			select(node).on('.drag', null);
		}
	};
}
