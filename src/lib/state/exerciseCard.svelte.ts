// One exercise card: the student's answer, and the grade of the answer last checked. The grade is derived from
// the live networks, so the revealed numbers follow any edit made after pressing Check. The cards live in
// ExercisesState ($lib/state/exercises.svelte.ts), which the link and localStorage read and write.
import { gradeExercise, type Exercise, type ExerciseContext, type Grade, type Lang } from '$lib/teach/exercises';

export class ExerciseCardState {
	/** the chosen option id, or the typed text */
	answer = $state('');
	/** the answer as it was when Check was pressed (null: not checked yet) */
	checked = $state<string | null>(null);

	readonly exercise: Exercise;
	readonly #ctx: () => ExerciseContext;
	readonly #lang: () => Lang;

	constructor(exercise: Exercise, ctx: () => ExerciseContext, lang: () => Lang) {
		this.exercise = exercise;
		this.#ctx = ctx;
		this.#lang = lang;
	}

	/** Recomputed from the live networks on every read (the component memoizes it with $derived). */
	get grade(): Grade | null {
		return this.checked === null ? null : gradeExercise(this.exercise, this.#ctx(), this.checked, this.#lang());
	}

	check(): void {
		this.checked = this.answer;
	}

	reset(): void {
		this.answer = '';
		this.checked = null;
	}
}
