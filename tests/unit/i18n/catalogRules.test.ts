// Rules every string of every catalog obeys, in both languages: citations a reader can follow, one Korean term per
// concept, and particles that agree with the placeholder before them.
import { describe, it, expect } from 'vitest';
import { GLOSSARY } from '$lib/i18n/glossary';
import { particle, PARTICLE_FORMS } from '$lib/i18n/particle';
import { catalogFileCount, catalogStrings } from './catalogs';

/**
 * A citation a reader cannot open: a "§" after a file name ("x.md §3"), a bare markdown file name that is not a
 * repository path ("mnasnet.md"; "docs/benchmarks.md" and "…/MODEL_ZOO.md" name a file in a repository and pass),
 * or a project issue number ("issue 3").
 */
export function unfollowableCitations(text: string): string[] {
	const found: string[] = [];
	for (const m of text.matchAll(/[\w./-]+\.(?:md|txt)\s*§/g)) found.push(m[0]);
	for (const m of text.matchAll(/(^|[^/\w-])([\w-]+\.md)\b/g)) found.push(m[2]);
	for (const m of text.matchAll(/\bissues?\s+#?\d+/gi)) found.push(m[0]);
	return found;
}

describe('unfollowableCitations', () => {
	it.each([
		['(mnasnet.md §5, nasfpn.md §6.1)', ['mnasnet.md §', 'nasfpn.md §', 'mnasnet.md', 'nasfpn.md']],
		['as collected in the fact sheets (mnasnet.md, nasfpn.md)', ['mnasnet.md', 'nasfpn.md']],
		['see toolchain.md', ['toolchain.md']],
		['(issue 3 §2)', ['issue 3']],
		['Issues #12', ['Issues #12']],
		['docs/benchmarks.md in the repository', []],
		['tensorflow/tpu: models/official/detection/MODEL_ZOO.md', []],
		['MnasNet paper §4.1, Table 6', []],
		['lecture-notes.txt §2', ['lecture-notes.txt §']]
	])('unfollowableCitations(%j)', (text, found) => {
		expect(unfollowableCitations(text)).toEqual(found);
	});
});

describe('catalogStrings', () => {
	it('finds the messages files and strings in both languages', () => {
		expect(catalogFileCount).toBeGreaterThanOrEqual(7);
		const en = catalogStrings('en');
		const ko = catalogStrings('ko');
		expect(en.length).toBeGreaterThan(400);
		expect(ko.length).toBe(en.length);
	});

	it.each(['en', 'ko'] as const)('%s: no citation points at a file or issue a reader cannot open', (lang) => {
		const bad = catalogStrings(lang)
			.map((s) => ({ where: s.where, found: unfollowableCitations(s.text) }))
			.filter((s) => s.found.length > 0);
		expect(bad).toEqual([]);
	});

	it('ko: uses the glossary term, never a rejected variant', () => {
		const bad: string[] = [];
		for (const s of catalogStrings('ko')) {
			const text = s.text.replace(/\{\w+(\|[^}]*)?\}/g, ''); // placeholders are names, not words
			for (const [concept, entry] of Object.entries(GLOSSARY)) {
				for (const variant of entry.rejected) {
					if (text.includes(variant)) bad.push(`${s.where}: "${variant}" (use "${entry.ko}" for ${concept})`);
				}
			}
		}
		expect(bad).toEqual([]);
	});

	it('ko: a particle after a placeholder is chosen by fill ({name|을}), never written after the raw placeholder', () => {
		const bad = catalogStrings('ko')
			.filter((s) => /\{\w+\}(으로|[은는이가을를과와로])(?![가-힣])/.test(s.text))
			.map((s) => `${s.where}: ${s.text}`);
		expect(bad).toEqual([]);
	});
});

// A number or Latin label written straight before a particle ("P3을", "(b)를", "MAC이", "$P_3$을"): the particle
// must be the one the helper picks. Only forms followed by a space or punctuation are particles here.
const LITERAL =
	/((?:\$[^$]*\$)|(?:\([A-Za-z0-9]\))|[A-Za-z0-9][A-Za-z0-9.,]*%?)(으로|[은는이가을를과와로])(?=[\s.,:;!?)]|$)/g;

function texReading(tex: string): string {
	// $P_3$ → P3, $C_6$ → C6, $D = 256$ → 256: what a reader says last
	return tex
		.replace(/\$/g, '')
		.replace(/\\[a-z]+/g, ' ')
		.replace(/[_{}^\s]/g, '');
}

describe('catalogStrings', () => {
	it('ko: a particle written after a number, letter or formula agrees with it', () => {
		const bad: string[] = [];
		for (const s of catalogStrings('ko')) {
			for (const m of s.text.matchAll(LITERAL)) {
				const word = m[1].startsWith('$') ? texReading(m[1]) : m[1];
				const want = particle(word, PARTICLE_FORMS[m[2]]);
				if (want !== m[2]) bad.push(`${s.where}: "${m[0]}" (want ${word}${want})`);
			}
		}
		expect(bad).toEqual([]);
	});
});

describe('GLOSSARY', () => {
	it('one Korean term per concept, and no term is rejected for another concept', () => {
		const terms = Object.values(GLOSSARY).map((e) => e.ko);
		expect(new Set(terms).size).toBe(terms.length);
		for (const e of Object.values(GLOSSARY)) {
			for (const t of terms) expect(e.rejected).not.toContain(t);
		}
	});
});
