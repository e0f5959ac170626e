// buildNasfpnLayers / buildNasfpnFolded against the NAS-FPN engine: node and output shapes, trainable params,
// and the folded graph's equality with the layers pyramid.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { FPN_PRESET_IDS, fpnPreset, costNasfpn, validateNasfpn, type NasfpnSpec } from '../../../src/lib/arch/nasfpn';
import { buildNasfpnLayers, nodeOwner } from '../../../src/lib/tfjs/nasfpnModel';
import { buildNasfpnFolded } from '../../../src/lib/tfjs/nasfpnFolded';
import { resolveNasfpn } from '../../../src/lib/arch/nasfpn/graph';
import { trainableParams } from '../../../src/lib/tfjs/mnasnetLayers';
import { useWasm, randomizeBatchNorm, maxDiff } from './helpers';

beforeAll(useWasm);

const SMALL_BACKBONE = { '3': 8, '4': 16, '5': 24 };

// Small pyramids (16 channels, 128 px) keep Node fast; 200 px is not a multiple of 2^7 (upsampled maps are cropped).
const CASES: [string, NasfpnSpec][] = [
	...FPN_PRESET_IDS.map(
		(id) =>
			[
				`preset ${id}`,
				fpnPreset(id, { channels: 16, imageSize: 128, repeats: 2, backboneChannels: SMALL_BACKBONE })
			] as [string, NasfpnSpec]
	),
	['f, no input stage', fpnPreset('f', { channels: 16, imageSize: 128, repeats: 1, backboneChannels: undefined })],
	[
		'f, separable',
		fpnPreset('f', { channels: 16, imageSize: 128, repeats: 2, separable: true, backboneChannels: SMALL_BACKBONE })
	],
	[
		'a, separable, no input stage',
		fpnPreset('a', { channels: 8, imageSize: 128, repeats: 3, separable: true, backboneChannels: undefined })
	],
	[
		'f, image 200 (not a multiple of 128)',
		fpnPreset('f', { channels: 16, imageSize: 200, repeats: 1, backboneChannels: SMALL_BACKBONE })
	],
	[
		'f, backbone width = D on P4 (no projection)',
		fpnPreset('f', { channels: 16, imageSize: 128, repeats: 1, backboneChannels: { '3': 8, '4': 16 } })
	],
	[
		'f with a dead cell',
		{
			...fpnPreset('f', { channels: 16, imageSize: 128, repeats: 1 }),
			cells: [
				...fpnPreset('f').cells.slice(0, 2),
				{ level: 5, op: 'sum', inputs: [0, 1], output: false },
				...fpnPreset('f')
					.cells.slice(2)
					.map((c) => ({ ...c, inputs: c.inputs.map((i) => (i >= 7 ? i + 1 : i)) as [number, number] }))
			]
		}
	],
	[
		'levels 3–5, gp cells, a tie in levels',
		{
			kind: 'nasfpn',
			minLevel: 3,
			maxLevel: 5,
			channels: 8,
			imageSize: 96,
			repeats: 2,
			separable: false,
			cells: [
				{ level: 4, op: 'gp', inputs: [0, 2], output: false },
				{ level: 3, op: 'gp', inputs: [0, 3], output: true },
				{ level: 5, op: 'sum', inputs: [3, 1], output: true },
				{ level: 4, op: 'gp', inputs: [3, 1], output: true }
			]
		}
	]
];

