import { describe, it, expect } from 'vitest';
import type { CompareState } from '$lib/state/compare.svelte';
import { pageState } from './page';
import type { PersistenceEnv } from '$lib/state/persistence.svelte';
import { sideValue } from '$lib/state/compareSides';
import { mnasPreset } from '$lib/arch/mnasnet';
import { costNasfpn, fpnPreset } from '$lib/arch/nasfpn';

// The Compare cell and the notebook link, as the page wires them (teachingLink.ts): a link is loaded by
// Persistence, its `cmp` pair goes to CompareState.fromLink, and CompareState.toLink is the link's `cmp`.

function env(fragment: string): PersistenceEnv {
	return {
		readFragment: () => fragment,
		writeFragment: () => {},
		pageUrl: (f) => `http://host/#${f}`,
		storage: null
	};
}

/** A page opened at `fragment`: its notebook, link and Compare cell. */
function open(fragment: string) {
	const page = pageState(env(fragment));
	page.p.load();
	return page;
}

/** The link the page would write now (what the address bar and "Copy link" hold). */
function linkOf(page: ReturnType<typeof open>): string {
	return '#' + page.p.fragment();
}

const link = (obj: unknown) => '#v1=' + Buffer.from(JSON.stringify(obj), 'utf8').toString('base64url');
const params = (c: CompareState) => [c.left.report.total.params, c.right.report.total.params];

// Expected params, torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: torchvision weights meta for MnasNet-B1 at width α (= torchvision mnasnetα):
// 0.5 → 2,218,512; 0.75 → 3,170,208; 1.0 → 4,383,312 (also the lecture preset at 1.0). TF MnasNet-A1: 3,887,038.
const B1_050 = 2_218_512;
const B1_075 = 3_170_208;
const B1_100 = 4_383_312;
const A1 = 3_887_038;

describe('CompareState.fromLink', () => {
	// [name, link JSON, picker values [left, right], params [left, right], problem paths [left, right], mixed kinds]
	const cases: [string, unknown, [string, string], [number, number], [string[], string[]], boolean][] = [
		['no cmp: the default pair', {}, ['m.lecture', 'm.mnasnet-a1'], [B1_100, A1], [[], []], false],
		[
			'an edited side shows its own totals',
			{ cmp: ['m', { m: { p: 'mnasnet-b1', w: 0.75 } }] },
			['m.current', 'm.edited'],
			[B1_100, B1_075],
			[[], []],
			false
		],
		[
			'an old link: a preset side',
			{ cmp: [{ m: { p: 'mnasnet-b1' } }, { m: { p: 'mnasnet-a1' } }] },
			['m.mnasnet-b1', 'm.mnasnet-a1'],
			[B1_100, A1],
			[[], []],
			false
		],
		[
			'"current edit" follows the link\'s network',
			{ m: { p: 'mnasnet-b1', w: 0.5 }, cmp: ['m', { m: { p: 'mnasnet-a1' } }] },
			['m.current', 'm.mnasnet-a1'],
			[B1_050, A1],
			[[], []],
			false
		],
		[
			'width of the wrong type: back to the preset it named',
			{ cmp: ['m', { m: { p: 'mnasnet-a1', w: 'wide' } }] },
			['m.current', 'm.mnasnet-a1'],
			[B1_100, A1],
			[[], ['link.compare[1].mnasnet.widthMult']],
			false
		],
		[
			'width out of range: back to the preset it named',
			{ cmp: [{ m: { p: 'mnasnet-b1', w: 1e6 } }, 'm'] },
			['m.mnasnet-b1', 'm.current'],
			[B1_100, B1_100],
			[['link.compare[0].mnasnet.widthMult'], []],
			false
		],
		[
			'unknown preset: back to the default one',
			{ cmp: ['m', { m: { p: 'resnet-50', w: 0.5 } }] },
			['m.current', 'm.lecture'],
			[B1_100, B1_100],
			[[], ['link.compare[1].mnasnet.preset']],
			false
		],
		[
			"a side of no known kind takes the other side's",
			{ cmp: [{ x: 1 }, { m: { p: 'mnasnet-a1' } }] },
			['m.lecture', 'm.mnasnet-a1'],
			[B1_100, A1],
			[['link.compare[0]'], []],
			false
		],
		[
			'a MnasNet against a NAS-FPN: the default pair',
			{ cmp: ['m', 'f'] },
			['m.lecture', 'm.mnasnet-a1'],
			[B1_100, A1],
			[[], []],
			true
		]
	];
	it.each(cases)('%s', (_name, json, values, expected, paths, mixed) => {
		const page = open(link(json));
		expect(page.p.linkIssues).toBeNull(); // a bad side never rejects the whole link
		expect([sideValue(page.compare.ref.left), sideValue(page.compare.ref.right)]).toEqual(values);
		expect(params(page.compare)).toEqual(expected);
		expect(params(page.compare).every(Number.isFinite)).toBe(true);
		expect(page.compare.linkNotes.left.map((i) => i.path)).toEqual(paths[0]);
		expect(page.compare.linkNotes.right.map((i) => i.path)).toEqual(paths[1]);
		expect(page.compare.linkNotes.mixedKinds).toBe(mixed);
	});

	it('a bad side does not undo the rest of the link', () => {
		const page = open(link({ m: { p: 'mnasnet-b1', w: 0.75 }, cmp: ['m', { m: { p: 'mnasnet-a1', r: -5 } }] }));
		expect(page.nb.mnas.widthMult).toBe(0.75);
		expect(page.nb.mnasReport.total.params).toBe(B1_075);
		expect(page.compare.linkNotes.right[0].message).toMatch(/resolution|input/i);
	});

	it('picking a side clears the notes about the link', () => {
		const page = open(link({ cmp: ['m', { m: { p: 'mnasnet-a1', w: -1 } }] }));
		expect(page.compare.linkNotes.right).toHaveLength(1);
		page.compare.pick('right', 'm.mnasnet-small');
		expect(page.compare.linkNotes).toEqual({ left: [], right: [], mixedKinds: false });
	});
});

