import { describe, it, expect } from 'vitest';
import { resolveNasfpn, fpnPreset, levelSide, resampleBetween, type FpnCell, type NasfpnSpec } from '$lib/arch/nasfpn';

const withCells = (cells: FpnCell[], overrides: Partial<NasfpnSpec> = {}): NasfpnSpec => ({
	...fpnPreset('f'),
	...overrides,
	cells
});
const c = (level: number, op: 'sum' | 'gp', i: number, j: number, output: boolean): FpnCell => ({
	level,
	op,
	inputs: [i, j],
	output
});

describe('levelSide / resampleBetween', () => {
	it.each([
		{ size: 640, level: 3, side: 80 },
		{ size: 640, level: 7, side: 5 },
		{ size: 600, level: 7, side: 5 }, // ceil(600 / 128) = 4.69 → 5 (3×3 conv cost of tensorflow/tpu nasfpn.py: ceil)
		{ size: 100, level: 3, side: 13 }
	])('levelSide($size, $level) = $side', ({ size, level, side }) => expect(levelSide(size, level)).toBe(side));

	it('nearest up by 2^d from coarser, max pool 2^d from finer (tensorflow/tpu detection/modeling/architecture/nasfpn.py)', () => {
		expect(resampleBetween(6, 4)).toEqual({ kind: 'up', factor: 4 });
		expect(resampleBetween(4, 7)).toEqual({ kind: 'down', factor: 8 });
		expect(resampleBetween(5, 5)).toEqual({ kind: 'none' });
	});
});

describe('resolveNasfpn', () => {
	it('the official cell resolves to tensorflow/tpu detection/modeling/architecture/nasfpn.py', () => {
		const g = resolveNasfpn(fpnPreset('f'));
		const rows = g.nodes.slice(5).map((n) => ({
			offset: n.offset,
			level: n.level,
			op: n.op,
			inputs: n.inputs.map((i) => [i.offset, i.resample.kind, i.resample.kind === 'none' ? 1 : i.resample.factor]),
			gate: n.gateInput,
			extra: n.extraInputs
		}));
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py table: base/gate source, other input, resampling, extra same-level sum
		expect(rows).toEqual([
			{
				offset: 5,
				level: 4,
				op: 'gp',
				inputs: [
					[1, 'none', 1],
					[3, 'up', 4]
				],
				gate: 3,
				extra: []
			},
			{
				offset: 6,
				level: 4,
				op: 'sum',
				inputs: [
					[1, 'none', 1],
					[5, 'none', 1]
				],
				gate: undefined,
				extra: []
			},
			{
				offset: 7,
				level: 3,
				op: 'sum',
				inputs: [
					[0, 'none', 1],
					[6, 'up', 2]
				],
				gate: undefined,
				extra: []
			},
			{
				offset: 8,
				level: 4,
				op: 'sum',
				inputs: [
					[6, 'none', 1],
					[7, 'down', 2]
				],
				gate: undefined,
				extra: []
			},
			{
				offset: 9,
				level: 5,
				op: 'gp',
				inputs: [
					[7, 'down', 4],
					[8, 'down', 2]
				],
				gate: 8,
				extra: [2]
			},
			{
				offset: 10,
				level: 7,
				op: 'gp',
				inputs: [
					[6, 'down', 8],
					[9, 'down', 4]
				],
				gate: 9,
				extra: [4]
			},
			{
				offset: 11,
				level: 6,
				op: 'gp',
				inputs: [
					[9, 'down', 2],
					[10, 'up', 2]
				],
				gate: 10,
				extra: []
			}
		]);
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py: outputs P3, P4, P5, P7, P6 from n7 … n11
		expect(g.outputs).toEqual({ 3: 7, 4: 8, 5: 9, 6: 11, 7: 10 });
		expect(g.nodes.filter((n) => n.isOutput).map((n) => n.offset)).toEqual([7, 8, 9, 10, 11]);
		expect(g.deadNodes).toEqual([]);
		expect(g.passThroughLevels).toEqual([]);
		expect(g.tfOutputsMatch).toBe(true);
		// who reads whom (inputs and extra inputs); n11 is read by nothing inside the repeat
		expect(g.nodes.map((n) => n.consumers)).toEqual([
			[7],
			[5, 6],
			[9],
			[5],
			[10],
			[6],
			[7, 8, 10],
			[8, 9],
			[9],
			[10, 11],
			[11],
			[]
		]);
	});

	it('gp gate is the first input when both come from the same level (TF `node0_level >= node1_level`)', () => {
		const tie = resolveNasfpn(withCells([c(4, 'sum', 0, 1, false), c(4, 'gp', 5, 1, true)]));
		expect(tie.nodes[6].gateInput).toBe(5);
		const tie2 = resolveNasfpn(withCells([c(4, 'sum', 0, 1, false), c(4, 'gp', 1, 5, true)]));
		expect(tie2.nodes[6].gateInput).toBe(1);
	});

	it('the output rule adds each unused same-level node once, then marks it used (tensorflow/tpu detection/modeling/architecture/nasfpn.py step 3)', () => {
		const g = resolveNasfpn(withCells([c(3, 'sum', 1, 2, true), c(3, 'sum', 1, 5, true)]));
		expect(g.nodes[5].extraInputs).toEqual([0]); // P3in, unused so far
		expect(g.nodes[6].extraInputs).toEqual([]); // P3in is used now; n5 is read by this cell
		expect(g.outputs[3]).toBe(6);
	});

	it('non-output cells never take extra inputs', () => {
		const g = resolveNasfpn(withCells([c(3, 'sum', 1, 2, false), c(3, 'sum', 1, 5, true)]));
		expect(g.nodes[5].extraInputs).toEqual([]);
		expect(g.nodes[6].extraInputs).toEqual([0]);
	});

	it('the baseline FPN (a): P7 passes through, the others are the merges', () => {
		const g = resolveNasfpn(fpnPreset('a'));
		expect(g.outputs).toEqual({ 3: 8, 4: 7, 5: 6, 6: 5, 7: 4 });
		expect(g.passThroughLevels).toEqual([7]);
		expect(g.nodes[4].isOutput).toBe(true);
		expect(g.tfOutputsMatch).toBe(true);
	});

	it('marks dead nodes, also through chains, and tells when the TF output rule would differ', () => {
		// n10 feeds only n11, which feeds nothing and comes after the last P6 output cell → both dead
		// (had a P6 output cell come later, the output rule would have summed n11 into it)
		const g = resolveNasfpn(
			withCells([
				c(3, 'sum', 0, 1, true),
				c(4, 'sum', 1, 5, true),
				c(5, 'sum', 2, 6, true),
				c(6, 'sum', 3, 7, true),
				c(7, 'sum', 4, 8, true),
				c(5, 'sum', 2, 4, false),
				c(6, 'sum', 3, 10, false)
			])
		);
		expect(g.deadNodes).toEqual([10, 11]);
		expect(g.nodes[10].dead && g.nodes[11].dead).toBe(true);
		expect(g.nodes[9].dead).toBe(false);
		// an output cell early, then non-output cells: TF takes the last 5 nodes instead
		const h = resolveNasfpn(withCells([c(3, 'sum', 0, 1, true), c(4, 'sum', 1, 5, false), c(5, 'sum', 2, 6, false)]));
		expect(h.outputs[3]).toBe(5);
		expect(h.tfOutputsMatch).toBe(false);
		expect(h.deadNodes).toEqual([6, 7]);
	});
});
