import { describe, it, expect } from 'vitest';
import { FPN_STEPS, fpnPreset, R50_BACKBONE, resolveNasfpn, validateNasfpn, type FpnPresetId } from '$lib/arch/nasfpn';

describe('FPN_STEPS', () => {
	it('lists (a) … (f) in order, with both languages filled in', () => {
		expect(FPN_STEPS.map((s) => [s.id, s.label])).toEqual([
			['a', '(a)'],
			['b', '(b)'],
			['c', '(c)'],
			['d', '(d)'],
			['e', '(e)'],
			['f', '(f)']
		]);
		for (const s of FPN_STEPS) {
			for (const t of [s.title.en, s.title.ko, s.text.en, s.text.ko, s.source.en, s.source.ko])
				expect(t.length).toBeGreaterThan(5);
			expect(s.text.ko).toMatch(/[가-힣]/);
			expect(s.source.ko).toMatch(/[가-힣]/);
		}
	});

	it('(f) is the official block spec (tensorflow/tpu nasfpn.py, NASFPN_BLOCK_SPECS)', () => {
		const f = FPN_STEPS[5];
		expect(f.illustration).toBe(false);
		expect(f.cells.map((c) => [c.level, c.op, c.inputs, c.output])).toEqual([
			[4, 'gp', [1, 3], false],
			[4, 'sum', [1, 5], false],
			[3, 'sum', [0, 6], true],
			[4, 'sum', [6, 7], true],
			[5, 'gp', [7, 8], true],
			[7, 'gp', [6, 9], true],
			[6, 'gp', [9, 10], true]
		]);
	});

	it('(a) is the top-down FPN: P6 = sum(P7, P6), P5 = sum(P6′, P5), P4 = sum(P5′, P4), P3 = sum(P4′, P3) (FPN paper §3, top-down pathway)', () => {
		expect(FPN_STEPS[0].cells).toEqual([
			{ level: 6, op: 'sum', inputs: [4, 3], output: true },
			{ level: 5, op: 'sum', inputs: [5, 2], output: true },
			{ level: 4, op: 'sum', inputs: [6, 1], output: true },
			{ level: 3, op: 'sum', inputs: [7, 0], output: true }
		]);
		expect(FPN_STEPS[0].illustration).toBe(false);
	});

	it('(b)–(e) are labelled illustrations, 7 cells each (no public text or code gives them)', () => {
		for (const s of FPN_STEPS.slice(1, 5)) {
			expect(s.illustration).toBe(true);
			expect(s.cells).toHaveLength(7);
			expect(s.source.en).toContain('not read from Fig. 7');
			expect(s.source.ko).toContain('그림 7에서 읽어 온 것이 아닙니다');
		}
	});

	it('(b)–(f) follow the paper’s story: P3 input wired straight to the P3 output, reuse of new nodes never drops', () => {
		const reuse = FPN_STEPS.slice(1).map((s) => {
			const g = resolveNasfpn(fpnPreset(s.id));
			// NAS-FPN paper §4: a direct connection between the high-resolution input and output layers
			const p3out = g.nodes[g.outputs[3]];
			expect(p3out.inputs.map((i) => i.offset)).toContain(0);
			return s.cells.flatMap((c) => c.inputs).filter((o) => o >= 5).length;
		});
		for (let k = 1; k < reuse.length; k++) expect(reuse[k]).toBeGreaterThanOrEqual(reuse[k - 1]);
		expect(reuse[reuse.length - 1]).toBeGreaterThan(reuse[0]);
	});

	it('(d) onwards has both top-down (upsampled) and bottom-up (pooled) inputs into output cells', () => {
		for (const id of ['d', 'e', 'f'] as FpnPresetId[]) {
			const g = resolveNasfpn(fpnPreset(id));
			const kinds = new Set(g.nodes.filter((n) => n.outputFlag).flatMap((n) => n.inputs.map((i) => i.resample.kind)));
			expect(kinds.has('up') && kinds.has('down')).toBe(true);
		}
	});
});

describe('fpnPreset', () => {
	it('defaults: P3–P7, 256 ch, 640 px, 7 repeats, not separable, R-50 widths (tensorflow/tpu nasfpn.py and ResNet-50 C3–C5)', () => {
		const s = fpnPreset('f');
		expect({ ...s, cells: undefined }).toEqual({
			kind: 'nasfpn',
			minLevel: 3,
			maxLevel: 7,
			channels: 256,
			imageSize: 640,
			repeats: 7,
			separable: false,
			backboneChannels: { '3': 512, '4': 1024, '5': 2048 },
			cells: undefined
		});
	});

	it('returns fresh copies and applies overrides', () => {
		const a = fpnPreset('f');
		a.cells[0].inputs[0] = 4;
		a.backboneChannels!['3'] = 1;
		const b = fpnPreset('f', { channels: 384, repeats: 3 });
		expect(b.cells[0].inputs).toEqual([1, 3]);
		expect(b.backboneChannels).toEqual(R50_BACKBONE);
		expect([b.channels, b.repeats]).toEqual([384, 3]);
		expect(FPN_STEPS[5].cells[0].inputs).toEqual([1, 3]);
		const n = fpnPreset('c', { backboneChannels: undefined });
		expect('backboneChannels' in n).toBe(false);
		expect(validateNasfpn(n).ok).toBe(true);
	});
});
