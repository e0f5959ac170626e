import { describe, it, expect, beforeEach } from 'vitest';
import { Persistence, STORAGE_KEY, type PersistenceEnv } from '$lib/state/persistence.svelte';
import { NotebookState } from '$lib/state/notebook.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { encodeNotebook, decodeNotebook, type NotebookDoc } from '$lib/arch/serialize';
import { mnasPreset } from '$lib/arch/mnasnet';
import { fpnPreset } from '$lib/arch/nasfpn';

class FakeEnv implements PersistenceEnv {
	fragment = '';
	writes: string[] = [];
	items = new Map<string, string>();
	preferred: 'en' | 'ko' | null = null;
	failStorage = false;
	storage = {
		getItem: (k: string) => {
			if (this.failStorage) throw new Error('SecurityError');
			return this.items.get(k) ?? null;
		},
		setItem: (k: string, v: string) => {
			if (this.failStorage) throw new Error('QuotaExceededError');
			this.items.set(k, v);
		}
	};
	readFragment = () => this.fragment;
	writeFragment = (f: string) => {
		this.fragment = f;
		this.writes.push(f);
	};
	pageUrl = (f: string) => `http://host/#${f}`;
	preferredLang = () => this.preferred;
}

const base = (over: Partial<NotebookDoc> = {}): NotebookDoc => ({
	mnas: mnasPreset('lecture'),
	mnasPresetId: 'lecture',
	fpn: fpnPreset('f'),
	fpnStep: 'f',
	...over
});

function setup(fragment = '', stored?: string) {
	const env = new FakeEnv();
	env.fragment = fragment;
	if (stored !== undefined) env.items.set(STORAGE_KEY, stored);
	const nb = new NotebookState();
	const p = new Persistence(nb, env);
	return { env, nb, p };
}

// lecture preset totals at width 1.0 / 224: 4,383,312 params (mnasnet.md §0, = torchvision mnasnet1_0)
const LECTURE_PARAMS = 4_383_312;

beforeEach(() => {
	i18n.lang = 'en';
});

describe('Persistence.load', () => {
	it('restores a valid link exactly, with its language and classroom fields, and no undo history', () => {
		const doc = base({ mnas: { ...mnasPreset('mnasnet-a1'), widthMult: 0.75 }, mnasPresetId: 'mnasnet-a1', fpnStep: 'c', fpn: fpnPreset('c'), selectedBlock: 2, lang: 'ko', lock: ['nasfpn-edit'], tour: 3 });
		const { nb, p } = setup('#' + encodeNotebook(doc));
		p.load();
		expect(nb.mnasPresetId).toBe('mnasnet-a1');
		expect(nb.mnas.widthMult).toBe(0.75);
		expect(nb.fpnStep).toBe('c');
		expect(nb.selectedBlock).toBe(2);
		expect(i18n.lang).toBe('ko');
		expect(p.extras.lock).toEqual(['nasfpn-edit']);
		expect(p.extras.tour).toBe(3);
		expect(p.linkIssues).toBeNull();
		expect(nb.canUndo).toBe(false);
	});

	it('prefers the link over localStorage', () => {
		const link = encodeNotebook(base({ mnas: { ...mnasPreset('lecture'), widthMult: 0.5 } }));
		const saved = encodeNotebook(base({ mnas: { ...mnasPreset('lecture'), widthMult: 1.4 } }));
		const { nb, p } = setup('#' + link, saved);
		p.load();
		expect(nb.mnas.widthMult).toBe(0.5);
	});

	it('uses localStorage when there is no link', () => {
		const saved = encodeNotebook(base({ mnas: { ...mnasPreset('lecture'), widthMult: 1.4 }, lang: 'ko' }));
		const { nb, p } = setup('', saved);
		p.load();
		expect(nb.mnas.widthMult).toBe(1.4);
		expect(i18n.lang).toBe('ko');
	});

	it('keeps the saved network and lists the problems when the link is corrupt', () => {
		const saved = encodeNotebook(base({ mnas: { ...mnasPreset('lecture'), widthMult: 1.4 } }));
		const { nb, p } = setup('#v1=eyJtIjp7InciOjB9fQ' /* {"m":{"w":0}} */, saved);
		p.load();
		expect(nb.mnas.widthMult).toBe(1.4);
		expect(p.linkIssues?.map((i) => i.path)).toEqual(['mnasnet.widthMult']);
	});

	it('keeps the presets when the link is hostile and nothing is saved', () => {
		const evil = 'v1=' + Buffer.from(JSON.stringify({ m: { p: '<img src=x onerror=window.__pwned=1>' } })).toString('base64url');
		const { nb, p } = setup('#' + evil);
		p.load();
		expect(nb.mnasReport.total.params).toBe(LECTURE_PARAMS);
		expect(p.linkIssues?.[0].message).toContain('<img src=x');
	});

	it.each(['#v1=%%%', '#v9=e30', '#garbage=1', '#v1=' + 'A'.repeat(20_000)])('reports %s and keeps the presets', (fragment) => {
		const { nb, p } = setup(fragment);
		p.load();
		expect(p.linkIssues?.length).toBeGreaterThan(0);
		expect(nb.mnasReport.total.params).toBe(LECTURE_PARAMS);
	});

	it('ignores a corrupt saved entry with a quiet notice', () => {
		const { nb, p } = setup('', '{"not":"ours"}');
		p.load();
		expect(p.storageIgnored).toBe(true);
		expect(p.linkIssues).toBeNull();
		expect(nb.mnasReport.total.params).toBe(LECTURE_PARAMS);
	});

	it('treats a section anchor as no link', () => {
		const { p } = setup('#sources');
		p.load();
		expect(p.linkIssues).toBeNull();
	});

	it('survives storage that throws', () => {
		const { env, p, nb } = setup('');
		env.failStorage = true;
		expect(() => p.load()).not.toThrow();
		nb.setMnas({ ...nb.mnas, widthMult: 0.5 });
		expect(() => p.save()).not.toThrow();
		expect(env.fragment).toContain('#v1=');
	});

	it('takes the browser language on a first visit only', () => {
		const first = setup('');
		first.env.preferred = 'ko';
		first.p.load();
		expect(i18n.lang).toBe('ko');
		i18n.lang = 'en';
		const again = setup('', encodeNotebook(base({ lang: 'en' })));
		again.env.preferred = 'ko';
		again.p.load();
		expect(i18n.lang).toBe('en');
	});
});

