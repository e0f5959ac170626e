// Svelte action: d3-zoom on a diagram's host element (an <svg>, or a <div> holding the svg and an HTML overlay).
// d3 only computes the transform; it is reported to the ZoomState and Svelte draws the layer, so D3 never touches
// the markup. The page scrolls with the plain wheel and one finger, so only Ctrl/⌘ + wheel (and a trackpad pinch,
// which browsers send as Ctrl + wheel) or two fingers zoom; dragging the background pans; a press on a control
// (`skip`) is left to that control's own drag; double-click on the background and the 0 key reset.
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition() / interrupt() (the animated zoom buttons)
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Action } from 'svelte/action';
import { ZOOM_EXTENT, allowsGesture, clampScale, constrainView, wheelDelta, zoomKey, type Extent } from './zoomMath';
import type { ZoomState } from './zoomState.svelte';

export interface ZoomPanParams {
	/** no state: the action does nothing (e.g. the small graphs of the step comparison); read once, at mount */
	zoom: ZoomState | undefined;
	/** CSS selector of elements whose press must not start a pan (draggable boxes, edge handles) */
	skip?: string;
}

/** form fields, buttons and links always keep their own pointer and keys */
const ALWAYS_SKIP = 'button, input, select, textarea, a[href], [data-no-pan]';
const ANIMATE_MS = 180;

function reducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

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

	const behaviour = zoom<Element, unknown>()
		.scaleExtent(ZOOM_EXTENT)
		.filter((event: MouseEvent | TouchEvent | WheelEvent) =>
			allowsGesture({
				type: event.type,
				ctrlKey: event.ctrlKey,
				metaKey: event.metaKey,
				button: 'button' in event ? event.button : 0,
				touches: 'touches' in event ? event.touches.length : undefined,
				onControl: onControl(event.target)
			})
		)
		.wheelDelta((event: WheelEvent) => wheelDelta(event))
		.constrain((t: ZoomTransform, extent: Extent) => {
			const c = constrainView(t, extent);
			return c.x === t.x && c.y === t.y ? t : zoomIdentity.translate(c.x, c.y).scale(c.k);
		})
		.on('zoom', (event: D3ZoomEvent<Element, unknown>) => state.apply(event.transform));

	const host = select<Element, unknown>(node);
	host.call(behaviour).on('dblclick.zoom', null);
	// a state that outlived an earlier mount (the cell re-rendered) carries on where it was
	if (state.zoomed) host.call(behaviour.transform, zoomIdentity.translate(state.x, state.y).scale(state.k));

	// The scale a running button/key animation is heading for: a second press while it runs (which interrupts it)
	// continues from there, so two presses are exactly two steps.
	let goal: number | null = null;
	const animateTo = (k: number, reset: boolean) => {
		if (reducedMotion()) {
			goal = null;
			if (reset) host.call(behaviour.transform, zoomIdentity);
			else host.call(behaviour.scaleTo, k);
			return;
		}
		goal = k;
		const done = () => {
			if (goal === k) goal = null;
		};
		const t = host.transition().duration(ANIMATE_MS);
		t.on('end.goal', done).on('interrupt.goal', done);
		if (reset) t.call(behaviour.transform, zoomIdentity);
		else t.call(behaviour.scaleTo, k);
	};
	const disconnect = state.connect({
		scaleBy: (factor) => animateTo(clampScale((goal ?? zoomTransform(node).k) * factor), false),
		reset: () => animateTo(1, true)
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
			host.interrupt();
			host.on('.zoom', null);
			node.removeEventListener('dblclick', onDblClick);
			node.removeEventListener('keydown', onKey);
			node.removeEventListener('wheel', onWheel);
			disconnect();
		}
	};
};
