// The notebook's state as +page.svelte wires it: NotebookState, the teaching states, and Persistence deriving the
// link from all of them (teachingLink). No DOM: the tour does not scroll.
import { NotebookState } from '$lib/state/notebook.svelte';
import { Persistence, type PersistenceEnv } from '$lib/state/persistence.svelte';
import { ClassroomState } from '$lib/state/classroom.svelte';
import { CompareState } from '$lib/state/compare.svelte';
import { ExercisesState } from '$lib/state/exercises.svelte';
import { TourState } from '$lib/state/tour.svelte';
import { TOUR_STEPS } from '$lib/teach/tourSteps';
import { teachingLink, type Teaching } from '$lib/state/teachingLink';
import { i18n } from '$lib/i18n/i18n.svelte';

export interface Page extends Teaching {
	nb: NotebookState;
	p: Persistence;
	exercises: ExercisesState;
}

export function pageState(env: PersistenceEnv): Page {
	const nb = new NotebookState();
	const teaching = {
		classroom: new ClassroomState(),
		tour: new TourState(nb, { steps: TOUR_STEPS, scroll: () => {} }),
		compare: new CompareState(nb),
		exercises: new ExercisesState(
			() => ({ mnas: nb.mnas, fpn: nb.fpn }),
			() => i18n.lang
		)
	};
	const p = new Persistence(
		nb,
		env,
		teachingLink(teaching, () => false)
	);
	return { nb, p, ...teaching };
}

/** Storage in memory; `fail` makes it throw like a blocked (SecurityError) or full (QuotaExceededError) one. */
export class MemoryStorage {
	items = new Map<string, string>();
	fail: 'none' | 'read' | 'write' = 'none';
	getItem = (k: string): string | null => {
		if (this.fail === 'read') throw new Error('SecurityError');
		return this.items.get(k) ?? null;
	};
	setItem = (k: string, v: string): void => {
		if (this.fail !== 'none') throw new Error('QuotaExceededError');
		this.items.set(k, v);
	};
	removeItem = (k: string): void => void this.items.delete(k);
}