describe('CompareState.toLink', () => {
	it('leaves the default pair out of the link', () => {
		const page = open('');
		expect(page.compare.toLink()).toBeNull();
	});

	// [name, how the sender sets up the page]: the receiver sees the same sides with the same totals
	const setups: [string, (page: ReturnType<typeof open>) => void][] = [
		[
			'an edited side from a link',
			(page) =>
				page.compare.fromLink([
					{ kind: 'current', net: 'mnasnet' },
					{
						kind: 'mnasnet',
						presetId: 'mnasnet-b1',
						spec: { ...mnasPreset('mnasnet-b1'), widthMult: 0.75 },
						edited: true
					}
				])
		],
		[
			'a kept copy of an edit, then the network reset',
			(page) => {
				page.nb.loadMnasPreset('mnasnet-b1');
				page.nb.setMnas({ ...page.nb.mnas, widthMult: 0.5 });
				page.compare.pick('left', 'm.current');
				page.compare.freeze('left');
				page.nb.reset();
			}
		],
		[
			'a kept copy equal to its preset',
			(page) => {
				page.compare.pick('right', 'm.current');
				page.compare.freeze('right');
			}
		],
		[
			'"current edit" on an edited network (tracked live)',
			(page) => {
				page.nb.loadMnasPreset('mnasnet-b1');
				page.nb.setMnas({ ...page.nb.mnas, widthMult: 0.75 });
				page.compare.pick('right', 'm.current');
			}
		],
		[
			'a kept NAS-FPN copy at other channels, then a new step',
			(page) => {
				page.nb.setFpn({ ...page.nb.fpn, channels: 128 });
				page.compare.pick('left', 'f.current');
				page.compare.freeze('left');
				page.nb.loadFpnStep('b');
			}
		],
		[
			'a kept NAS-FPN copy equal to step (f), then the channels changed',
			(page) => {
				page.compare.pick('left', 'f.current');
				page.compare.freeze('left');
				page.nb.setFpn({ ...page.nb.fpn, channels: 64 });
			}
		]
	];
	it.each(setups)('round-trips: %s', (_name, setup) => {
		const sender = open('');
		setup(sender);
		const receiver = open(linkOf(sender));
		expect([sideValue(receiver.compare.ref.left), sideValue(receiver.compare.ref.right)]).toEqual([
			sideValue(sender.compare.ref.left),
			sideValue(sender.compare.ref.right)
		]);
		expect(receiver.compare.left.report.total).toEqual(sender.compare.left.report.total);
		expect(receiver.compare.right.report.total).toEqual(sender.compare.right.report.total);
		expect(receiver.compare.left.spec).toEqual(sender.compare.left.spec);
		expect(receiver.compare.right.spec).toEqual(sender.compare.right.spec);
		// and the receiver's link is the sender's, word for word
		expect(linkOf(receiver)).toBe(linkOf(sender));
	});
});

