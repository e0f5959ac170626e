import { describe, it, expect } from 'vitest';
import { papersMessages } from '$lib/i18n/messages/papers';

describe('papersMessages', () => {
	const en = papersMessages.en as Record<string, string>;
	const ko = papersMessages.ko as Record<string, string>;

	it('Korean has exactly the English keys, with the same placeholders', () => {
		expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
		const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const k of Object.keys(en)) expect(holes(ko[k]), k).toEqual(holes(en[k]));
	});

	it('cites papers, never a fact sheet or an issue', () => {
		for (const s of [...Object.values(en), ...Object.values(ko)]) {
			expect(s).not.toMatch(/\.md\b/);
			expect(s).not.toMatch(/\bissue \d/i);
		}
	});

	it('every Korean sentence-length string is written in Korean', () => {
		for (const [k, s] of Object.entries(ko)) if (s.split(' ').length > 5) expect(s, k).toMatch(/[가-힣]/);
	});

	// particles after a placeholder must agree with it; these strings avoid that by keeping a placeholder out of
	// the position right before a particle
	it('no Korean particle follows a placeholder directly', () => {
		for (const [k, s] of Object.entries(ko)) expect(s, k).not.toMatch(/\}(은|는|이|가|을|를|과|와|으로|로)(\s|[.,)])/);
	});
});
