// Animated node positions for the cell graph: when the layout changes (a new step, a cell moved to another level,
// a cell added or deleted) nodes glide from where they were drawn to their new place; nodes that did not exist
// fade in. Respects prefers-reduced-motion (no animation at all then). Must be created during component setup.
import { untrack } from 'svelte';
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicOut } from 'svelte/easing';
import { lerpPositions, type Point } from './graphLayout';

type Placed = Point & { offset: number };

export class GraphMotion {
	#t = new Tween(1, { easing: cubicOut });
	/** where each node was drawn when the current animation started */
	#from = $state.raw<ReadonlyMap<number, Point>>(new Map());
	/** the target of the previous run, to know where nodes were drawn */
	#last: readonly Placed[] = [];

	#target: () => readonly Placed[];
	#enabled: () => boolean;
	#duration: number;

	/** positions to draw now, by node offset */
	positions: Map<number, Point>;
	/** 0 → 1 while an animation runs (1 at rest) */
	progress: number;

	constructor(target: () => readonly Placed[], enabled: () => boolean = () => true, duration = 650) {
		this.#target = target;
		this.#enabled = enabled;
		this.#duration = duration;
		this.positions = $derived(lerpPositions(this.#from, this.#target(), this.#t.current));
		this.progress = $derived(this.#t.current);
		$effect.pre(() => {
			const next = this.#target();
			untrack(() => {
				const drawn = lerpPositions(this.#from, this.#last, this.#t.current);
				this.#last = next;
				const moved = next.some((n) => {
					const p = drawn.get(n.offset);
					return !p || p.x !== n.x || p.y !== n.y;
				});
				if (!moved || !this.#enabled() || prefersReducedMotion.current || drawn.size === 0) {
					this.#from = new Map();
					void this.#t.set(1, { duration: 0 });
					return;
				}
				this.#from = drawn;
				void this.#t.set(0, { duration: 0 });
				void this.#t.set(1, { duration: this.#duration });
			});
		});
	}

	/** a node that did not exist when the animation started fades in */
	isNew(offset: number): boolean {
		return this.#from.size > 0 && !this.#from.has(offset);
	}
}
