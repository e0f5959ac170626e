// The `ans` field of a notebook link: the student's exercise answers, so a reload or a link sent to the teacher
// keeps them. Layout, by exercise id (only ids in EXERCISE_IDS):
//
//   ans   {"<exercise id>": {"a": <answer>, "c": <checked>}, …}
//           a   the chosen option id or the typed text ("" when absent)
//           c   true: checked with the answer as it is now; text: checked with that other answer; absent: not checked
//
// An exercise with no answer and no check is left out, and a link without any answer has no `ans`. Answers are
// untrusted user text: at most ANSWER_LIMITS.chars characters each, shown only with text interpolation. Grades are
// not stored: the page grades the checked answer against the live network. A bad `ans` does not reject the link; it
// is dropped as a whole and its problems are listed (codec.ts puts them in `answersDropped`).
import { z } from 'zod/mini'; // the functional build: only the checks used reach the page
import { error, type Issue } from '../issues';
import { isPlainObject, own, show, type Json } from './read';

/**
 * The exercises a link may answer. They are the ids of $lib/teach/exercises.ts (EXERCISES), listed here because this
 * folder imports nothing from the app; a unit test keeps the two lists equal.
 */
export const EXERCISE_IDS = [
	'halve-block',
	'costliest-cell',
	'width-half',
	'resolution-vs-width',
	'finest-share',
	'double-channels',
	'reward-winner'
] as const;

export type ExerciseId = (typeof EXERCISE_IDS)[number];

export function isExerciseId(v: unknown): v is ExerciseId {
	return typeof v === 'string' && (EXERCISE_IDS as readonly string[]).includes(v);
}

/** One exercise's state as a link carries it: the answer shown, and the answer last checked (null: not checked). */
export interface LinkAnswer {
	answer: string;
	checked: string | null;
}

export type LinkAnswers = Partial<Record<ExerciseId, LinkAnswer>>;

export const ANSWER_LIMITS = {
	/** characters (UTF-16 code units, as an input's maxlength counts them) of one answer */
	chars: 200,
	/** entries: one per exercise at most */
	entries: EXERCISE_IDS.length
} as const;

/** Clip to at most `max` code units without splitting a surrogate pair. */
export function clipAnswer(text: string, max: number = ANSWER_LIMITS.chars): string {
	if (text.length <= max) return text;
	let out = '';
	for (const ch of text) {
		if (out.length + ch.length > max) break;
		out += ch;
	}
	return out;
}

/** The `ans` value for `answers`, or undefined when nothing is answered (the link then has no `ans`). */
export function encodeAnswers(answers: LinkAnswers | undefined): Json | undefined {
	if (!answers) return undefined;
	const out: Record<string, Json> = {};
	for (const id of EXERCISE_IDS) {
		const entry = own(answers, id) as LinkAnswer | undefined;
		if (!entry) continue;
		const a = clipAnswer(entry.answer);
		const c = entry.checked === null ? null : clipAnswer(entry.checked);
		if (a === '' && c === null) continue;
		const e: Record<string, Json> = {};
		if (a !== '') e.a = a;
		if (c !== null) e.c = c === a ? true : c;
		out[id] = e;
	}
	return Object.keys(out).length > 0 ? out : undefined;
}

const text = z.string().check(z.maxLength(ANSWER_LIMITS.chars));
const entrySchema = z.strictObject({ a: z.optional(text), c: z.optional(z.union([z.literal(true), text])) });
const answersSchema = z.strictObject(
	Object.fromEntries(EXERCISE_IDS.map((id) => [id, z.optional(entrySchema)])) as Record<
		ExerciseId,
		z.ZodMiniOptional<typeof entrySchema>
	>
);

const clip = (k: PropertyKey) => {
	const s = String(k);
	return s.length > 24 ? s.slice(0, 24) + '…' : s;
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let v = root;
	for (const k of path) v = isPlainObject(v) && typeof k === 'string' ? own(v, k) : undefined;
	return v;
}

/** One zod issue as our issues, in words a student reads (keys and values clipped; plain text). */
function fromZod(issue: z.core.$ZodIssue, root: unknown, base: string): Issue[] {
	const where = [base, ...issue.path.map(clip)].join('.');
	const got = valueAt(root, issue.path);
	const last = issue.path[issue.path.length - 1];
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.map((k) =>
				issue.path.length === 0
					? error(
							`${base}.${clip(k)}`,
							`is not an exercise of this notebook (the exercises are ${EXERCISE_IDS.join(', ')}).`
						)
					: error(`${where}.${clip(k)}`, 'is not a field of an answer (the fields are a and c).')
			);
		case 'too_big':
			return [
				error(
					where,
					`is ${typeof got === 'string' ? got.length : '?'} characters long; an answer has at most ${ANSWER_LIMITS.chars}.`
				)
			];
		case 'invalid_union':
			return [error(where, `must be true or the checked answer as text, not ${show(got)}.`)];
		case 'invalid_type':
			if (issue.path.length === 0)
				return [error(where, `must be an object of answers by exercise id, not ${show(got)}.`)];
			if (last === 'a') return [error(where, `must be text, not ${show(got)}.`)];
			return [error(where, `must be an object {"a": answer, "c": checked}, not ${show(got)}.`)];
		default:
			return [error(where, `is not a valid answer (${show(got)}).`)];
	}
}

/**
 * Read a link's `ans` (undefined: the link has none). Either every answer, or none with the reasons: one bad entry
 * drops the field, since a tampered field is not worth reading in part. `base` names the field in messages.
 */
export function decodeAnswers(
	v: unknown,
	base = 'link.ans'
): { ok: true; value: LinkAnswers } | { ok: false; issues: Issue[] } {
	if (isPlainObject(v) && Object.keys(v).length > ANSWER_LIMITS.entries + 8) {
		// far more keys than exercises: say so once instead of listing each
		return {
			ok: false,
			issues: [error(base, `has ${Object.keys(v).length} answers; there are only ${ANSWER_LIMITS.entries} exercises.`)]
		};
	}
	const parsed = answersSchema.safeParse(v);
	if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap((i) => fromZod(i, v, base)) };
	const value: LinkAnswers = {};
	for (const id of EXERCISE_IDS) {
		const e = own(parsed.data, id) as { a?: string; c?: true | string } | undefined;
		if (!e) continue;
		const answer = e.a ?? '';
		value[id] = { answer, checked: e.c === true ? answer : (e.c ?? null) };
	}
	return { ok: true, value };
}
