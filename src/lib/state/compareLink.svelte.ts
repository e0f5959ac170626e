// The Compare cell's sides as the page holds them before the cell's code has loaded: a link's `cmp` pair waits here
// (the link keeps it) and goes to CompareState when it loads (with the cell, or at once when a link carries a pair).
import type { CompareRef as LinkRef } from '$lib/arch/serialize';
import type { CompareState } from './compare.svelte';
import type { NotebookState } from './notebook.svelte';

type LinkPair = readonly [LinkRef, LinkRef];

/** What the link needs of the Compare cell: its pair, read and written. */
export interface CompareLink {
	toLink(): [LinkRef, LinkRef] | null;
	fromLink(pair: LinkPair | null): void;
}

export class LazyCompare implements CompareLink {
	/** the loaded state; null until ready() resolves */
	state = $state.raw<CompareState | null>(null);
	#pending = $state.raw<LinkPair | null>(null);
	#loading: Promise<CompareState> | null = null;
	readonly #create: () => Promise<CompareState>;

	constructor(
		nb: NotebookState,
		create: () => Promise<CompareState> = () => import('./compare.svelte').then((m) => new m.CompareState(nb))
	) {
		this.#create = create;
	}

	toLink(): [LinkRef, LinkRef] | null {
		if (this.state) return this.state.toLink();
		return this.#pending ? [this.#pending[0], this.#pending[1]] : null;
	}

	fromLink(pair: LinkPair | null): void {
		if (this.state) return this.state.fromLink(pair);
		this.#pending = pair;
		if (pair !== null) this.ready().catch(() => {}); // a failed load keeps the pair for the link
	}

	/** The Compare cell's state, loaded once; it starts with the pair that waited. */
	ready(): Promise<CompareState> {
		return (this.#loading ??= this.#create().then(
			(state) => {
				if (this.#pending !== null) state.fromLink(this.#pending);
				this.state = state;
				return state;
			},
			(e: unknown) => {
				this.#loading = null;
				throw e;
			}
		));
	}
}
