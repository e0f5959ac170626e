// Svelte action: d3-drag on an edge handle. Reports pointer positions in the user coordinates of the handle's
// parent (d3.pointer maps through the viewBox and the zoom layer's transform), so the drop can be matched against
// the layout's node positions at any zoom.
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import type { Point } from './graphLayout';

export interface EdgeDragParams {
	onstart: (p: Point) => void;
	onmove: (p: Point) => void;
	onend: (p: Point) => void;
}

export function edgeDrag(node: SVGElement, params: EdgeDragParams) {
	let current = params;
	const container = node.parentNode;
	if (!node.ownerSVGElement || !(container instanceof SVGGraphicsElement)) return {};
	const behavior = drag<SVGElement, unknown>()
		.container(container)
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
