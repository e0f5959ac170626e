// Svelte action: horizontal dragging through d3-drag, with a mouse or a pen. The action only reports the offset;
// the component keeps it in state and Svelte moves the box, so D3 never touches the markup. Touch is left alone
// (not `touchable`): a finger swiping over the diagram scrolls it, and d3 would otherwise set `touch-action: none`
// and turn every swipe into a reorder. Touch users reorder with the toolbar's move buttons.
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import type { Action } from 'svelte/action';

export interface DragXOptions {
	/** false turns dragging off (e.g. the stem, or a classroom lock) */
	enabled?: boolean;
	onStart?: () => void;
	onMove: (dx: number) => void;
	onEnd: (dx: number) => void;
}

export const dragX: Action<HTMLElement, DragXOptions> = (node, initial) => {
	let opts = initial;
	let startX = 0;
	const behaviour = drag<HTMLElement, unknown>()
		.filter((event: MouseEvent) => opts.enabled !== false && !event.ctrlKey && !event.button)
		.touchable(false)
		// a click that wobbles a few pixels is still a click (it selects the box)
		.clickDistance(4)
		.on('start', (event) => {
			startX = event.x;
			opts.onStart?.();
		})
		.on('drag', (event) => opts.onMove(event.x - startX))
		.on('end', (event) => opts.onEnd(event.x - startX));
	select<HTMLElement, unknown>(node).call(behaviour);
	return {
		update(next: DragXOptions) {
			opts = next;
		},
		destroy() {
			select(node).on('.drag', null);
		}
	};
};