describe('CompareState.freeze', () => {
	it('keeps the network as it is now: later edits move the current side only', () => {
		const page = open('');
		page.nb.loadMnasPreset('mnasnet-b1');
		page.nb.setMnas({ ...page.nb.mnas, widthMult: 0.75 });
		page.compare.pick('left', 'm.current');
		page.compare.pick('right', 'm.current');
		page.compare.freeze('left');
		page.nb.setMnas({ ...page.nb.mnas, widthMult: 0.5 });
		expect(sideValue(page.compare.ref.left)).toBe('m.edited');
		expect(params(page.compare)).toEqual([B1_075, B1_050]);
		expect(page.compare.same).toBe(false);
	});

	it('does nothing on a preset side', () => {
		const page = open('');
		const before = page.compare.ref;
		page.compare.freeze('left');
		expect(page.compare.ref).toBe(before);
	});

	it('an edited copy equal to the other side is "the same network"', () => {
		const rows = mnasPreset('mnasnet-a1').blocks.map((b) => [
			{ conv: 'c', sepconv: 's', mbconv: 'm' }[b.op],
			b.t,
			b.c,
			b.n,
			b.s,
			b.k,
			b.se,
			b.skip === 'identity' ? 1 : 0
		]);
		const page = open(link({ cmp: [{ m: { p: 'mnasnet-a1', b: rows } }, { m: { p: 'mnasnet-a1' } }] }));
		expect(sideValue(page.compare.ref.left)).toBe('m.edited');
		expect(page.compare.same).toBe(true);
		page.compare.pick('right', 'm.mnasnet-small');
		expect(page.compare.same).toBe(false);
	});

	it("a kept NAS-FPN copy does not follow the page's channels (a step side does)", () => {
		const page = open('');
		page.compare.pick('left', 'f.current');
		expect(sideValue(page.compare.ref.right)).toBe('f.a');
		page.compare.freeze('left');
		const kept = page.compare.left.report.total;
		page.nb.setFpn({ ...page.nb.fpn, channels: 128 });
		expect(fpnPreset('f').channels).not.toBe(128); // the edit really changed something
		expect(page.compare.left.report.total).toEqual(kept);
		expect(page.compare.right.spec.kind === 'nasfpn' && page.compare.right.spec.channels).toBe(128);
	});
});

describe('CompareState.fromLink on NAS-FPN sides', () => {
	it("a side with no cells falls back to its step, at the page's channels, with the problem", () => {
		const page = open(link({ f: { c: 128 }, cmp: [{ f: { s: 'c', x: [] } }, 'f'] }));
		expect(page.p.linkIssues).toBeNull();
		expect(sideValue(page.compare.ref.left)).toBe('f.c');
		expect(page.compare.linkNotes.left.map((i) => i.path)).toContain('link.compare[0].nasfpn.cells');
		// a step side is the step's cells at the page's globals (as the (a)–(f) buttons load it)
		expect(page.compare.left.report.total).toEqual(
			costNasfpn({ ...fpnPreset('f', { channels: 128 }), cells: fpnPreset('c').cells }).total
		);
	});
});
