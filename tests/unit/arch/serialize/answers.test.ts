import { describe, it, expect } from 'vitest';
import {
	ANSWER_LIMITS,
	EXERCISE_IDS,
	clipAnswer,
	decodeNotebook,
	encodeNotebook,
	type LinkAnswers,
	type NotebookDoc
} from '$lib/arch/serialize';
import { decodeAnswers } from '$lib/arch/serialize/answers';
import { EXERCISES } from '$lib/teach/exercises';
import { mnasPreset } from '$lib/arch/mnasnet';
import { fpnPreset } from '$lib/arch/nasfpn';

// The `ans` field of a notebook link (layout in src/lib/arch/serialize/answers.ts and codec.ts).

const defaults = (over: Partial<NotebookDoc> = {}): NotebookDoc => ({
	mnas: mnasPreset('lecture'),
	mnasPresetId: 'lecture',
	fpn: fpnPreset('f'),
	fpnStep: 'f',
	...over
});

/** A link whose payload is the given JSON text, exactly as written (so hostile keys stay keys). */
const linkText = (json: string) => 'v1=' + Buffer.from(json, 'utf8').toString('base64url');
const link = (obj: unknown) => linkText(JSON.stringify(obj));
const payload = (fragment: string) => JSON.parse(Buffer.from(fragment.slice(3), 'base64url').toString('utf8'));

describe('EXERCISE_IDS', () => {
	it('lists exactly the ids of the exercises the page shows, in order', () => {
		expect([...EXERCISE_IDS]).toEqual(EXERCISES.map((e) => e.id));
	});
});

describe('encodeNotebook / decodeNotebook with answers (ans)', () => {
	const cases: [string, LinkAnswers, unknown][] = [
		[
			'a choice answered, not checked',
			{ 'halve-block': { answer: 't', checked: null } },
			{ 'halve-block': { a: 't' } }
		],
		[
			'a choice checked as it is',
			{ 'halve-block': { answer: 't', checked: 't' } },
			{ 'halve-block': { a: 't', c: true } }
		],
		[
			'changed after checking',
			{ 'width-half': { answer: '0.25', checked: '25%' } },
			{ 'width-half': { a: '0.25', c: '25%' } }
		],
		['checked with nothing typed', { 'finest-share': { answer: '', checked: '' } }, { 'finest-share': { c: true } }],
		['checked, then cleared', { 'finest-share': { answer: '', checked: '40' } }, { 'finest-share': { c: '40' } }],
		[
			'markup and Korean text, kept as text',
			{ 'width-half': { answer: '<img src=x onerror=alert(1)>', checked: '절반 😀' } },
			{ 'width-half': { a: '<img src=x onerror=alert(1)>', c: '절반 😀' } }
		],
		[
			'every exercise at the length limit',
			Object.fromEntries(
				EXERCISE_IDS.map((id) => [
					id,
					{ answer: 'x'.repeat(ANSWER_LIMITS.chars), checked: 'y'.repeat(ANSWER_LIMITS.chars) }
				])
			),
			Object.fromEntries(
				EXERCISE_IDS.map((id) => [id, { a: 'x'.repeat(ANSWER_LIMITS.chars), c: 'y'.repeat(ANSWER_LIMITS.chars) }])
			)
		]
	];
	it.each(cases)('%s: written compactly and read back the same', (_name, answers, json) => {
		const text = encodeNotebook(defaults({ answers }));
		expect(payload(text).ans).toEqual(json);
		const back = decodeNotebook(text);
		if (!back.ok) throw new Error(back.issues.map((i) => i.message).join('; '));
		expect(back.value.answers).toEqual(answers);
		expect(back.value.answersDropped).toBeUndefined();
		expect(encodeNotebook(back.value)).toBe(text);
	});

	it('leaves ans out when nothing is answered, so the default link is still #v1=e30 ("{}")', () => {
		expect(encodeNotebook(defaults({ answers: {} }))).toBe('v1=e30');
		expect(encodeNotebook(defaults({ answers: { 'halve-block': { answer: '', checked: null } } }))).toBe('v1=e30');
	});

	it('keeps the other fields when answers are added (ans is last)', () => {
		const text = encodeNotebook(
			defaults({
				mnas: { ...mnasPreset('lecture'), widthMult: 1.25 },
				tour: 2,
				answers: { 'halve-block': { answer: 't', checked: 't' } }
			})
		);
		expect(Object.keys(payload(text))).toEqual(['m', 'tour', 'ans']);
	});

	it('clips an over-long answer to the limit when writing, so a written link always reads back', () => {
		const long = 'é'.repeat(ANSWER_LIMITS.chars + 50);
		const back = decodeNotebook(
			encodeNotebook(defaults({ answers: { 'width-half': { answer: long, checked: long } } }))
		);
		if (!back.ok) throw new Error('did not decode');
		expect(back.value.answers?.['width-half']).toEqual({
			answer: 'é'.repeat(ANSWER_LIMITS.chars),
			checked: 'é'.repeat(ANSWER_LIMITS.chars)
		});
	});
});

describe('decodeNotebook: old links without ans', () => {
	it.each([
		['the defaults', 'v1=e30'],
		['lecture at width 1.25 (the example in codec.ts)', 'v1=eyJtIjp7InciOjEuMjV9fQ'],
		['a tour step and a lock', link({ lock: ['fpn.edit'], tour: 3 })]
	])('%s: no answers, nothing dropped', (_n, fragment) => {
		const r = decodeNotebook(fragment);
		if (!r.ok) throw new Error('did not decode');
		expect(r.value.answers).toBeUndefined();
		expect(r.value.answersDropped).toBeUndefined();
		expect(r.warnings.filter((w) => w.path.startsWith('link.ans'))).toEqual([]);
	});
});

