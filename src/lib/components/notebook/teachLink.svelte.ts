// Connects the teaching features (classroom locks, guided tour, Compare cell, exercise answers) to the notebook's
// link: what a link carries opens them, and what they show goes back into the address bar. The link fields are the
// codec's (`lock`, `tour`, `cmp`, `ans` in $lib/arch/serialize/codec.ts); the teaching states keep their own shapes.
// The answers also come from, and go to, localStorage (Persistence saves them with the network).
import { untrack } from 'svelte';
import type { ClassroomState } from '$lib/state/classroom.svelte';
import type { CompareState } from '$lib/state/compare.svelte';
import type { ExercisesState } from '$lib/state/exercises.svelte';
import type { Persistence } from '$lib/state/persistence.svelte';
import type { TourState } from '$lib/state/tour.svelte';
import type { LockedNetworks } from '$lib/teach/locks';


export interface Teaching {
	classroom: ClassroomState;
	tour: TourState;
	compare: CompareState;
	/** optional: a page without the exercises cell has none */
	exercises?: ExercisesState;
	/** the networks on screen: a classroom link's reset goes back to what it opened with */
	network?: () => LockedNetworks;
}

/** Apply the link's fields to the teaching states: a link shows exactly its locks, tour step and comparison. */
export function openFromLink(p: Persistence, t: Teaching): void {
	// `?teacher` in the address keeps the teacher's exit button (a student's link has no query string).
	const teacher = typeof location !== 'undefined' && new URLSearchParams(location.search).has('teacher');
	t.classroom.loadIds(p.extras.lock.length > 0 ? p.extras.lock : null, { teacher });
	t.classroom.setTeacherNetwork(t.classroom.active && t.network ? t.network() : null);
	t.compare.fromLink(p.extras.compare);
	if (p.extras.tour !== null) void t.tour.start(p.extras.tour);
	else if (t.tour.active) t.tour.end();
}

/**
 * Two-way link for the teaching states; returns the cleanup. Call from onMount after Persistence.load: every link
 * applied (the first one, and any pasted into the address bar later) opens them, and their changes go into the link.
 */
export function syncToLink(p: Persistence, t: Teaching): () => void {
	return $effect.root(() => {
		$effect.pre(() => {
			if (p.extrasFromLink > 0) untrack(() => openFromLink(p, t));
		});
		$effect.pre(() => {
			if (p.answersApplied > 0) untrack(() => t.exercises?.load(p.extras.answers, p.extras.answersDropped));
		});
		$effect(() => {
			if (t.exercises) p.extras.answers = t.exercises.toLink();
		});
		$effect(() => {
			const locks = [...t.classroom.locks];
			const same = locks.length === p.extras.lock.length && locks.every((id, i) => id === p.extras.lock[i]);
			if (!same) p.extras.lock = locks;
		});
		$effect(() => {
			p.extras.tour = t.tour.index;
		});
		$effect(() => {
			p.extras.compare = t.compare.toLink();
		});
	});
}