describe('Persistence.save', () => {
	it('writes the fragment and the saved state, leaving classroom fields out of storage', () => {
		const { env, nb, p } = setup('');
		p.load();
		nb.setMnas({ ...nb.mnas, widthMult: 1.25 });
		p.extras.lock = ['mnasnet-table'];
		p.save();
		const written = decodeNotebook(env.fragment);
		expect(written.ok && written.value.mnas.widthMult).toBe(1.25);
		expect(written.ok && written.value.lock).toEqual(['mnasnet-table']);
		const saved = decodeNotebook(env.items.get(STORAGE_KEY)!);
		expect(saved.ok && saved.value.mnas.widthMult).toBe(1.25);
		expect(saved.ok && saved.value.lock).toBeUndefined();
	});

	it('writes nothing when nothing changed', () => {
		const { env, nb, p } = setup('');
		p.load();
		p.save();
		expect(env.writes).toHaveLength(1);
		p.save();
		expect(env.writes).toHaveLength(1);
		nb.loadFpnStep('b');
		p.save();
		expect(env.writes).toHaveLength(2);
	});

	it('leaves a bad link in the address bar until the next edit', () => {
		const { env, nb, p } = setup('#v1=broken!');
		p.load();
		p.save();
		expect(env.writes).toHaveLength(0);
		nb.setMnas({ ...nb.mnas, resolution: 192 });
		p.save();
		expect(env.writes).toHaveLength(1);
	});

	it('gives a link that reopens the same totals', () => {
		const { nb, p } = setup('');
		p.load();
		nb.loadMnasPreset('mnasnet-small');
		nb.setMnas({ ...nb.mnas, widthMult: 1.3 });
		const url = p.link();
		const other = setup(new URL(url).hash);
		other.p.load();
		expect(other.nb.mnasReport.total).toEqual(nb.mnasReport.total);
		expect(other.nb.fpnReport.total).toEqual(nb.fpnReport.total);
	});
});

describe('Persistence.onFragmentChange', () => {
	it('applies a pasted link as one undoable step', () => {
		const { env, nb, p } = setup('');
		p.load();
		p.save();
		env.fragment = '#' + encodeNotebook(base({ mnas: { ...mnasPreset('lecture'), widthMult: 0.5 } }));
		p.onFragmentChange();
		expect(nb.mnas.widthMult).toBe(0.5);
		nb.undo();
		expect(nb.mnas.widthMult).toBe(1);
	});

	it('shows the problems of a bad pasted link and keeps the network', () => {
		const { env, nb, p } = setup('');
		p.load();
		env.fragment = '#v1=e30-';
		p.onFragmentChange();
		expect(p.linkIssues?.length).toBeGreaterThan(0);
		expect(nb.mnasReport.total.params).toBe(LECTURE_PARAMS);
	});

	it('ignores its own writes and section anchors', () => {
		const { env, nb, p } = setup('');
		p.load();
		nb.setMnas({ ...nb.mnas, widthMult: 0.5 });
		p.save();
		const revision = nb.revision;
		p.onFragmentChange();
		env.fragment = '#counting';
		p.onFragmentChange();
		expect(nb.revision).toBe(revision);
		expect(p.linkIssues).toBeNull();
	});
});

describe('Persistence.linkWith', () => {
	it('replaces only the given fields: a classroom link keeps the network on screen', () => {
		const { nb, p } = setup('');
		p.load();
		nb.setMnas({ ...nb.mnas, widthMult: 0.5 });
		const r = decodeNotebook(new URL(p.linkWith({ lock: ['mnasnet-table'], tour: 2 })).hash);
		expect(r.ok && r.value.mnas.widthMult).toBe(0.5);
		expect(r.ok && r.value.lock).toEqual(['mnasnet-table']);
		expect(r.ok && r.value.tour).toBe(2);
		const none = decodeNotebook(new URL(p.linkWith({ lock: undefined })).hash);
		expect(none.ok && none.value.lock).toBeUndefined();
	});
});
