import { describe, it, expect } from 'vitest';
import {
	classifyFragment,
	decodeNotebook,
	encodeNotebook,
	LINK_LIMITS,
	type CompareRef,
	type NotebookDoc
} from '$lib/arch/serialize';
import type { Issue } from '$lib/arch/issues';
import { MNAS_PRESET_IDS, mnasPreset, costMnasnet, type MnasnetSpec, type MnasBlock } from '$lib/arch/mnasnet';
import { FPN_PRESET_IDS, fpnPreset, costNasfpn, type NasfpnSpec } from '$lib/arch/nasfpn';
import { sampleSearchSpace } from '$lib/arch/nasfpn/searchSpace';
import { mulberry32 } from '$lib/arch/nasfpn/prng';

const defaults = (): NotebookDoc => ({
	mnas: mnasPreset('lecture'),
	mnasPresetId: 'lecture',
	fpn: fpnPreset('f'),
	fpnStep: 'f',
	selectedBlock: null,
	selectedCell: null
});

/** A link whose payload is the given JSON text, exactly as written (so hostile keys stay keys). */
const linkText = (json: string) => 'v1=' + Buffer.from(json, 'utf8').toString('base64url');
const link = (obj: unknown) => linkText(JSON.stringify(obj));

function roundTrip(doc: NotebookDoc): NotebookDoc {
	const text = encodeNotebook(doc);
	const back = decodeNotebook(text);
	if (!back.ok) throw new Error(`${text}: ${back.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
	expect(encodeNotebook(back.value)).toBe(text);
	return back.value;
}

function messages(fragment: string): string[] {
	const r = decodeNotebook(fragment);
	expect(r.ok).toBe(false);
	return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('encodeNotebook', () => {
	it('writes the defaults as an empty object: #v1=e30 ("{}")', () => {
		expect(encodeNotebook(defaults())).toBe('v1=e30');
	});

	it('writes only what differs from the preset (the example in codec.ts)', () => {
		const doc = { ...defaults(), mnas: { ...mnasPreset('lecture'), widthMult: 1.25 } };
		expect(encodeNotebook(doc)).toBe('v1=eyJtIjp7InciOjEuMjV9fQ');
		const json = JSON.parse(Buffer.from('eyJtIjp7InciOjEuMjV9fQ', 'base64url').toString());
		expect(json).toEqual({ m: { w: 1.25 } });
	});

	it('carries a block edit as the whole block list in compact rows', () => {
		const mnas = mnasPreset('lecture');
		mnas.blocks[2] = { ...mnas.blocks[2], k: 7 };
		const json = JSON.parse(Buffer.from(encodeNotebook({ ...defaults(), mnas }).slice(3), 'base64url').toString());
		expect(Object.keys(json)).toEqual(['m']);
		expect(json.m.b).toHaveLength(7);
		expect(json.m.b[0]).toEqual(['s', 1, 16, 1, 1, 3, 0, 0]); // lecture SepConv: t 1, c 16, n 1, s 1, k 3 (the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py)
		expect(json.m.b[2]).toEqual(['m', 3, 40, 3, 2, 7, 0, 1]); // settings row [3, 40, 3, 2, 5] with k → 7
	});

	it('stays short: a heavily edited state is a few hundred characters', () => {
		const mnas = mnasPreset('mnasnet-a1');
		mnas.blocks = mnas.blocks.map((b) => ({ ...b, k: 5 }));
		const fpn = { ...fpnPreset('c'), channels: 384, cells: sampleSearchSpace(7) };
		const text = encodeNotebook({ ...defaults(), mnas, mnasPresetId: 'mnasnet-a1', fpn, fpnStep: 'c', lang: 'ko' });
		expect(text.length).toBeLessThan(600);
	});
});

describe('decodeNotebook round trips', () => {
	for (const id of MNAS_PRESET_IDS) {
		for (const step of FPN_PRESET_IDS) {
			it(`restores preset ${id} with step (${step}) exactly`, () => {
				const doc: NotebookDoc = {
					mnas: mnasPreset(id),
					mnasPresetId: id,
					fpn: fpnPreset(step),
					fpnStep: step,
					selectedBlock: null,
					selectedCell: null
				};
				expect(roundTrip(doc)).toEqual(doc);
			});
		}
	}

	it('restores every optional field', () => {
		const doc: NotebookDoc = {
			...defaults(),
			selectedBlock: 3,
			selectedCell: 6,
			lang: 'ko',
			lock: ['mnasnet-globals', 'nasfpn-edit'],
			tour: 4,
			compare: [
				{ kind: 'current', net: 'mnasnet' },
				{ kind: 'mnasnet', presetId: 'mnasnet-a1', spec: { ...mnasPreset('mnasnet-a1'), widthMult: 0.5 }, edited: true }
			]
		};
		expect(roundTrip(doc)).toEqual(doc);
		const fpnCompare: NotebookDoc = {
			...defaults(),
			compare: [
				{ kind: 'nasfpn', step: 'c', spec: fpnPreset('c') },
				{ kind: 'current', net: 'nasfpn' }
			]
		};
		expect(roundTrip(fpnCompare)).toEqual(fpnCompare);
	});

	it('restores a spec switched to the other convention, other sizes and no backbone', () => {
		const fpn = fpnPreset('a', { backboneChannels: undefined, separable: true, minLevel: 2, maxLevel: 6 });
		fpn.cells = [{ level: 5, op: 'sum', inputs: [4, 3], output: true }];
		const doc: NotebookDoc = {
			...defaults(),
			mnas: {
				...mnasPreset('mnasnet-b1'),
				convention: 'lecture',
				resolution: 192,
				numClasses: 10,
				stem: 16,
				head: 640
			},
			mnasPresetId: 'mnasnet-b1',
			fpn,
			fpnStep: 'a'
		};
		expect(roundTrip(doc)).toEqual(doc);
	});

	// 200 random edits (seeded): each link restores the same spec and therefore the same exact totals.
	it('restores 200 random edits with the same totals', () => {
		const rand = mulberry32(20260401);
		const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
		for (let trial = 0; trial < 200; trial++) {
			const id = pick(MNAS_PRESET_IDS);
			const mnas: MnasnetSpec = mnasPreset(id);
			mnas.widthMult = pick([0.35, 0.5, 0.75, 1, 1.1, 1.3, 1.4, 2, 1 + Math.round(rand() * 1000) / 1000]);
			mnas.resolution = pick([96, 128, 160, 192, 224, 256, 320]);
			const blocks: MnasBlock[] = mnas.blocks.map((b) => ({ ...b }));
			const edits = Math.floor(rand() * 4);
			for (let e = 0; e < edits; e++) {
				const i = Math.floor(rand() * blocks.length);
				const b = blocks[i];
				switch (Math.floor(rand() * 6)) {
					case 0:
						b.k = pick([1, 3, 5, 7]);
						break;
					case 1:
						b.n = 1 + Math.floor(rand() * 4);
						break;
					case 2:
						b.c = 8 + Math.floor(rand() * 200);
						break;
					case 3:
						b.se = pick([0, 0.25, 0.5]);
						break;
					case 4:
						if (blocks.length < 20) blocks.splice(i, 0, { ...b });
						break;
					case 5:
						if (blocks.length > 2) blocks.splice(i, 1);
						break;
				}
			}
			mnas.blocks = blocks;
			const step = pick(FPN_PRESET_IDS);
			const fpn: NasfpnSpec = fpnPreset(step, {
				channels: pick([64, 128, 256, 384]),
				imageSize: pick([512, 640, 1024]),
				repeats: 1 + Math.floor(rand() * 7),
				separable: rand() < 0.3
			});
			if (rand() < 0.4) fpn.cells = sampleSearchSpace(Math.floor(rand() * 1e6));
			if (rand() < 0.2) delete fpn.backboneChannels;
			const doc: NotebookDoc = {
				mnas,
				mnasPresetId: id,
				fpn,
				fpnStep: step,
				selectedBlock: Math.floor(rand() * blocks.length),
				selectedCell: null
			};
			const back = roundTrip(doc);
			expect(back).toEqual(doc);
			expect(costMnasnet(back.mnas).total).toEqual(costMnasnet(mnas).total);
			expect(costNasfpn(back.fpn).total).toEqual(costNasfpn(fpn).total);
		}
	});

	it('accepts the fragment with its leading # and surrounding blanks', () => {
		const text = encodeNotebook({ ...defaults(), lang: 'ko' });
		const r = decodeNotebook(`#${text} `);
		expect(r.ok && r.value.lang).toBe('ko');
	});
});

