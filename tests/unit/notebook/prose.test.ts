import { describe, it, expect } from 'vitest';
import katex from 'katex';
import { proseMessages } from '$lib/i18n/messages/prose';
import { FORMULAS } from '$lib/components/notebook/formulas';
import { ARTICLE } from '$lib/components/notebook/article';
import { splitMath } from '$lib/components/notebook/richText';

const KEYS = Object.keys(proseMessages.en) as (keyof typeof proseMessages.en)[];

describe('splitMath', () => {
	it.each([
		['no math', [{ math: false, text: 'no math' }]],
		[
			'a $x$ b',
			[
				{ math: false, text: 'a ' },
				{ math: true, tex: 'x' },
				{ math: false, text: ' b' }
			]
		],
		[
			'$T = 75$ ms',
			[
				{ math: true, tex: 'T = 75' },
				{ math: false, text: ' ms' }
			]
		],
		['price $5 only', [{ math: false, text: 'price $5 only' }]] // an unpaired $ stays text
	])('%j', (text, runs) => {
		expect(splitMath(text)).toEqual(runs);
	});
});

describe('article prose', () => {
	it.each(KEYS)('%s: every inline formula typesets in English and Korean, and both have the same ones', (key) => {
		const tex = (text: string) =>
			splitMath(text)
				.flatMap((r) => (r.math ? [r.tex] : []))
				.sort(); // Korean word order differs: compare the sets of formulas
		const en = tex(proseMessages.en[key]);
		expect(tex(proseMessages.ko[key])).toEqual(en);
		for (const t of en) expect(() => katex.renderToString(t, { throwOnError: true })).not.toThrow();
	});

	it.each(Object.entries(FORMULAS))('display formula %s typesets', (_id, tex) => {
		expect(() => katex.renderToString(tex, { throwOnError: true, displayMode: true })).not.toThrow();
	});

	it('uses every prose key and names each section once', () => {
		const used = new Set<string>();
		for (const s of ARTICLE) {
			used.add(s.title);
			if (s.kind === 'cell') {
				if (s.lead) used.add(s.lead);
			} else {
				for (const b of s.blocks) {
					if (b.kind === 'p') used.add(b.key);
					if (b.kind === 'list') b.keys.forEach((k) => used.add(k));
					if (b.kind === 'table') [...b.head, ...b.rows.flat()].forEach((k) => used.add(k));
					if (b.kind === 'sources') b.items.forEach((i) => used.add(i.key));
				}
			}
		}
		expect(KEYS.filter((k) => k !== 'intro' && !used.has(k))).toEqual([]);
		expect(new Set(ARTICLE.map((s) => s.id)).size).toBe(ARTICLE.length);
	});
});
