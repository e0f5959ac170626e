// The teaching features (classroom locks, guided tour, Compare cell, exercise answers) as the notebook's link sees
// them: the link's fields are read from each state's live value (`toLink()`), and a link's fields open them. Nothing
// is mirrored: Persistence derives the link from these states. The fields are the codec's (`lock`, `tour`, `cmp`,
// `ans` in $lib/arch/serialize/codec.ts); the teaching states keep their own shapes.
import type { NotebookDoc } from '$lib/arch/serialize';
import type { ClassroomState } from './classroom.svelte';
import type { CompareLink } from './compareLink.svelte';
import type { ExerciseAnswers } from './exerciseAnswers.svelte';
import type { TeachingLink } from './persistence.svelte';
import type { TourState } from './tour.svelte';
import type { LockedNetworks } from '$lib/teach/locks';

export interface Teaching {
	classroom: ClassroomState;
	tour: TourState;
	compare: CompareLink;
	/** optional: a page without the exercises cell has none */
	exercises?: ExerciseAnswers;
	/** the networks on screen: a classroom link's reset goes back to what it opened with */
	network?: () => LockedNetworks;
}

/** `?teacher` in the address keeps the teacher's exit button (a student's link has no query string). */
function openedByTeacher(): boolean {
	return typeof location !== 'undefined' && new URLSearchParams(location.search).has('teacher');
}

export function teachingLink(t: Teaching, teacher: () => boolean = openedByTeacher): TeachingLink {
	return {
		toLink: () => ({
			lock: [...t.classroom.locks],
			tour: t.tour.index ?? undefined,
			compare: t.compare.toLink() ?? undefined,
			answers: t.exercises?.toLink() ?? undefined
		}),
		// a link shows exactly its locks, tour step, comparison and answers
		openLink(doc: NotebookDoc): void {
			t.classroom.loadIds(doc.lock && doc.lock.length > 0 ? doc.lock : null, { teacher: teacher() });
			t.classroom.setTeacherNetwork(t.classroom.active && t.network ? t.network() : null);
			t.compare.fromLink(doc.compare ?? null);
			// the link's network is the page now: a tour it opens gives back that network when it ends, not an older one
			t.tour.close();
			if (doc.tour !== undefined) void t.tour.start(doc.tour);
			t.exercises?.load(doc.answers ?? null, doc.answersDropped ?? []);
		},
		openSaved(answers): void {
			t.exercises?.load(answers);
		}
	};
}
