import { describe, it, expect, beforeEach } from 'vitest';
import { ExercisesState } from '$lib/state/exercises.svelte';
import { STORAGE_KEY, type PersistenceEnv } from '$lib/state/persistence.svelte';
import { pageState } from './page';
import { NotebookState } from '$lib/state/notebook.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { decodeNotebook, encodeNotebook, ANSWER_LIMITS, type LinkAnswers, type NotebookDoc } from '$lib/arch/serialize';
import { EXERCISES } from '$lib/teach/exercises';
import { mnasPreset } from '$lib/arch/mnasnet';
import { fpnPreset } from '$lib/arch/nasfpn';

// The exercise answers as page state: ExercisesState (one card per exercise), and Persistence carrying them in the
// link and in localStorage.

class FakeEnv implements PersistenceEnv {
	fragment = '';
	items = new Map<string, string>();
	storage = {
		getItem: (k: string) => this.items.get(k) ?? null,
		setItem: (k: string, v: string) => void this.items.set(k, v),
		removeItem: (k: string) => void this.items.delete(k)
	};
	readFragment = () => this.fragment;
	writeFragment = (f: string) => void (this.fragment = f);
	pageUrl = (f: string) => `http://host/#${f}`;
}

const doc = (over: Partial<NotebookDoc> = {}): NotebookDoc => ({
	mnas: mnasPreset('lecture'),
	mnasPresetId: 'lecture',
	fpn: fpnPreset('f'),
	fpnStep: 'f',
	...over
});

function exercisesFor(nb: NotebookState): ExercisesState {
	return new ExercisesState(
		() => ({ mnas: nb.mnas, fpn: nb.fpn }),
		() => i18n.lang
	);
}

beforeEach(() => {
	i18n.lang = 'en';
});

describe('ExercisesState.toLink', () => {
	it('is null while nothing is answered, so the link has no ans', () => {
		expect(exercisesFor(new NotebookState()).toLink()).toBeNull();
	});

	it('holds one entry per exercise answered or checked, nothing for the others', () => {
		const ex = exercisesFor(new NotebookState());
		ex.card('halve-block')!.answer = 't';
		ex.check('halve-block');
		ex.card('width-half')!.answer = '0.25';
		expect(ex.toLink()).toEqual({
			'halve-block': { answer: 't', checked: 't' },
			'width-half': { answer: '0.25', checked: null }
		});
	});

	it('has a card for every exercise', () => {
		const ex = exercisesFor(new NotebookState());
		expect([...ex.cards.keys()]).toEqual(EXERCISES.map((e) => e.id));
	});
});

describe('ExercisesState.load', () => {
	// lecture block 5 (t = 6): only halving t halves its MACs exactly (tests/unit/teach/answers.test.ts, conv cost formulas, checked with PyTorch forward hooks)
	const cases: [string, LinkAnswers, string, string | null, string | null][] = [
		['a correct checked choice shows its grade', { 'halve-block': { answer: 't', checked: 't' } }, 't', 't', 'correct'],
		['a wrong checked choice', { 'halve-block': { answer: 'n', checked: 'n' } }, 'n', 'n', 'wrong'],
		[
			'changed after checking: the grade is of the checked answer',
			{ 'halve-block': { answer: 'n', checked: 't' } },
			'n',
			't',
			'correct'
		],
		['answered, not checked: no grade', { 'halve-block': { answer: 't', checked: null } }, 't', null, null],
		['checked with nothing chosen', { 'halve-block': { answer: '', checked: '' } }, '', '', 'invalid']
	];
	it.each(cases)('%s', (_n, answers, answer, checked, status) => {
		const ex = exercisesFor(new NotebookState());
		ex.load(answers);
		const card = ex.card('halve-block')!;
		expect(card.answer).toBe(answer);
		expect(card.checked).toBe(checked);
		expect(card.grade?.status ?? null).toBe(status);
		expect(ex.toLink()).toEqual(answers);
	});

	it('empties the cards a link does not answer, and lists why a link’s answers were dropped until the next Check', () => {
		const ex = exercisesFor(new NotebookState());
		ex.card('width-half')!.answer = '0.25';
		ex.load(null, [{ path: 'link.ans', message: 'must be an object', severity: 'error' }]);
		expect(ex.toLink()).toBeNull();
		expect(ex.linkProblems).toHaveLength(1);
		ex.check('halve-block');
		expect(ex.linkProblems).toEqual([]);
	});

	it('clips an over-long answer (from an old saved state or a caller) to the limit', () => {
		const ex = exercisesFor(new NotebookState());
		ex.load({ 'width-half': { answer: 'x'.repeat(500), checked: 'y'.repeat(500) } });
		expect(ex.card('width-half')!.answer).toHaveLength(ANSWER_LIMITS.chars);
		expect(ex.card('width-half')!.checked).toHaveLength(ANSWER_LIMITS.chars);
	});
});

