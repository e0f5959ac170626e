// The notebook's cells below the first screen, loaded as separate chunks once the page has started: the first load
// carries the article, the MnasNet and NAS-FPN cells, and none of the latency, compare, exercise, export or classroom
// code. The prerendered page shows their sections (title and lead); the cell itself appears when its chunk arrives.
// Each loader is memoised so a re-rendered section does not ask again (a failed load is asked again next time).
function once<T>(load: () => Promise<T>): () => Promise<T> {
	let chunk: Promise<T> | null = null;
	return () =>
		(chunk ??= load().catch((e: unknown) => {
			chunk = null;
			throw e;
		}));
}

export const LAZY_CELLS = {
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
