import { describe, it, expect } from 'vitest';
import { analyzeMnasnet, costMnasnet, mnasPreset, validateMnasnet, type MnasnetSpec } from '$lib/arch/mnasnet';

type Edit = (spec: Record<string, unknown> & { blocks: Record<string, unknown>[] }) => void;

function mutated(edit: Edit, base: MnasnetSpec = mnasPreset('mnasnet-b1')): unknown {
	const spec = structuredClone(base) as unknown as Record<string, unknown> & { blocks: Record<string, unknown>[] };
	edit(spec);
	return spec;
}

function errorsOf(input: unknown) {
	const r = validateMnasnet(input);
	return r.ok ? [] : r.issues.filter((i) => i.severity === 'error');
}

describe('validateMnasnet: bad inputs', () => {
	// issue 2 §4: each problem with its field path and a sentence that names the field
	it.each<[string, string, Edit, RegExp]>([
		['string width', 'widthMult', (s) => (s.widthMult = '1.0'), /widthMult.*number/],
		['NaN width', 'widthMult', (s) => (s.widthMult = NaN), /widthMult.*NaN/],
		['zero width', 'widthMult', (s) => (s.widthMult = 0), /widthMult.*greater than 0/],
		['negative width', 'widthMult', (s) => (s.widthMult = -1), /widthMult/],
		['width above 4', 'widthMult', (s) => (s.widthMult = 4.5), /widthMult.*at most 4/],
		['resolution below 32', 'resolution', (s) => (s.resolution = 16), /resolution.*32 to 2048/],
		['resolution above 2048', 'resolution', (s) => (s.resolution = 4096), /resolution/],
		['fractional resolution', 'resolution', (s) => (s.resolution = 224.5), /resolution.*whole/],
		['zero classes', 'numClasses', (s) => (s.numClasses = 0), /numClasses/],
		['too many classes', 'numClasses', (s) => (s.numClasses = 100_001), /numClasses/],
		['zero stem', 'stem', (s) => (s.stem = 0), /stem/],
		['huge head', 'head', (s) => (s.head = 5000), /head.*4096/],
		['null head', 'head', (s) => (s.head = null), /head.*null/],
		['unknown convention', 'convention', (s) => (s.convention = 'keras'), /convention.*"lecture", "tf"/],
		['wrong kind', 'kind', (s) => (s.kind = 'nasfpn'), /kind.*"mnasnet"/],
		['unknown top-level field', 'dropout', (s) => (s.dropout = 0.2), /"dropout" is not a field/],
		['missing field', 'numClasses', (s) => delete s.numClasses, /numClasses.*missing/],
		['no blocks', 'blocks', (s) => (s.blocks = []), /at least 1 block/],
		['33 blocks', 'blocks', (s) => (s.blocks = Array.from({ length: 33 }, () => ({ ...s.blocks[4] }))), /at most 32/],
		['blocks not a list', 'blocks', (s) => (s.blocks = { 0: 1 } as never), /blocks.*list/],
		['block not an object', 'blocks[2]', (s) => (s.blocks[2] = 7 as never), /blocks\[2\].*block object/],
		['even kernel', 'blocks[3].k', (s) => (s.blocks[3].k = 4), /kernel.*odd/],
		['huge kernel', 'blocks[3].k', (s) => (s.blocks[3].k = 13), /kernel.*at most 11/],
		['kernel as text', 'blocks[3].k', (s) => (s.blocks[3].k = '3'), /kernel.*number/],
		['stride 3', 'blocks[1].s', (s) => (s.blocks[1].s = 3), /stride.*1.*2/],
		['zero channels', 'blocks[1].c', (s) => (s.blocks[1].c = 0), /channels/],
		['negative channels', 'blocks[1].c', (s) => (s.blocks[1].c = -24), /channels/],
		['5000 channels', 'blocks[1].c', (s) => (s.blocks[1].c = 5000), /channels.*4096/],
		['zero repeats', 'blocks[1].n', (s) => (s.blocks[1].n = 0), /repeats/],
		['17 repeats', 'blocks[1].n', (s) => (s.blocks[1].n = 17), /repeats.*16/],
		['fractional repeats', 'blocks[1].n', (s) => (s.blocks[1].n = 2.5), /repeats.*whole/],
		['t 0', 'blocks[1].t', (s) => (s.blocks[1].t = 0), /expansion/],
		['SE above 1', 'blocks[1].se', (s) => (s.blocks[1].se = 1.5), /squeeze-excitation.*between 0/],
		['negative SE', 'blocks[1].se', (s) => (s.blocks[1].se = -0.25), /squeeze-excitation/],
		['unknown op', 'blocks[1].op', (s) => (s.blocks[1].op = 'dwconv'), /op.*"conv", "sepconv", "mbconv"/],
		['unknown skip', 'blocks[1].skip', (s) => (s.blocks[1].skip = 'pool'), /skip.*"identity", "none"/],
		['unknown block field', 'blocks[1].kernel', (s) => (s.blocks[1].kernel = 3), /"kernel" is not a field of a block/],
		['Infinity channels', 'blocks[1].c', (s) => (s.blocks[1].c = Infinity), /channels.*number/],
		// feature map: B1 has 5 stride-2 layers (stem + 4), 32 → 1×1 at blocks[4]; with blocks[4] striding too, blocks[5] would go below
		['feature map below 1×1', 'resolution', (s) => ((s.resolution = 32), (s.blocks[4].s = 2)), /blocks\[5\].*1×1/],
		// lecture int(c·w) truncation: widthMult 0.03 turns 24 into 0 channels
		['width rounding a layer to 0', 'widthMult', (s) => (s.widthMult = 0.03), /blocks\[1\] \(24 → 0\)/]
	])('%s → %s', (_name, path, edit, message) => {
		const base = _name === 'width rounding a layer to 0' ? mnasPreset('lecture') : undefined;
		const errors = errorsOf(mutated(edit, base));
		const at = errors.filter((e) => e.path === path);
		expect(at.length, JSON.stringify(errors)).toBeGreaterThan(0);
		expect(at.map((e) => e.message).join(' | ')).toMatch(message);
	});

	it('returns every problem at once', () => {
		const errors = errorsOf(
			mutated((s) => {
				s.widthMult = 'x';
				s.resolution = 10;
				s.blocks[0].k = 2;
				s.blocks[5].s = 4;
				s.extra = true;
			})
		);
		expect(errors.map((e) => e.path).sort()).toEqual([
			'blocks[0].k',
			'blocks[5].s',
			'extra',
			'resolution',
			'widthMult'
		]);
	});

	it.each([null, undefined, 42, 'mnasnet', [], true, () => 1])(
		'rejects a non-object spec (%s) at path "spec"',
		(input) => {
			expect(errorsOf(input).map((e) => e.path)).toEqual(['spec']);
		}
	);

	it('never throws on a spec whose getter throws', () => {
		const evil = { ...mnasPreset('mnasnet-b1') };
		Object.defineProperty(evil, 'widthMult', {
			enumerable: true,
			get() {
				throw new Error('boom');
			}
		});
		const r = validateMnasnet(evil);
		expect(r.ok).toBe(false);
	});
});

