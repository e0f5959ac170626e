// The notebook's exercise answers: one ExerciseCardState per exercise, kept here (not in the cards' components) so
// the link and localStorage can carry them (`ans`, $lib/arch/serialize/answers.ts). Only the answers are kept; every
// grade is derived from the live networks when read.
import type { Issue } from '$lib/arch/issues';
import { clipAnswer, isExerciseId, type LinkAnswers } from '$lib/arch/serialize';
import { ExerciseCardState } from './exerciseCard.svelte';
import { EXERCISES, type ExerciseContext, type Lang } from '$lib/teach/exercises';

export class ExercisesState {
	/** by exercise id, in EXERCISES order */
	readonly cards: ReadonlyMap<string, ExerciseCardState>;
	/** why the last applied link's answers were left out; cleared when the student checks an answer */
	linkProblems = $state.raw<Issue[]>([]);

	constructor(ctx: () => ExerciseContext, lang: () => Lang) {
		this.cards = new Map(EXERCISES.map((ex) => [ex.id, new ExerciseCardState(ex, ctx, lang)]));
	}

	card(id: string): ExerciseCardState | undefined {
		return this.cards.get(id);
	}

	/** Grade a card's answer (its Check button). */
	check(id: string): void {
		this.cards.get(id)?.check();
		this.linkProblems = [];
	}

	/** The answers for a link: only exercises answered or checked; null when there are none. Reactive. */
	toLink(): LinkAnswers | null {
		const out: LinkAnswers = {};
		for (const [id, card] of this.cards) {
			if (!isExerciseId(id) || (card.answer === '' && card.checked === null)) continue;
			out[id] = { answer: card.answer, checked: card.checked };
		}
		return Object.keys(out).length > 0 ? out : null;
	}

	/** Show exactly the answers a link or the saved state carries (none: every card empty), and why any were dropped. */
	load(answers: LinkAnswers | null, problems: readonly Issue[] = []): void {
		for (const [id, card] of this.cards) {
			const a = isExerciseId(id) ? answers?.[id] : undefined;
			card.answer = clipAnswer(a?.answer ?? '');
			card.checked = a && a.checked !== null ? clipAnswer(a.checked) : null;
		}
		this.linkProblems = [...problems];
	}
}
