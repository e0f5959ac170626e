import { describe, it, expect, beforeEach } from 'vitest';
import { BACKUP_KEY, STORAGE_KEY, type PersistenceEnv } from '$lib/state/persistence.svelte';
import { pageState } from './page';
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
		},
		removeItem: (k: string) => void this.items.delete(k)
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
	return { env, ...pageState(env) };
}

// lecture preset totals at width 1.0 / 224: 4,383,312 params (torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet, = torchvision mnasnet1_0)
const LECTURE_PARAMS = 4_383_312;

beforeEach(() => {
	i18n.lang = 'en';
});

describe('Persistence.load', () => {
	it('restores a valid link exactly, with its language and classroom fields, and no undo history', () => {
		const doc = base({
			mnas: { ...mnasPreset('mnasnet-a1'), widthMult: 0.75 },
			mnasPresetId: 'mnasnet-a1',
			fpnStep: 'c',
			fpn: fpnPreset('c'),
			selectedBlock: 2,
			lang: 'ko',
			lock: ['nasfpn-edit']
		});
		const { nb, p, classroom } = setup('#' + encodeNotebook(doc));
		p.load();
		expect(nb.mnasPresetId).toBe('mnasnet-a1');
		expect(nb.mnas.widthMult).toBe(0.75);
		expect(nb.fpnStep).toBe('c');
		expect(nb.selectedBlock).toBe(2);
		expect(i18n.lang).toBe('ko');
		expect([...classroom.locks]).toEqual(['nasfpn-edit']);
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
		const evil =
			'v1=' + Buffer.from(JSON.stringify({ m: { p: '<img src=x onerror=window.__pwned=1>' } })).toString('base64url');
		const { nb, p } = setup('#' + evil);
		p.load();
		expect(nb.mnasReport.total.params).toBe(LECTURE_PARAMS);
		expect(p.linkIssues?.[0].message).toContain('<img src=x');
	});

	it.each(['#v1=%%%', '#v9=e30', '#garbage=1', '#v1=' + 'A'.repeat(20_000)])(
		'reports %s and keeps the presets',
		(fragment) => {
			const { nb, p } = setup(fragment);
			p.load();
			expect(p.linkIssues?.length).toBeGreaterThan(0);
			expect(nb.mnasReport.total.params).toBe(LECTURE_PARAMS);
		}
	);

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
		const { env, nb, p, classroom } = setup('');
		p.load();
		nb.setMnas({ ...nb.mnas, widthMult: 1.25 });
		classroom.setLocks(['mnasnet-width']);
		p.save();
		const written = decodeNotebook(env.fragment);
		expect(written.ok && written.value.mnas.widthMult).toBe(1.25);
		expect(written.ok && written.value.lock).toEqual(['mnasnet-width']);
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

const linkOf = (json: unknown) => '#v1=' + Buffer.from(JSON.stringify(json), 'utf8').toString('base64url');
/** the user's own work: MnasNet-A1 at width 0.5 */
const mine = () =>
	encodeNotebook(base({ mnas: { ...mnasPreset('mnasnet-a1'), widthMult: 0.5 }, mnasPresetId: 'mnasnet-a1' }));

describe('Persistence: opening a link never overwrites the saved notebook', () => {
	// links that the teaching states tidy after load (their link differs from the one opened)
	const tidied: [string, unknown][] = [
		['a tour step out of range', { tour: 999 }],
		['an unknown lock id', { lock: ['no-such-control'] }],
		['a compare pair of mixed kinds', { cmp: ['m', 'f'] }],
		['a network only', { m: { w: 1.4 } }]
	];
	it.each(tidied)('%s: storage keeps the saved notebook until the user edits', (_name, json) => {
		const { env, p } = setup(linkOf(json), mine());
		p.load();
		p.save();
		expect(env.items.get(STORAGE_KEY)).toBe(mine());
		expect(p.savedBefore?.mnas.widthMult).toBe(0.5);
	});

	it('after an edit of the link’s network, the saved notebook is kept aside and can be restored', () => {
		const { env, nb, p } = setup(linkOf({ m: { w: 1.4 } }), mine());
		p.load();
		nb.setMnas({ ...nb.mnas, widthMult: 1.3 });
		p.save();
		expect(decodeNotebook(env.items.get(STORAGE_KEY)!).ok && nb.mnas.widthMult).toBe(1.3);
		expect(env.items.get(BACKUP_KEY)).toBe(mine());
		p.restoreSaved();
		expect(nb.mnasPresetId).toBe('mnasnet-a1');
		expect(nb.mnas.widthMult).toBe(0.5);
		expect(env.items.get(BACKUP_KEY)).toBeUndefined();
		const saved = decodeNotebook(env.items.get(STORAGE_KEY)!);
		expect(saved.ok && saved.value.mnas.widthMult).toBe(0.5);
		expect(p.savedBefore).toBeNull();
		nb.undo(); // the restore is one undoable step
		expect(nb.mnas.widthMult).toBe(1.3);
	});

	it('the kept notebook is still offered after a reload of the edited link', () => {
		const first = setup(linkOf({ m: { w: 1.4 } }), mine());
		first.p.load();
		first.nb.setMnas({ ...first.nb.mnas, widthMult: 1.3 });
		first.p.save();
		const again = setup(first.env.fragment);
		again.env.items = first.env.items;
		again.p.load();
		expect(again.p.savedBefore?.mnas.widthMult).toBe(0.5);
		again.p.forgetSaved();
		expect(again.env.items.has(BACKUP_KEY)).toBe(false);
	});

	it('a link equal to the saved notebook offers nothing to restore', () => {
		const { p } = setup('#' + mine(), mine());
		p.load();
		expect(p.savedBefore).toBeNull();
	});

	it('a pasted link does not overwrite the saved notebook either', () => {
		const { env, p } = setup('', mine());
		p.load();
		env.fragment = linkOf({ tour: 999 });
		p.onFragmentChange();
		p.save();
		expect(env.items.get(STORAGE_KEY)).toBe(mine());
	});
});

describe('Persistence: saved entries this page cannot write over', () => {
	it('keeps an entry written by a newer version, and says so', () => {
		const newer = 'v2=eyJ3aGF0ZXZlciI6MX0';
		const { env, nb, p } = setup('', newer);
		p.load();
		expect(p.saved.newer).toBe(true);
		nb.setMnas({ ...nb.mnas, widthMult: 0.75 });
		p.save();
		expect(env.items.get(STORAGE_KEY)).toBe(newer);
		expect(env.fragment).toContain('#v1=');
	});

	it.each(['read', 'write'] as const)('storage that fails to %s is reported (not saved in this browser)', (fail) => {
		const { env, nb, p } = setup('');
		if (fail === 'read') env.failStorage = true;
		p.load();
		if (fail === 'write') env.failStorage = true;
		expect(p.saved.unavailable).toBe(fail === 'read');
		nb.setMnas({ ...nb.mnas, widthMult: 0.75 });
		p.save();
		expect(p.saved.unavailable).toBe(true);
		expect(env.fragment).toContain('#v1=');
	});
});