describe('validateMnasnet: warnings', () => {
	// the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py: the lecture code asserts input_size % 32 == 0
	it('warns (not errors) when the lecture resolution is not a multiple of 32', () => {
		const r = validateMnasnet({ ...mnasPreset('lecture'), resolution: 200 });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.warnings).toHaveLength(1);
		expect(r.warnings[0]).toMatchObject({ path: 'resolution', severity: 'warning' });
		expect(r.warnings[0].message).toMatch(/% 32/);
		// tf has no such assertion
		const tf = validateMnasnet({ ...mnasPreset('mnasnet-b1'), resolution: 200 });
		expect(tf.ok && tf.warnings).toEqual([]);
	});

	it('warns about the lecture oddities: unscaled sepconv, SE, expand conv at t = 1', () => {
		const spec = mnasPreset('lecture');
		spec.widthMult = 0.5;
		spec.blocks[1].se = 0.25;
		spec.blocks[2].t = 1;
		const r = validateMnasnet(spec);
		expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['blocks[0].c', 'blocks[1].se', 'blocks[2].t']);
	});

	it('warns that tf keeps non-multiples of 8 at widthMult 1 (mnasnet-d1 36, 48 → 36 is not a multiple of 8)', () => {
		const r = validateMnasnet(mnasPreset('mnasnet-d1'));
		expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['blocks[1].c']);
		// the cost report carries the same warnings
		expect(analyzeMnasnet(mnasPreset('mnasnet-d1')).ok).toBe(true);
	});

	it('accepts every preset without errors and returns a fresh object', () => {
		const spec = mnasPreset('mnasnet-a1');
		const r = validateMnasnet(spec);
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.value).toEqual(spec);
			expect(r.value).not.toBe(spec);
		}
	});
});

