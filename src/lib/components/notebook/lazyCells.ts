// The notebook's cells below the first screen, loaded as separate chunks once the first screen is done: the first
// load carries the article and the MnasNet cell, and none of the NAS-FPN, latency, compare, exercise, export or
// classroom code. The prerendered page shows their sections (title and lead); a cell appears when its chunk arrives,
// which is on the reader's first scroll, key or pointer press, or when the browser is idle a moment after the start.
// Each loader is memoised so a re-rendered section does not ask again (a failed load is asked again next time).

/** Wait before loading the rest while nobody touches the page (the first screen gets the network and the CPU). */
const IDLE_DELAY_MS = 2000;
const WAKE_EVENTS = ['scroll', 'wheel', 'pointerdown', 'keydown', 'touchstart', 'focusin'] as const;

let firstScreenDone: Promise<void> | null = null;

/** Resolves on the reader's first scroll, key or pointer press, or a moment after the start when nobody touches the page. */
export function afterFirstScreen(): Promise<void> {
	if (typeof window === 'undefined') return new Promise(() => {}); // prerendering: the cells render in the browser
	return (firstScreenDone ??= new Promise<void>((resolve) => {
		const done = () => {
			for (const e of WAKE_EVENTS) window.removeEventListener(e, done, true);
			clearTimeout(timer);
			resolve();
		};
		for (const e of WAKE_EVENTS) window.addEventListener(e, done, { capture: true, passive: true });
		const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 0));
		// `done` runs only from an event or this timer, both later than this line
		const timer = setTimeout(() => idle(done), IDLE_DELAY_MS);
	}));
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
	let chunk: Promise<T> | null = null;
	return () =>
		(chunk ??= afterFirstScreen()
			.then(load)
			.catch((e: unknown) => {
				chunk = null;
				throw e;
			}));
}

export const LAZY_CELLS = {
	nasfpn: once(() => import('$lib/components/nasfpn/NasfpnCell.svelte')),
	latency: once(() => import('$lib/components/latency/LatencyPanel.svelte')),
	compare: once(() => import('$lib/components/compare/ComparePanel.svelte')),
	exercises: once(() => import('$lib/components/exercises/ExerciseList.svelte')),
	export: once(() => import('$lib/components/export/ExportPanel.svelte')),
	classroom: once(() => import('$lib/components/classroom/ClassroomPanel.svelte')),
	searchExplorer: once(() => import('$lib/components/search/SearchExplorer.svelte')),
	searchPanel: once(() => import('$lib/components/search/SearchPanel.svelte')),
	searchLoop: once(() => import('$lib/components/papers/SearchLoop.svelte')),
	rewardExplorer: once(() => import('$lib/components/papers/RewardExplorer.svelte')),
	nasfpnScaling: once(() => import('$lib/components/papers/NasfpnScaling.svelte'))
};
