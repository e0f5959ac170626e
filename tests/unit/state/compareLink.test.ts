import { describe, it, expect } from 'vitest';
import { CompareState } from '$lib/state/compare.svelte';
import { LazyCompare } from '$lib/state/compareLink.svelte';
import { NotebookState } from '$lib/state/notebook.svelte';
import type { CompareRef } from '$lib/arch/serialize';

// LazyCompare: a link's `cmp` pair waits until CompareState has loaded, and the link keeps it meanwhile.

function lazy(fail = false) {
	const nb = new NotebookState();
	let creates = 0;
	const compare = new LazyCompare(nb, async () => {
		creates++;
		if (fail) throw new Error('offline');
		return new CompareState(nb);
	});
	return { compare, creates: () => creates };
}

/** a pair CompareState writes back as it is (not the default pair): the lecture network against the live edit */
function pairOf(): [CompareRef, CompareRef] {
	const nb = new NotebookState();
	const state = new CompareState(nb);
	state.pick('right', 'm.current');
	return state.toLink()!;
}

describe('LazyCompare.toLink', () => {
	it('is null with no pair, and loads nothing', () => {
		const { compare, creates } = lazy();
		compare.fromLink(null);
		expect([compare.toLink(), compare.state, creates()]).toEqual([null, null, 0]);
	});

	it('keeps a link’s pair while the cell loads; the loaded state gives the same pair', async () => {
		const pair = pairOf();
		expect(pair).toHaveLength(2);
		const { compare, creates } = lazy();
		compare.fromLink(pair);
		expect(compare.toLink()).toEqual(pair);
		const state = await compare.ready();
		expect([state.toLink(), compare.toLink(), creates()]).toEqual([pair, pair, 1]);
	});
});

describe('LazyCompare.fromLink', () => {
	it('goes to the loaded state once it is there', async () => {
		const { compare } = lazy();
		const state = await compare.ready();
		const pair = pairOf();
		compare.fromLink(pair);
		expect(state.toLink()).toEqual(pair);
		compare.fromLink(null);
		expect(compare.toLink()).toBeNull();
	});

	it('a failed load keeps the pair for the link and is asked again', async () => {
		const pair = pairOf();
		const { compare, creates } = lazy(true);
		compare.fromLink(pair);
		await expect(compare.ready()).rejects.toThrow('offline');
		expect([compare.toLink(), compare.state, creates()]).toEqual([pair, null, 1]);
		await expect(compare.ready()).rejects.toThrow('offline');
		expect(creates()).toBe(2);
	});
});
