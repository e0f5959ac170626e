// Svelte action: d3-zoom on a diagram's host element (an <svg>, or a <div> holding the svg and an HTML overlay).
// d3 only computes the transform; it is reported to the ZoomState and Svelte draws the layer, so D3 never touches
// the markup. The page scrolls with the plain wheel and one finger, so only Ctrl/⌘ + wheel (and a trackpad pinch,
// which browsers send as Ctrl + wheel) or two fingers zoom; dragging the background pans; a press on a control
// (`skip`) is left to that control's own drag; double-click on the background and the 0 key reset.
// The d3 part (zoomBehaviour.ts) loads after the first screen (the reader's first scroll, key or press, or a moment
// of idle), not with the page: until it arrives the zoom buttons and keys still work (the ZoomState changes its
// numbers) and d3 then starts from them; the host carries data-zoom="ready" once gestures work.
import type { Action } from 'svelte/action';
import { afterFirstScreen } from '$lib/components/notebook/lazyCells';
import { zoomKey } from './zoomMath';
import type { ZoomState } from './zoomState.svelte';

export interface ZoomPanParams {
	/** no state: the action does nothing (e.g. the small graphs of the step comparison); read once, at mount */
	zoom: ZoomState | undefined;
	/** CSS selector of elements whose press must not start a pan (draggable boxes, edge handles) */
	skip?: string;
}

/** form fields, buttons and links always keep their own pointer and keys */
const ALWAYS_SKIP = 'button, input, select, textarea, a[href], [data-no-pan]';

export const zoomPan: Action<Element, ZoomPanParams> = (node, initial) => {
	let params = initial;
	const state = initial.zoom;
	if (!state) return {};

	const onControl = (target: EventTarget | null): boolean => {
		if (!(target instanceof Element)) return false;
		const selector = params.skip ? `${ALWAYS_SKIP}, ${params.skip}` : ALWAYS_SKIP;
		const hit = target.closest(selector);
		return hit !== null && node.contains(hit);
	};

	let detach: (() => void) | null = null;
	let destroyed = false;
	afterFirstScreen()
		.then(() => import('./zoomBehaviour'))
		.then((m) => {
			if (destroyed) return;
			const off = m.attachZoom(node, state, onControl);
			node.setAttribute('data-zoom', 'ready');
			detach = () => {
				off();
				node.removeAttribute('data-zoom');
			};
		})
		.catch(() => {
			// offline and never loaded: the buttons and keys keep changing the numbers, only the gestures are missing
		});

	const onDblClick = (e: Event) => {
		if (onControl(e.target)) return;
		e.preventDefault();
		state.reset();
	};
	const onKey = (e: Event) => {
		if (!(e instanceof KeyboardEvent) || e.defaultPrevented) return;
		if (e.target instanceof Element && e.target.closest('input, select, textarea, [contenteditable="true"]')) return;
		const command = zoomKey(e);
		if (!command) return;
		e.preventDefault();
		state.run(command);
	};
	// At the scale limits d3 ignores Ctrl + wheel without cancelling it; over the diagram it must not zoom the page.
	const onWheel = (e: Event) => {
		if (e instanceof WheelEvent && (e.ctrlKey || e.metaKey)) e.preventDefault();
	};
	node.addEventListener('dblclick', onDblClick);
	node.addEventListener('keydown', onKey);
	node.addEventListener('wheel', onWheel, { passive: false });

	return {
		update(next: ZoomPanParams) {
			params = next;
		},
		destroy() {
			destroyed = true;
			detach?.();
			node.removeEventListener('dblclick', onDblClick);
			node.removeEventListener('keydown', onKey);
			node.removeEventListener('wheel', onWheel);
		}
	};
};
