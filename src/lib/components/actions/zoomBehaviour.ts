// The d3 half of the zoomPan action: d3-zoom on the diagram's host element, reported to its ZoomState, the ZoomState's
// buttons connected to it, and the animated button steps (d3-transition). Loaded by zoomPan after the diagram is on
// screen, so d3-zoom and d3-transition stay out of the page's first load.
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition() / interrupt() (the animated zoom buttons)
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { ZOOM_EXTENT, allowsGesture, clampScale, constrainView, wheelDelta, type Extent } from './zoomMath';
import type { ZoomState } from './zoomState.svelte';

const ANIMATE_MS = 180;

function reducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Attaches d3-zoom to `node`; `onControl` says whether a press started on a control (no pan then). Returns detach. */
export function attachZoom(
	node: Element,
	state: ZoomState,
	onControl: (target: EventTarget | null) => boolean
): () => void {
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

	return () => {
		host.interrupt();
		host.on('.zoom', null);
		disconnect();
	};
}
