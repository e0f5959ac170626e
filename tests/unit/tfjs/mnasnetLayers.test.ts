// buildMnasnetLayers / buildMnasnetFolded against the engine: the tfjs model has exactly the engine's trainable
// parameters and every planned layer's output shape, and the folded inference graph computes the same function.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { MNAS_PRESET_IDS, mnasPreset, planMnasnet, costMnasnet, validateMnasnet } from '../../../src/lib/arch/mnasnet';
import type { MnasnetSpec } from '../../../src/lib/arch/mnasnet';
import { buildMnasnetLayers, trainableParams } from '../../../src/lib/tfjs/mnasnetLayers';
import { buildMnasnetFolded } from '../../../src/lib/tfjs/mnasnetFolded';
import { useWasm, randomizeBatchNorm, maxDiff } from './helpers';

beforeAll(useWasm);

/** A preset at a small resolution (64, a multiple of 32 as the lecture code asks) to keep Node fast. */
function small(id: (typeof MNAS_PRESET_IDS)[number], resolution = 64): MnasnetSpec {
	return { ...mnasPreset(id), resolution };
}

function edit(spec: MnasnetSpec, f: (s: MnasnetSpec) => void): MnasnetSpec {
	const s = structuredClone(spec);
	f(s);
	return s;
}

// Edited networks a student makes in the notebook: every op, SE, skips, kernels, widths, odd sizes.
const EDITED: [string, MnasnetSpec][] = [
	['lecture w=0.5', edit(small('lecture'), (s) => (s.widthMult = 0.5))],
	['lecture w=1.4 (head scaled)', edit(small('lecture'), (s) => (s.widthMult = 1.4))],
	['lecture + SE 0.25 on block 3', edit(small('lecture'), (s) => (s.blocks[3].se = 0.25))],
	['lecture t=1 (expand conv still built)', edit(small('lecture'), (s) => (s.blocks[1].t = 1))],
	[
		'lecture block 2 → conv k5 with SE',
		edit(small('lecture'), (s) => Object.assign(s.blocks[2], { op: 'conv', k: 5, se: 0.5 }))
	],
	['lecture block 4 → sepconv', edit(small('lecture'), (s) => Object.assign(s.blocks[4], { op: 'sepconv', k: 7 }))],
	['lecture resolution 100 (odd maps on stride 2)', edit(small('lecture'), (s) => (s.resolution = 100))],
	['a1 w=0.75, 10 classes', edit(small('mnasnet-a1'), (s) => Object.assign(s, { widthMult: 0.75, numClasses: 10 }))],
	['a1 resolution 72, no skips', edit(small('mnasnet-a1', 72), (s) => s.blocks.forEach((b) => (b.skip = 'none')))],
	['b1 w=1.3', edit(small('mnasnet-b1'), (s) => (s.widthMult = 1.3))],
	[
		'small + conv block with residual',
		edit(small('mnasnet-small'), (s) =>
			s.blocks.splice(2, 0, { op: 'conv', t: 1, c: 16, n: 2, s: 1, k: 3, se: 0, skip: 'identity' })
		)
	],
	['d1 with k3 everywhere', edit(small('mnasnet-d1'), (s) => s.blocks.forEach((b) => (b.k = 3)))]
];

const CASES: [string, MnasnetSpec][] = [
	...MNAS_PRESET_IDS.map((id) => [`preset ${id}`, small(id)] as [string, MnasnetSpec]),
	...EDITED
];

describe('buildMnasnetLayers', () => {
	it('the edited specs are valid specs (guards the table below)', () => {
		for (const [name, spec] of CASES) expect(validateMnasnet(spec).ok, name).toBe(true);
	});

	it.each(CASES)('%s: trainable params and every layer shape equal the engine', (_name, spec) => {
		const plan = planMnasnet(spec);
		const cost = costMnasnet(spec);
		const built = buildMnasnetLayers(plan);
		try {
			// the engine's params are trainable weights, biases and BN γ, β (report.ts)
			expect(trainableParams(built.model)).toBe(cost.total.params);
			expect(built.layerShapes).toEqual(plan.layers.map((l) => l.outShape));
			expect(built.layerShapes).toEqual(cost.layers.map((l) => l.outShape));
		} finally {
			built.model.dispose();
		}
	});

	it('builds the lecture network at 224 with 4,383,312 params (torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet, = torchvision mnasnet1_0)', () => {
		const built = buildMnasnetLayers(planMnasnet(mnasPreset('lecture')));
		expect(trainableParams(built.model)).toBe(4_383_312);
		expect(built.model.outputs[0].shape).toEqual([null, 1000]);
		built.model.dispose();
	});

	it('is seeded: the same seed gives the same weights, another seed other weights', () => {
		const plan = planMnasnet(small('mnasnet-small'));
		const [a, b, c] = [1, 1, 2].map((seed) => buildMnasnetLayers(plan, { seed }));
		const w = (m: typeof a) => m.model.getLayer('stem__conv').getWeights()[0];
		expect(maxDiff(w(a), w(b)).diff).toBe(0);
		expect(maxDiff(w(a), w(c)).diff).toBeGreaterThan(0);
		[a, b, c].forEach((m) => m.model.dispose());
	});
});

describe('buildMnasnetFolded', () => {
	// Tolerance: fp32 sums in a different order plus the folded scale; |folded − layers| ≤ 1e-4 · max|layers| + 1e-5.
	it.each(CASES)('%s: equals the layers model on random weights and random BN statistics', (_name, spec) => {
		const built = buildMnasnetLayers(planMnasnet(spec), { seed: 3 });
		randomizeBatchNorm(built.model);
		const folded = buildMnasnetFolded(built);
		const x = tf.randomNormal([2, spec.resolution, spec.resolution, 3], 0, 1, 'float32', 11) as tf.Tensor4D;
		const a = built.model.predict(x) as tf.Tensor;
		const b = folded.predict(x);
		const { diff, scale } = maxDiff(a, b);
		expect(b.shape).toEqual(a.shape);
		expect(scale).toBeGreaterThan(1e-3); // a non-degenerate output, or the comparison proves nothing
		expect(diff).toBeLessThanOrEqual(1e-4 * scale + 1e-5);
		tf.dispose([x, a, b]);
		folded.dispose();
		built.model.dispose();
	});

	it('folds every BN away: folded params = engine params − 2 per BN channel (γ, β) + 1 bias per BN channel', () => {
		const spec = small('mnasnet-a1');
		const built = buildMnasnetLayers(planMnasnet(spec));
		const folded = buildMnasnetFolded(built);
		const cost = costMnasnet(spec);
		// each BN (2C trainable) becomes a C-wide bias: folded = params − bnBuffers / 2 (bnBuffers = 2C per BN)
		expect(folded.foldedParams).toBe(cost.total.params - cost.total.bnBuffers / 2);
		folded.dispose();
		built.model.dispose();
	});
});