describe('decodeNotebook: a corrupt ans is dropped with a message; the rest of the link applies', () => {
	const cases: [string, string, RegExp][] = [
		[
			'not an object',
			link({ m: { w: 1.25 }, ans: 'halve-block=t' }),
			/^link\.ans: must be an object of answers by exercise id/
		],
		['a list', link({ m: { w: 1.25 }, ans: [['halve-block', 't']] }), /^link\.ans: must be an object/],
		[
			'an answer that is a number',
			link({ m: { w: 1.25 }, ans: { 'width-half': { a: 0.25 } } }),
			/^link\.ans\.width-half\.a: must be text, not 0\.25/
		],
		[
			'an entry that is text',
			link({ m: { w: 1.25 }, ans: { 'width-half': '0.25' } }),
			/^link\.ans\.width-half: must be an object \{"a": answer/
		],
		[
			'checked as a number',
			link({ m: { w: 1.25 }, ans: { 'width-half': { a: '1', c: 1 } } }),
			/^link\.ans\.width-half\.c: must be true or the checked answer as text, not 1/
		],
		[
			'checked as false',
			link({ m: { w: 1.25 }, ans: { 'width-half': { a: '1', c: false } } }),
			/^link\.ans\.width-half\.c: must be true or/
		],
		[
			'an unknown field in an entry',
			link({ m: { w: 1.25 }, ans: { 'width-half': { a: '1', g: 'correct' } } }),
			/^link\.ans\.width-half\.g: is not a field of an answer/
		],
		[
			'an unknown exercise id',
			link({ m: { w: 1.25 }, ans: { 'exam-answer-key': { a: '1' } } }),
			/^link\.ans\.exam-answer-key: is not an exercise of this notebook/
		],
		[
			'a __proto__ key',
			linkText('{"m":{"w":1.25},"ans":{"__proto__":{"a":"t"}}}'),
			/^link\.ans\.__proto__: is not an exercise/
		],
		[
			'a constructor key',
			linkText('{"m":{"w":1.25},"ans":{"constructor":{"a":"t"}}}'),
			/^link\.ans\.constructor: is not an exercise/
		],
		[
			'an over-long answer',
			link({ m: { w: 1.25 }, ans: { 'width-half': { a: 'x'.repeat(ANSWER_LIMITS.chars + 1) } } }),
			/^link\.ans\.width-half\.a: is 201 characters long; an answer has at most 200\./
		],
		[
			'an over-long checked answer',
			link({ m: { w: 1.25 }, ans: { 'width-half': { c: '<b>'.repeat(100) } } }),
			/^link\.ans\.width-half\.c: is 300 characters long/
		],
		[
			'more answers than exercises',
			link({ m: { w: 1.25 }, ans: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`x${i}`, {}])) }),
			new RegExp(`^link\\.ans: has 40 answers; there are only ${EXERCISE_IDS.length} exercises\\.`)
		]
	];
	it.each(cases)('%s', (_name, fragment, message) => {
		const r = decodeNotebook(fragment);
		if (!r.ok) throw new Error(`rejected the whole link: ${r.issues.map((i) => i.message).join('; ')}`);
		// the rest of the link: lecture at width 1.25
		expect(r.value.mnas.widthMult).toBe(1.25);
		expect(r.value.answers).toBeUndefined();
		const dropped = (r.value.answersDropped ?? []).map((i) => `${i.path}: ${i.message}`);
		expect(dropped.some((m) => message.test(m))).toBe(true);
		// also among the warnings, and never written back into a link
		expect(r.warnings.filter((w) => w.path.startsWith('link.ans')).map((w) => `${w.path}: ${w.message}`)).toEqual(
			dropped
		);
		expect(payload(encodeNotebook(r.value))).toEqual({ m: { w: 1.25 } });
	});

	it('drops the whole field when one entry of several is bad', () => {
		const r = decodeNotebook(link({ ans: { 'halve-block': { a: 't', c: true }, 'width-half': { a: 7 } } }));
		if (!r.ok) throw new Error('rejected');
		expect(r.value.answers).toBeUndefined();
		expect(r.value.answersDropped?.map((i) => i.path)).toEqual(['link.ans.width-half.a']);
	});

	it('keeps markup in a message as plain, clipped text (the page shows messages with text interpolation)', () => {
		const key = '<img src=x onerror=alert(1)>';
		const r = decodeNotebook(link({ ans: { [key]: { a: '1' } } }));
		if (!r.ok) throw new Error('rejected');
		expect(r.value.answersDropped?.[0].path).toBe('link.ans.<img src=x onerror=alert…'); // keys clipped to 24 characters
	});

	it('still rejects a link whose network is bad, answers or not', () => {
		const r = decodeNotebook(link({ m: { w: -1 }, ans: { 'halve-block': { a: 't' } } }));
		expect(r.ok).toBe(false);
	});
});

describe('decodeAnswers', () => {
	it('never copies a prototype: the answers object holds only exercise ids', () => {
		const r = decodeAnswers(JSON.parse('{"halve-block":{"a":"t"}}'));
		if (!r.ok) throw new Error('rejected');
		expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
		expect(Object.keys(r.value)).toEqual(['halve-block']);
	});
});

describe('clipAnswer', () => {
	it.each([
		['short text stays', 'abc', 5, 'abc'],
		['long text is cut', 'abcdef', 5, 'abcde'],
		['a surrogate pair is not split', 'abcd😀', 5, 'abcd'],
		['at the limit it stays', 'abc😀', 5, 'abc😀']
	])('%s', (_n, text, max, out) => {
		expect(clipAnswer(text, max)).toBe(out);
	});
});
