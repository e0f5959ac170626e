import { describe, it, expect } from 'vitest';
import { ExercisesState } from '$lib/state/exercises.svelte';
import { LazyExercises } from '$lib/state/exerciseAnswers.svelte';
import { NotebookState } from '$lib/state/notebook.svelte';
import { error } from '$lib/arch/issues';
import type { LinkAnswers } from '$lib/arch/serialize';

// LazyExercises: the answers a link or the saved state carries wait until ExercisesState has loaded, and the link
// keeps them meanwhile.

function lazy(fail = false) {
	const nb = new NotebookState();
	let creates = 0;
	const answers = new LazyExercises(
		() => ({ mnas: nb.mnas, fpn: nb.fpn }),
		() => 'en',
		async () => {
			creates++;
			if (fail) throw new Error('offline');
			return new ExercisesState(
				() => ({ mnas: nb.mnas, fpn: nb.fpn }),
				() => 'en'
			);
		}
	);
	return { answers, creates: () => creates };
}

const ANSWERS: LinkAnswers = { 'halve-block': { answer: 't', checked: 't' } };

describe('LazyExercises.toLink', () => {
	it('is null with nothing loaded and no answers, and loads nothing', () => {
		const { answers, creates } = lazy();
		answers.load(null);
		expect([answers.toLink(), answers.state, creates()]).toEqual([null, null, 0]);
	});

	it('keeps a link’s answers while the exercises load, and the loaded state shows them', async () => {
		const { answers, creates } = lazy();
		answers.load(ANSWERS);
		expect(answers.toLink()).toEqual(ANSWERS);
		const state = await answers.ready();
		expect([state.toLink(), answers.toLink(), creates()]).toEqual([ANSWERS, ANSWERS, 1]);
		expect(state.card('halve-block')?.checked).toBe('t');
	});
});

describe('LazyExercises.load', () => {
	it('goes to the loaded state once it is there', async () => {
		const { answers } = lazy();
		const state = await answers.ready();
		answers.load(ANSWERS, [error('link.ans', 'bad')]);
		expect(state.toLink()).toEqual(ANSWERS);
		expect(state.linkProblems.map((p) => p.path)).toEqual(['link.ans']);
		answers.load(null);
		expect(answers.toLink()).toBeNull();
	});

	it('a failed load keeps the answers for the link and is asked again', async () => {
		const { answers, creates } = lazy(true);
		answers.load(ANSWERS);
		await expect(answers.ready()).rejects.toThrow('offline');
		expect([answers.toLink(), answers.state, creates()]).toEqual([ANSWERS, null, 1]);
		await expect(answers.ready()).rejects.toThrow('offline');
		expect(creates()).toBe(2);
	});
});
