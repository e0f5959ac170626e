import { describe, it, expect } from 'vitest';
import { validateNasfpn, fpnPreset, FPN_STEPS } from '$lib/arch/nasfpn';

// The tests write invalid values into a copy of a spec, so the copy is deliberately untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** A valid spec as plain JSON data, then one change applied. */
function bad(change: (s: Record<string, Loose>) => void): unknown {
	const s = JSON.parse(JSON.stringify(fpnPreset('f'))) as Record<string, Loose>;
	change(s);
	return s;
}

describe('validateNasfpn', () => {
	it('accepts every step as a preset, with fresh copies and no warnings but (a)’s pass-through P7', () => {
		for (const step of FPN_STEPS) {
			const spec = fpnPreset(step.id);
			const r = validateNasfpn(JSON.parse(JSON.stringify(spec)));
			expect(r.ok).toBe(true);
			if (!r.ok) continue;
			expect(r.value).toEqual(spec);
			expect(r.value).not.toBe(spec);
			// issue 3 §2: P7 passes through in the baseline (a)
			expect(r.warnings.map((w) => w.path)).toEqual(step.id === 'a' ? ['cells'] : []);
		}
	});

	// issue 3 §4: each bad input reported at its field path
	it.each([
		{
			name: 'input points at itself',
			change: (s: Loose) => (s.cells[0].inputs[1] = 5),
			path: 'cells[0].inputs[1]',
			msg: 'own node'
		},
		{
			name: 'input points at a later node',
			change: (s: Loose) => (s.cells[3].inputs[1] = 10),
			path: 'cells[3].inputs[1]',
			msg: 'cycle'
		},
		{
			name: 'negative input',
			change: (s: Loose) => (s.cells[2].inputs[0] = -1),
			path: 'cells[2].inputs[0]',
			msg: '0 or more'
		},
		{
			name: 'non-integer input',
			change: (s: Loose) => (s.cells[1].inputs[0] = 1.5),
			path: 'cells[1].inputs[0]',
			msg: 'whole number'
		},
		{
			name: 'level above maxLevel',
			change: (s: Loose) => (s.cells[4].level = 8),
			path: 'cells[4].level',
			msg: 'outside the pyramid'
		},
		{
			name: 'level below minLevel',
			change: (s: Loose) => (s.cells[4].level = 2),
			path: 'cells[4].level',
			msg: 'outside the pyramid'
		},
		{ name: 'minLevel ≥ maxLevel', change: (s: Loose) => (s.minLevel = 7), path: 'minLevel', msg: 'below maxLevel' },
		{ name: 'maxLevel outside 1–9', change: (s: Loose) => (s.maxLevel = 10), path: 'maxLevel', msg: 'between 1 and 9' },
		{ name: 'minLevel outside 1–9', change: (s: Loose) => (s.minLevel = 0), path: 'minLevel', msg: 'between 1 and 9' },
		{
			name: 'unknown op',
			change: (s: Loose) => (s.cells[0].op = 'concat'),
			path: 'cells[0].op',
			msg: 'unknown op "concat"'
		},
		{
			name: 'three inputs',
			change: (s: Loose) => (s.cells[2].inputs = [0, 1, 2]),
			path: 'cells[2].inputs',
			msg: 'exactly two'
		},
		{ name: 'one input', change: (s: Loose) => (s.cells[2].inputs = [0]), path: 'cells[2].inputs', msg: 'exactly two' },
		{ name: 'channels 0', change: (s: Loose) => (s.channels = 0), path: 'channels', msg: 'between 1 and 4096' },
		{ name: 'channels 4097', change: (s: Loose) => (s.channels = 4097), path: 'channels', msg: 'between 1 and 4096' },
		{ name: 'imageSize 31', change: (s: Loose) => (s.imageSize = 31), path: 'imageSize', msg: 'between 32 and 4096' },
		{
			name: 'imageSize 5000',
			change: (s: Loose) => (s.imageSize = 5000),
			path: 'imageSize',
			msg: 'between 32 and 4096'
		},
		{ name: 'repeats 0', change: (s: Loose) => (s.repeats = 0), path: 'repeats', msg: 'between 1 and 16' },
		{ name: 'repeats 17', change: (s: Loose) => (s.repeats = 17), path: 'repeats', msg: 'between 1 and 16' },
		{
			name: '65 cells',
			change: (s: Loose) => (s.cells = Array.from({ length: 65 }, () => s.cells[0])),
			path: 'cells',
			msg: 'at most 64'
		},
		{ name: '0 cells', change: (s: Loose) => (s.cells = []), path: 'cells', msg: 'at least one' },
		{
			name: 'backbone width 0',
			change: (s: Loose) => (s.backboneChannels['4'] = 0),
			path: 'backboneChannels.4',
			msg: 'between 1 and 4096'
		},
		// the same cap as channels (NASFPN_LIMITS.channels), not 2^53 − 1
		{
			name: 'backbone width 4097',
			change: (s: Loose) => (s.backboneChannels['4'] = 4097),
			path: 'backboneChannels.4',
			msg: 'between 1 and 4096'
		},
		{
			name: 'backbone width 2^53 − 1',
			change: (s: Loose) => (s.backboneChannels['4'] = Number.MAX_SAFE_INTEGER),
			path: 'backboneChannels.4',
			msg: 'between 1 and 4096'
		},
		{
			name: 'backbone width 2.5',
			change: (s: Loose) => (s.backboneChannels['4'] = 2.5),
			path: 'backboneChannels.4',
			msg: ''
		},
		{
			name: 'backbone level outside',
			change: (s: Loose) => (s.backboneChannels['2'] = 256),
			path: 'backboneChannels.2',
			msg: 'outside the pyramid'
		},
		{
			name: 'backbone without minLevel',
			change: (s: Loose) => delete s.backboneChannels['3'],
			path: 'backboneChannels',
			msg: 'lowest level P3'
		},
		{
			name: 'backbone key not a level',
			change: (s: Loose) => (s.backboneChannels.c5 = 2048),
			path: 'backboneChannels.c5',
			msg: 'not a level'
		},
		{ name: 'unknown top-level field', change: (s: Loose) => (s.width = 3), path: 'width', msg: 'not a known field' },
		{
			name: 'unknown cell field',
			change: (s: Loose) => (s.cells[6].kernel = 3),
			path: 'cells[6].kernel',
			msg: 'not a known field'
		},
		{ name: 'NaN', change: (s: Loose) => (s.channels = NaN), path: 'channels', msg: 'not NaN' },
		{ name: 'null', change: (s: Loose) => (s.repeats = null), path: 'repeats', msg: 'not null' },
		{ name: 'string number', change: (s: Loose) => (s.imageSize = '640'), path: 'imageSize', msg: 'must be a number' },
		{ name: 'Infinity', change: (s: Loose) => (s.imageSize = Infinity), path: 'imageSize', msg: 'must be a number' },
		{ name: 'missing field', change: (s: Loose) => delete s.separable, path: 'separable', msg: 'missing' },
		{
			name: 'output not boolean',
			change: (s: Loose) => (s.cells[5].output = 'yes'),
			path: 'cells[5].output',
			msg: 'true or false'
		},
		{ name: 'wrong kind', change: (s: Loose) => (s.kind = 'mnasnet'), path: 'kind', msg: '"nasfpn"' },
		{ name: 'cell is null', change: (s: Loose) => (s.cells[1] = null), path: 'cells[1]', msg: 'an object' }
	])('$name → $path', ({ change, path, msg }) => {
		const r = validateNasfpn(bad(change));
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const hit = r.issues.find((i) => i.path === path);
		expect(hit, JSON.stringify(r.issues)).toBeDefined();
		expect(hit?.message).toContain(msg);
		expect(hit?.severity).toBe('error');
	});

	it('reports every problem at once', () => {
		const r = validateNasfpn(
			bad((s) => {
				s.channels = -1;
				s.cells[0].op = 'max';
				s.cells[6].inputs[0] = 99;
				s.extra = true;
			})
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues.map((i) => i.path).sort()).toEqual(['cells[0].op', 'cells[6].inputs[0]', 'channels', 'extra']);
	});

	it.each([undefined, null, 42, 'nasfpn', [], true, { kind: 'nasfpn' }])('never throws on %j', (input) => {
		const r = validateNasfpn(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
	});

	it('warns (but accepts) an image size that is not a multiple of 2^maxLevel, and dead nodes', () => {
		// open-mmlab/mmdetection mmdet/models/necks/nas_fpn.py: mmdetection pads to 128 so feature sizes match
		const r = validateNasfpn(bad((s) => (s.imageSize = 600)));
		expect(r.ok && r.warnings.map((w) => [w.path, w.severity])).toEqual([['imageSize', 'warning']]);
		const dead = validateNasfpn(
			bad((s) => {
				s.cells.push({ level: 5, op: 'sum', inputs: [2, 3], output: false });
			})
		);
		expect(dead.ok).toBe(true);
		if (!dead.ok) return;
		const paths = dead.warnings.map((w) => w.path);
		expect(paths).toContain('cells[7]');
		// the official code would take nodes 8–12 as outputs: a different pyramid
		expect(dead.warnings.some((w) => w.message.includes('official code takes the last 5 nodes'))).toBe(true);
	});

	it('normalises backbone keys and copies the input', () => {
		const input = bad((s) => (s.backboneChannels = { '5': 2048, '3': 512 }));
		const r = validateNasfpn(input);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(Object.keys(r.value.backboneChannels ?? {})).toEqual(['3', '5']);
		(input as Loose).cells[0].level = 9;
		expect(r.value.cells[0].level).toBe(4);
	});
});