describe('decodeNotebook on corrupt and hostile links', () => {
	const good = encodeNotebook({ ...defaults(), mnas: { ...mnasPreset('lecture'), widthMult: 1.25 } });

	// [name, fragment, a piece of the expected message]
	const cases: [string, string, string][] = [
		['empty', '', 'does not hold a notebook state'],
		['not ours', 'foo=bar', 'does not hold a notebook state'],
		['newer version', 'v2=e30', 'newer version of nas-notebook (format v2)'],
		['older version', 'v0=e30', 'format v0'],
		['truncated base64', good.slice(0, good.length - 3), 'cut off'],
		['truncated by one character', good.slice(0, good.length - 1), 'cut off'],
		['wrong base64 alphabet', 'v1=e30+/==', 'character "+"'],
		['percent-escaped', 'v1=%7B%7D', 'character "%"'],
		['not JSON', linkText('{"m":{"w":1.25}'), 'not valid JSON'],
		['JSON but not an object', linkText('[1,2,3]'), 'must hold an object, not a list'],
		['JSON null', linkText('null'), 'must hold an object, not null'],
		['unknown top-level field', link({ zz: 1 }), 'link.zz: is not a field'],
		['m is a string', link({ m: 'lecture' }), 'mnasnet: must be an object, not the text "lecture"'],
		['unknown preset', link({ m: { p: 'resnet' } }), 'mnasnet.preset: the text "resnet" is not a MnasNet preset'],
		['unknown step', link({ f: { s: 'g' } }), 'nasfpn.step: the text "g" is not one of the steps'],
		['width as text', link({ m: { w: '1.0' } }), 'mnasnet.widthMult'],
		['width zero', link({ m: { w: 0 } }), 'mnasnet.widthMult'],
		['huge resolution', link({ m: { r: 1e300 } }), 'mnasnet.resolution'],
		['number overflowing to Infinity', linkText('{"m":{"r":1e999}}'), 'mnasnet.resolution'],
		['negative channels', link({ f: { c: -256 } }), 'nasfpn.channels'],
		['fractional repeats', link({ f: { r: 2.5 } }), 'nasfpn.repeats'],
		['separable not 0/1', link({ f: { sp: 'yes' } }), 'nasfpn.separable'],
		['blocks not a list', link({ m: { b: 7 } }), 'mnasnet.blocks: must be a list of block rows'],
		['short block row', link({ m: { b: [['m', 6, 24]] } }), 'mnasnet.blocks[0]: must have 8 values'],
		['unknown op code', link({ m: { b: [['x', 6, 24, 1, 1, 3, 0, 1]] } }), 'mnasnet.blocks[0].op'],
		['even kernel', link({ m: { b: [['m', 6, 24, 1, 1, 4, 0, 1]] } }), 'mnasnet.blocks[0].k'],
		[
			'too many blocks',
			link({ m: { b: Array.from({ length: 40 }, () => ['m', 6, 24, 1, 1, 3, 0, 1]) } }),
			'mnasnet.blocks'
		],
		['cell pointing forward (a cycle)', link({ f: { x: [[4, 0, 1, 9, 1]] } }), 'nasfpn.cells[0].inputs[1]'],
		['cell row with 3 values', link({ f: { x: [[4, 0, 1]] } }), 'nasfpn.cells[0]: must be a list of 5 values'],
		[
			'backbone with a bad key',
			link({ f: { bb: { '3': 512, x: 1 } } }),
			'nasfpn.backboneChannels.x: is not a pyramid level'
		],
		['backbone as text', link({ f: { bb: 'r50' } }), 'nasfpn.backboneChannels: must be an object'],
		['selected block out of range', link({ sb: 99 }), 'link.sb: must be a block index from 0 to 6'],
		['selected cell negative', link({ sc: -1 }), 'link.sc'],
		['unknown language', link({ lang: 'fr' }), 'link.lang: must be "en" or "ko"'],
		['lock not a list', link({ lock: 'mnasnet-globals' }), 'link.lock: must be a list'],
		['lock too long', link({ lock: Array.from({ length: 65 }, (_, i) => `c${i}`) }), 'at most 64'],
		['tour huge', link({ tour: 1e9 }), 'link.tour'],
		['tour text', link({ tour: '3' }), 'link.tour'],
		['compare with one side', link({ cmp: ['m'] }), 'link.compare: must be a list of two networks'],
		['1 MB payload', 'v1=' + 'A'.repeat(1_000_000), `at most ${LINK_LIMITS.maxChars}`],
		[
			'1 MB of JSON nesting',
			'v1=' + Buffer.from('['.repeat(800_000)).toString('base64url'),
			`at most ${LINK_LIMITS.maxChars}`
		],
		['invalid UTF-8', 'v1=_w', 'UTF-8']
	];
	it.each(cases)('%s: lists the problem', (_name, fragment, expected) => {
		expect(messages(fragment).join('\n')).toContain(expected);
	});

	it('lists every problem at once', () => {
		const all = messages(
			link({ m: { w: 0, r: 'big', b: [['m', 6, 24, 1, 3, 3, 0, 1]] }, f: { c: 0 }, lang: 'xx', zz: 1 })
		);
		for (const path of [
			'link.zz',
			'mnasnet.widthMult',
			'mnasnet.resolution',
			'mnasnet.blocks[0].s',
			'nasfpn.channels',
			'link.lang'
		]) {
			expect(
				all.some((m) => m.startsWith(path + ':')),
				`${path} in\n${all.join('\n')}`
			).toBe(true);
		}
	});

	it('keeps markup in a field as plain text inside the message (the page shows it with text interpolation)', () => {
		const evil = '<img src=x onerror=window.__pwned=1>';
		for (const obj of [{ m: { p: evil } }, { m: { cv: evil } }, { lang: evil }, { lock: [evil] }, { f: { s: evil } }]) {
			const all = messages(link(obj)).join('\n');
			expect(all).toContain('<img src=x onerror=');
			expect(all.length).toBeLessThan(400); // quoted short, not echoed whole
		}
		// a compare side does not reject the link: its problem travels with the fallback side
		const r = decodeNotebook(link({ cmp: ['m', { m: { p: evil } }] }));
		const all =
			r.ok && r.value.compare?.[1].kind === 'mnasnet'
				? (r.value.compare[1].problems ?? []).map((i) => i.message).join('\n')
				: '';
		expect(all).toContain('<img src=x onerror=');
		expect(all.length).toBeLessThan(400);
	});

	it.each([
		['top level', '{"__proto__":{"polluted":1}}', 'link.__proto__'],
		['inside m', '{"m":{"__proto__":{"polluted":1}}}', 'mnasnet.__proto__'],
		['inside a backbone', '{"f":{"bb":{"3":512,"__proto__":{"polluted":1}}}}', 'nasfpn.backboneChannels.__proto__'],
		['constructor key', '{"constructor":{"prototype":{"polluted":1}}}', 'link.constructor'],
		['prototype as preset', '{"m":{"p":"__proto__"}}', 'mnasnet.preset']
	])('rejects a prototype-pollution key %s and pollutes nothing', (_name, json, path) => {
		const all = messages(linkText(json));
		expect(all.some((m) => m.startsWith(path))).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('never throws, whatever the bytes (1,000 random fragments)', () => {
		const rand = mulberry32(99);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/%#<>" ';
		for (let i = 0; i < 1000; i++) {
			const len = Math.floor(rand() * 80);
			let s = rand() < 0.7 ? 'v1=' : '';
			for (let j = 0; j < len; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
			const r = decodeNotebook(s);
			if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
		}
		// mutations of a real link: flip one character
		for (let i = 0; i < good.length; i++) {
			const s = good.slice(0, i) + (good[i] === 'A' ? 'B' : 'A') + good.slice(i + 1);
			expect(() => decodeNotebook(s)).not.toThrow();
		}
	});
});

describe('decodeNotebook: compare sides (cmp)', () => {
	const payload = (fragment: string) => JSON.parse(Buffer.from(fragment.slice(3), 'base64url').toString());
	const withPair = (compare: NotebookDoc['compare']): NotebookDoc => ({ ...defaults(), compare });
	const a1Edited = mnasPreset('mnasnet-a1');
	a1Edited.blocks = a1Edited.blocks.map((b, i) => (i === 2 ? { ...b, k: 3 } : b));
	const fEdited = fpnPreset('f');
	fEdited.cells = fEdited.cells.map((c, i) => (i === 0 ? { ...c, op: c.op === 'sum' ? 'gp' : 'sum' } : c));

	// [name, side, the link's side as JSON]: an edited side comes back as the same spec, still marked edited
	const edited: [string, CompareRef, unknown][] = [
		[
			'lecture at width 0.75',
			{ kind: 'mnasnet', presetId: 'lecture', spec: { ...mnasPreset('lecture'), widthMult: 0.75 }, edited: true },
			{ m: { w: 0.75 } }
		],
		[
			'A1 with one kernel changed',
			{ kind: 'mnasnet', presetId: 'mnasnet-a1', spec: a1Edited, edited: true },
			{ m: { p: 'mnasnet-a1', b: a1Edited.blocks.map(() => expect.any(Array)) } }
		],
		[
			'a kept copy equal to its preset (written with its rows)',
			{ kind: 'mnasnet', presetId: 'mnasnet-small', spec: mnasPreset('mnasnet-small'), edited: true },
			{ m: { p: 'mnasnet-small', b: expect.any(Array) } }
		],
		[
			'step (c) at 128 channels',
			{ kind: 'nasfpn', step: 'c', spec: fpnPreset('c', { channels: 128 }), edited: true },
			{ f: { s: 'c', c: 128 } }
		],
		[
			'step (f) with one cell op flipped',
			{ kind: 'nasfpn', step: 'f', spec: fEdited, edited: true },
			{ f: { x: expect.any(Array) } }
		],
		[
			'a kept copy equal to step (a)',
			{ kind: 'nasfpn', step: 'a', spec: fpnPreset('a'), edited: true },
			{ f: { s: 'a', x: expect.any(Array) } }
		]
	];
	it.each(edited)('an edited side round-trips exactly: %s', (_name, side, json) => {
		const net = side.kind === 'mnasnet' ? 'm' : 'f';
		const doc = withPair([{ kind: 'current', net: side.kind === 'mnasnet' ? 'mnasnet' : 'nasfpn' }, side]);
		const text = encodeNotebook(doc);
		expect(payload(text).cmp).toEqual([net, json]);
		const back = roundTrip(doc);
		expect(back.compare).toEqual(doc.compare);
		const got = back.compare![1];
		if (got.kind === 'mnasnet' && side.kind === 'mnasnet')
			expect(costMnasnet(got.spec).total).toEqual(costMnasnet(side.spec).total);
		else if (got.kind === 'nasfpn' && side.kind === 'nasfpn')
			expect(costNasfpn(got.spec).total).toEqual(costNasfpn(side.spec).total);
		else throw new Error('side changed kind');
	});

	it('carries the edited totals: MnasNet-B1 at width 0.75 has 3,170,208 params and 215,493,104 MACs', () => {
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: torchvision mnasnet0_75 weights meta (MnasNet-B1 at depth multiplier α = torchvision mnasnetα)
		const side: CompareRef = {
			kind: 'mnasnet',
			presetId: 'mnasnet-b1',
			spec: { ...mnasPreset('mnasnet-b1'), widthMult: 0.75 },
			edited: true
		};
		const back = roundTrip(
			withPair([{ kind: 'mnasnet', presetId: 'mnasnet-b1', spec: mnasPreset('mnasnet-b1') }, side])
		);
		const got = back.compare![1];
		if (got.kind !== 'mnasnet') throw new Error('not a MnasNet side');
		expect(got.edited).toBe(true);
		expect(costMnasnet(got.spec).total.params).toBe(3_170_208);
		expect(costMnasnet(got.spec).total.macs).toBe(215_493_104);
	});

	// Links written before edited sides existed: [name, cmp as written, the pair read back]
	const old: [string, unknown, CompareRef[]][] = [
		[
			'current vs a preset (what older pages wrote)',
			['m', { m: { p: 'mnasnet-b1' } }],
			[
				{ kind: 'current', net: 'mnasnet' },
				{ kind: 'mnasnet', presetId: 'mnasnet-b1', spec: mnasPreset('mnasnet-b1') }
			]
		],
		[
			'a step vs the current NAS-FPN',
			[{ f: { s: 'a' } }, 'f'],
			[
				{ kind: 'nasfpn', step: 'a', spec: fpnPreset('a') },
				{ kind: 'current', net: 'nasfpn' }
			]
		],
		[
			'the lecture preset as an empty object',
			[{ m: {} }, { m: { p: 'mnasnet-a1' } }],
			[
				{ kind: 'mnasnet', presetId: 'lecture', spec: mnasPreset('lecture') },
				{ kind: 'mnasnet', presetId: 'mnasnet-a1', spec: mnasPreset('mnasnet-a1') }
			]
		],
		[
			'step (f) as an empty object',
			[{ f: {} }, { f: { s: 'b' } }],
			[
				{ kind: 'nasfpn', step: 'f', spec: fpnPreset('f') },
				{ kind: 'nasfpn', step: 'b', spec: fpnPreset('b') }
			]
		],
		[
			'an edited network in the old diff form',
			['m', { m: { p: 'mnasnet-a1', w: 0.5 } }],
			[
				{ kind: 'current', net: 'mnasnet' },
				{ kind: 'mnasnet', presetId: 'mnasnet-a1', spec: { ...mnasPreset('mnasnet-a1'), widthMult: 0.5 }, edited: true }
			]
		]
	];
	it.each(old)('an old link decodes as before: %s', (_name, cmp, pair) => {
		const r = decodeNotebook(link({ cmp }));
		if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
		expect(r.value.compare).toEqual(pair);
		expect(r.value.compare!.some((side) => 'problems' in side)).toBe(false);
		// and the same pair is written back in the same words
		expect(payload(encodeNotebook(r.value)).cmp).toEqual(cmp);
	});

	// A corrupt side: [name, payload JSON text, side index, the fallback shown, a piece of the message]
	const A1 = { kind: 'mnasnet', presetId: 'mnasnet-a1', spec: mnasPreset('mnasnet-a1') } as const;
	const LECTURE = { kind: 'mnasnet', presetId: 'lecture', spec: mnasPreset('lecture') } as const;
	const STEP = (step: 'c' | 'f') => ({ kind: 'nasfpn', step, spec: fpnPreset(step) }) as const;
	const corrupt: [string, string, 0 | 1, CompareRef, string][] = [
		['width as text', '{"cmp":["m",{"m":{"p":"mnasnet-a1","w":"1.0"}}]}', 1, A1, 'link.compare[1].mnasnet.widthMult'],
		['width negative', '{"cmp":["m",{"m":{"p":"mnasnet-a1","w":-1}}]}', 1, A1, 'link.compare[1].mnasnet.widthMult'],
		['width null', '{"cmp":["m",{"m":{"w":null}}]}', 1, LECTURE, 'link.compare[1].mnasnet.widthMult'],
		[
			'resolution overflowing to Infinity',
			'{"cmp":[{"m":{"r":1e999}},"m"]}',
			0,
			LECTURE,
			'link.compare[0].mnasnet.resolution'
		],
		[
			'even kernel in a block row',
			'{"cmp":["m",{"m":{"p":"mnasnet-a1","b":[["m",6,24,1,1,4,0,1]]}}]}',
			1,
			A1,
			'link.compare[1].mnasnet.blocks[0].k'
		],
		['block rows not a list', '{"cmp":["m",{"m":{"p":"mnasnet-a1","b":7}}]}', 1, A1, 'link.compare[1].mnasnet.blocks'],
		['unknown field in the side', '{"cmp":["m",{"m":{"p":"mnasnet-a1","zz":1}}]}', 1, A1, 'link.compare[1].mnasnet.zz'],
		[
			'unknown preset',
			'{"cmp":["m",{"m":{"p":"resnet","w":1.25}}]}',
			1,
			LECTURE,
			'link.compare[1].mnasnet.preset: the text "resnet" is not a MnasNet preset'
		],
		['preset id not text', '{"cmp":["m",{"m":{"p":3}}]}', 1, LECTURE, 'link.compare[1].mnasnet.preset'],
		['network as text', '{"cmp":["m",{"m":"lecture"}]}', 1, LECTURE, 'link.compare[1].mnasnet: must be an object'],
		['unknown step', '{"cmp":["f",{"f":{"s":"g"}}]}', 1, STEP('f'), 'link.compare[1].nasfpn.step'],
		['negative channels', '{"cmp":[{"f":{"s":"c","c":-256}},"f"]}', 0, STEP('c'), 'link.compare[0].nasfpn.channels'],
		['fractional repeats', '{"cmp":[{"f":{"s":"c","r":2.5}},"f"]}', 0, STEP('c'), 'link.compare[0].nasfpn.repeats'],
		[
			'a cell pointing forward',
			'{"cmp":["f",{"f":{"s":"c","x":[[4,0,1,9,1]]}}]}',
			1,
			STEP('c'),
			'link.compare[1].nasfpn.cells[0].inputs[1]'
		],
		['unknown side, the other a NAS-FPN', '{"cmp":["zz","f"]}', 0, STEP('f'), 'link.compare[0]: must be "m", "f"'],
		['a number as a side', '{"cmp":["m",7]}', 1, LECTURE, 'link.compare[1]: must be "m", "f"'],
		['both kinds in one side', '{"cmp":["m",{"m":{},"f":{}}]}', 1, LECTURE, 'link.compare[1]: must be "m", "f"'],
		[
			'a prototype key in the side',
			'{"cmp":["m",{"m":{"__proto__":{"w":9}}}]}',
			1,
			LECTURE,
			'link.compare[1].mnasnet.__proto__'
		]
	];
	it.each(corrupt)(
		'a corrupt side falls back to its preset with the problem: %s',
		(_name, json, i, fallback, message) => {
			// the rest of the link (here a width edit of the network on the page) is still used
			const r = decodeNotebook(linkText(json.replace(/^\{/, '{"m":{"w":0.5},')));
			if (!r.ok) throw new Error(r.issues.map((x) => `${x.path}: ${x.message}`).join('; '));
			expect(r.value.mnas.widthMult).toBe(0.5);
			const side = r.value.compare![i];
			const { problems, ...shown } = side as CompareRef & { problems?: Issue[] };
			expect(shown).toEqual(fallback);
			const all = (problems ?? []).map((x) => `${x.path}: ${x.message}`).join('\n');
			expect(all).toContain(message);
			expect(r.warnings.map((x) => `${x.path}: ${x.message}`).join('\n')).toContain(message);
			expect(r.warnings.every((x) => x.severity === 'warning')).toBe(true);
			// the fallback is a valid network with finite totals, and the good side is untouched
			const total =
				side.kind === 'mnasnet'
					? costMnasnet(side.spec).total
					: side.kind === 'nasfpn'
						? costNasfpn(side.spec).total
						: null;
			expect(Number.isFinite(total?.params) && Number.isFinite(total?.macs)).toBe(true);
			const other = r.value.compare![1 - i];
			expect('problems' in other).toBe(false);
			expect(Object.prototype).not.toHaveProperty('w');
		}
	);

	it('still rejects a cmp that is not a pair (the link as a whole is malformed)', () => {
		expect(messages(link({ cmp: ['m', 'm', 'm'] })).join('\n')).toContain(
			'link.compare: must be a list of two networks'
		);
	});

	it("never writes a fallback's problems into a link", () => {
		const r = decodeNotebook(link({ cmp: ['m', { m: { p: 'mnasnet-a1', w: -1 } }] }));
		if (!r.ok) throw new Error('link rejected');
		expect(payload(encodeNotebook(r.value)).cmp).toEqual(['m', { m: { p: 'mnasnet-a1' } }]);
	});
});

describe('classifyFragment', () => {
	it.each([
		['', 'empty'],
		['#', 'empty'],
		['#sources', 'anchor'],
		['mnasnet-objective', 'anchor'],
		['#v1=e30', 'state'],
		['v12=abc', 'state'],
		['#<script>', 'other'],
		['#a b', 'other']
	])('%j is %s', (fragment, kind) => {
		expect(classifyFragment(fragment).kind).toBe(kind);
	});
});