describe('buildNasfpnLayers', () => {
	it('the specs in the table are valid (guards the table)', () => {
		for (const [name, spec] of CASES) expect(validateNasfpn(spec).ok, name).toBe(true);
	});

	it.each(CASES)('%s: trainable params, node and output shapes equal the engine', (_name, spec) => {
		const cost = costNasfpn(spec);
		const built = buildNasfpnLayers(spec);
		try {
			expect(trainableParams(built.model)).toBe(cost.total.params);
			for (let rep = 0; rep < spec.repeats; rep++) {
				for (const n of cost.nodes) {
					if (n.op === 'input') continue;
					expect(built.nodeShapes[nodeOwner(rep, n.offset)], `${rep}/${n.offset}`).toEqual([
						n.side,
						n.side,
						spec.channels
					]);
				}
			}
			// model outputs: P_min … P_max of the last repeat at the engine's sides
			const levelShapes = built.model.outputs.slice(0, built.outputLevels.length).map((o) => o.shape.slice(1));
			const expected = built.outputLevels.map((level) => {
				const n = cost.nodes[cost.outputs[level]];
				return [n.side, n.side, spec.channels];
			});
			expect(levelShapes).toEqual(expected);
		} finally {
			built.model.dispose();
		}
	});

	it('preset f at 256 channels, 640 px, one repeat, no backbone: 28,939,008 params (3×3 conv cost of tensorflow/tpu nasfpn.py check)', () => {
		const built = buildNasfpnLayers(fpnPreset('f', { repeats: 1, backboneChannels: undefined }));
		expect(trainableParams(built.model)).toBe(28_939_008 / 7);
		built.model.dispose();
	});
});

describe('buildNasfpnFolded', () => {
	it.each(CASES)('%s: equals the layers pyramid on random inputs and BN statistics', (_name, spec) => {
		const built = buildNasfpnLayers(spec, { seed: 5 });
		randomizeBatchNorm(built.model);
		const folded = buildNasfpnFolded(built);
		const xs = built.inputs.map(
			(f, i) => tf.randomNormal([1, f.side, f.side, f.channels], 0, 1, 'float32', 20 + i) as tf.Tensor4D
		);
		const raw = built.model.predict(xs);
		const a = (Array.isArray(raw) ? raw : [raw]).slice(0, built.outputLevels.length);
		const b = folded.predict(xs);
		expect(b.length).toBe(a.length);
		a.forEach((t, i) => {
			const { diff, scale } = maxDiff(t, b[i]);
			expect(b[i].shape).toEqual(t.shape);
			expect(scale).toBeGreaterThan(1e-3);
			// fp32, different summation order: ≤ 1e-4 · max|layers| + 1e-5
			expect(diff).toBeLessThanOrEqual(1e-4 * scale + 1e-5);
		});
		tf.dispose([...xs, ...(Array.isArray(raw) ? raw : [raw]), ...b]);
		folded.dispose();
		built.model.dispose();
	});

	it.each(CASES)(
		'%s: frees every temporary as it goes; the inputs survive and a second pass gives the same result',
		(_name, spec) => {
			const built = buildNasfpnLayers(spec, { seed: 5 });
			const folded = buildNasfpnFolded(built);
			built.model.dispose();
			const xs = built.inputs.map(
				(f, i) => tf.randomNormal([1, f.side, f.side, f.channels], 0, 1, 'float32', 20 + i) as tf.Tensor4D
			);
			const before = tf.memory().numTensors;
			// count the tensors alive after each step of one pass (outside predict's tidy, as the profiler runs them)
			let peak = 0;
			const pass = tf.tidy(() => {
				const feats = folded.start(xs);
				for (const s of folded.steps) {
					s.run(feats);
					peak = Math.max(peak, tf.memory().numTensors - before);
				}
				return folded.outputs(feats);
			});
			// only the level outputs are left of the pass (a level that passes an input through adds no tensor), and no
			// more maps were ever alive at once than the graph has nodes
			expect(tf.memory().numTensors - before).toBe(new Set(pass.filter((t) => !xs.includes(t as tf.Tensor4D))).size);
			const nodes = resolveNasfpn(spec).nodes.length;
			expect(peak).toBeLessThanOrEqual(nodes);
			expect(xs.every((x) => !x.isDisposed)).toBe(true);
			const again = folded.predict(xs);
			again.forEach((t, i) => expect(maxDiff(t, pass[i]).diff).toBe(0));
			tf.dispose([...xs, ...pass, ...again]);
			folded.dispose();
		}
	);
});
