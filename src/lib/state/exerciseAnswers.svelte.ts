// The exercise answers as the page holds them before the exercises' code has loaded. A link or the saved state may
// carry answers while the exercises cell is still below the fold: they wait here, the link keeps them, and they go to
// ExercisesState when it loads (when the cell loads, or at once when a link carries answers or their problems).
import type { Issue } from '$lib/arch/issues';
import type { LinkAnswers } from '$lib/arch/serialize';
import type { ExerciseContext, Lang } from '$lib/teach/exercises';
import type { ExercisesState } from './exercises.svelte';

/** What the link needs of the exercises: their answers, read and written. */
export interface ExerciseAnswers {
	toLink(): LinkAnswers | null;
	load(answers: LinkAnswers | null, problems?: readonly Issue[]): void;
}

export class LazyExercises implements ExerciseAnswers {
	/** the loaded state; null until ready() resolves */
	state = $state.raw<ExercisesState | null>(null);
	#pending = $state.raw<{ answers: LinkAnswers | null; problems: readonly Issue[] }>({ answers: null, problems: [] });
	#loading: Promise<ExercisesState> | null = null;
	readonly #create: () => Promise<ExercisesState>;

	constructor(
		ctx: () => ExerciseContext,
		lang: () => Lang,
		create: () => Promise<ExercisesState> = () =>
			import('./exercises.svelte').then((m) => new m.ExercisesState(ctx, lang))
	) {
		this.#create = create;
	}

	toLink(): LinkAnswers | null {
		return this.state ? this.state.toLink() : this.#pending.answers;
	}

	load(answers: LinkAnswers | null, problems: readonly Issue[] = []): void {
		if (this.state) return this.state.load(answers, problems);
		this.#pending = { answers, problems };
		// answers to show: load now, so the cell shows them as soon as it appears (a failed load keeps them pending)
		if (answers !== null || problems.length > 0) this.ready().catch(() => {});
	}

	/** The exercises' state, loaded once; it starts with the answers that waited. */
	ready(): Promise<ExercisesState> {
		return (this.#loading ??= this.#create().then(
			(state) => {
				state.load(this.#pending.answers, this.#pending.problems);
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