describe('Persistence with answers', () => {
	const answers: LinkAnswers = { 'halve-block': { answer: 't', checked: 't' } };

	it('load: the link’s answers are applied, and the saved state’s when there is no link', () => {
		for (const [fragment, stored] of [
			['#' + encodeNotebook(doc({ answers })), undefined],
			['', encodeNotebook(doc({ answers }))]
		] as const) {
			const env = new FakeEnv();
			env.fragment = fragment;
			if (stored) env.items.set(STORAGE_KEY, stored);
			const page = pageState(env);
			page.p.load();
			expect(page.exercises.toLink()).toEqual(answers);
			expect(page.p.doc().answers).toEqual(answers);
		}
	});

	it('load: a valid link without ans shows no answers, even when some were saved', () => {
		const env = new FakeEnv();
		env.fragment = '#v1=e30';
		env.items.set(STORAGE_KEY, encodeNotebook(doc({ answers })));
		const page = pageState(env);
		page.p.load();
		expect(page.exercises.toLink()).toBeNull();
		expect(page.p.doc().answers).toBeUndefined();
	});

	it('load: a corrupt ans is dropped with its problems; the link’s network is applied', () => {
		const env = new FakeEnv();
		env.fragment =
			'#v1=' +
			Buffer.from(JSON.stringify({ m: { p: 'mnasnet-a1' }, ans: { 'halve-block': { a: 5 } } })).toString('base64url');
		const page = pageState(env);
		page.p.load();
		expect(page.nb.mnasPresetId).toBe('mnasnet-a1');
		expect(page.p.linkIssues).toBeNull();
		expect(page.exercises.toLink()).toBeNull();
		expect(page.exercises.linkProblems.map((i) => i.path)).toEqual(['link.ans.halve-block.a']);
	});

	it('save: the answers go into the address and into localStorage (unlike classroom fields)', () => {
		const env = new FakeEnv();
		const page = pageState(env);
		page.p.load();
		page.exercises.load(answers);
		page.classroom.setLocks(['nasfpn-edit']);
		page.p.save();
		const fromUrl = decodeNotebook(env.fragment);
		const fromStorage = decodeNotebook(env.items.get(STORAGE_KEY)!);
		if (!fromUrl.ok || !fromStorage.ok) throw new Error('did not decode');
		expect(fromUrl.value.answers).toEqual(answers);
		expect(fromUrl.value.lock).toEqual(['nasfpn-edit']);
		expect(fromStorage.value.answers).toEqual(answers);
		expect(fromStorage.value.lock).toBeUndefined();
	});

	it('linkWith: a classroom or tour link leaves the sender’s answers out', () => {
		const page = pageState(new FakeEnv());
		page.exercises.load(answers);
		expect(page.p.link()).not.toBe('http://host/#v1=e30');
		expect(page.p.linkWith({ lock: ['fpn.edit'] })).toBe(
			'http://host/#' + encodeNotebook(doc({ lang: 'en', lock: ['fpn.edit'] }))
		);
		const r = decodeNotebook(page.p.linkWith({ tour: 1 }).split('#')[1]);
		expect(r.ok && r.value.answers).toBeUndefined();
	});
});