/** Deterministic PRNG (mulberry32) so the property runs are reproducible. */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const GARBAGE: unknown[] = [
	NaN,
	Infinity,
	-Infinity,
	'x',
	'',
	null,
	[],
	{},
	true,
	undefined,
	-1,
	0,
	1e308,
	0.5,
	[1, 2],
	{ a: 1 }
];

describe('validateMnasnet / analyzeMnasnet never throw and never return NaN', () => {
	function assertFiniteReport(input: unknown) {
		const r = analyzeMnasnet(input);
		if (!r.ok) {
			expect(r.issues.length).toBeGreaterThan(0);
			for (const i of r.issues) {
				expect(typeof i.path).toBe('string');
				expect(i.message).not.toMatch(/undefined|\[object/);
			}
			return;
		}
		const { report } = r.value;
		const all = [
			...Object.values(report.total),
			...report.layers.flatMap((l) => [
				l.params,
				l.bnBuffers,
				l.macs,
				l.activationElements,
				...l.inShape,
				...l.outShape
			]),
			...report.blocks.flatMap((b) => [b.params, b.bnBuffers, b.macs, b.flops, b.weightBytes, ...(b.outShape ?? [])])
		];
		for (const v of all) {
			expect(Number.isInteger(v) && v >= 0, `${v}`).toBe(true);
		}
		for (const b of report.blocks) expect(b.macShare >= 0 && b.macShare <= 1).toBe(true);
	}

	it('garbage in every top-level field', () => {
		for (const key of ['kind', 'convention', 'widthMult', 'resolution', 'numClasses', 'stem', 'head', 'blocks'])
			for (const g of GARBAGE) assertFiniteReport({ ...mnasPreset('mnasnet-a1'), [key]: g });
	});

	it('garbage in every block field', () => {
		for (const key of ['op', 't', 'c', 'n', 's', 'k', 'se', 'skip'])
			for (const g of GARBAGE) {
				const spec = mnasPreset('lecture') as unknown as { blocks: Record<string, unknown>[] };
				spec.blocks[3][key] = g;
				assertFiniteReport(spec);
			}
	});

	it('random valid specs give finite non-negative integer reports (seeded property run)', () => {
		const rand = rng(20240611);
		const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
		const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)];
		let valid = 0;
		for (let run = 0; run < 300; run++) {
			const spec: MnasnetSpec = {
				kind: 'mnasnet',
				convention: pick(['lecture', 'tf'] as const),
				widthMult: pick([0.25, 0.35, 0.5, 0.75, 1, 1.3, 1.4, 2, Math.round(rand() * 300) / 100 + 0.01]),
				resolution: int(32, 512),
				numClasses: int(1, 2000),
				stem: int(1, 64),
				head: int(1, 2048),
				blocks: Array.from({ length: int(1, 8) }, () => ({
					op: pick(['conv', 'sepconv', 'mbconv'] as const),
					t: int(1, 8),
					c: int(1, 256),
					n: int(1, 4),
					s: pick([1, 2]),
					k: pick([1, 3, 5, 7, 9, 11]),
					se: pick([0, 0, 0.25, Math.round(rand() * 100) / 100]),
					skip: pick(['identity', 'none'] as const)
				}))
			};
			const r = validateMnasnet(spec);
			if (!r.ok) continue; // e.g. a width that scales a layer to 0 channels
			valid++;
			assertFiniteReport(spec);
			const rep = costMnasnet(spec);
			expect(rep.layers.reduce((s, l) => s + l.params, 0)).toBe(rep.total.params);
			expect(rep.layers.reduce((s, l) => s + l.macs, 0)).toBe(rep.total.macs);
			expect(rep.total.flops).toBe(2 * rep.total.macs);
			expect(rep.total.weightBytes).toBe(4 * (rep.total.params + rep.total.bnBuffers));
			// every layer output is live at the op that writes it, so the peak is at least the largest output
			const biggest = Math.max(...rep.layers.map((l) => l.activationElements));
			expect(rep.total.peakActivationBytes).toBeGreaterThanOrEqual(4 * biggest);
		}
		expect(valid).toBeGreaterThan(200);
	});
});
