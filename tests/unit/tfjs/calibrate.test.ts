// measureConv / measureConvPeak on wasm in Node: the MAC count of the timed conv, a positive rate, the fastest
// shape wins, and no tensor is left behind.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { measureConv, measureConvPeak } from '../../../src/lib/tfjs/calibrate';
import { useWasm } from './helpers';

beforeAll(useWasm);

const QUICK = { warmupMs: 0, runs: 3 };

describe('measureConv', () => {
	it.each([
		// side² · cin · cout · k² multiply-adds for a stride-1 'same' convolution
		[8, 16, 24, 1, 8 * 8 * 16 * 24],
		[14, 32, 8, 1, 14 * 14 * 32 * 8],
		[10, 8, 16, 3, 10 * 10 * 8 * 16 * 9]
	])(
		'side %i, %i → %i channels, k %i: %i MACs, a finite positive rate, tensors back to baseline',
		async (side, cin, cout, k, macs) => {
			const before = tf.memory().numTensors;
			const p = await measureConv({ side, cin, cout, k }, QUICK);
			expect(p.macs).toBe(macs);
			expect(p.label).toBe(`${k}×${k} conv ${side}×${side}×${cin} → ${cout}`);
			expect(p.medianMs).toBeGreaterThan(0);
			expect(Number.isFinite(p.gmacPerS)).toBe(true);
			expect(p.gmacPerS).toBeCloseTo(macs / (p.medianMs * 1e6), 9);
			expect(tf.memory().numTensors).toBe(before);
		}
	);
});

describe('measureConvPeak', () => {
	it('returns the shape with the highest rate among those timed', async () => {
		const shapes = [
			{ side: 4, cin: 8, cout: 8 },
			{ side: 8, cin: 16, cout: 16 }
		];
		const peak = await measureConvPeak(QUICK, shapes);
		expect(shapes.map((s) => `1×1 conv ${s.side}×${s.side}×${s.cin} → ${s.cout}`)).toContain(peak.label);
		expect(peak.gmacPerS).toBeGreaterThan(0);
	});

	it('throws on an empty shape list', async () => {
		await expect(measureConvPeak(QUICK, [])).rejects.toThrow('no shape');
	});
});
