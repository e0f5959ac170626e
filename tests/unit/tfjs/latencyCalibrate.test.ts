// calibrateLatencyTable / buildShapeOp on wasm in Node: every shape kind runs with the output shape the plan
// gives it, the table holds one positive entry per shape, cancelling stops it, and no tensor is left behind.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { buildShapeOp } from '../../../src/lib/tfjs/shapeOp';
import { calibrateLatencyTable, CalibrationCancelled } from '../../../src/lib/tfjs/latencyCalibrate';
import { distinctShapes, layerShapes, outSide, shapeKey, type LayerShape } from '../../../src/lib/arch/latency/shapes';
import { parseLatencyTable, serializeLatencyTable } from '../../../src/lib/arch/latency/table';
import { mnasPreset } from '../../../src/lib/arch/mnasnet/presets';
import { useWasm } from './helpers';

beforeAll(useWasm);

const small = { ...mnasPreset('mnasnet-small'), resolution: 64 };

describe('buildShapeOp', () => {
	// every layer of mnasnet-small at 64 px and of A1 (SE blocks) at 64 px, each kind at least once
	const layers = [...layerShapes(small), ...layerShapes({ ...mnasPreset('mnasnet-a1'), resolution: 64 })];
	it.each(layers.map((l) => [shapeKey(l.shape), l.shape] as [string, LayerShape]))(
		'%s: output shape as planned, no tensor left',
		(_k, shape) => {
			const before = tf.memory().numTensors;
			const op = buildShapeOp(shape);
			const y = op.run();
			const o = outSide(shape);
			const expected =
				shape.kind === 'pool' ? [1, shape.cin] : shape.kind === 'classifier' ? [1, shape.cout] : [1, o, o, shape.cout];
			expect(y.shape).toEqual(expected);
			y.dispose();
			op.dispose();
			expect(tf.memory().numTensors).toBe(before);
		}
	);
});

describe('calibrateLatencyTable', () => {
	it('times every shape of a network once: positive times, valid JSON, progress to the end', async () => {
		const shapes = distinctShapes([small]);
		const progress: number[] = [];
		const before = tf.memory().numTensors;
		const table = await calibrateLatencyTable({
			shapes,
			runs: 2,
			overheadSpecs: [small],
			overheadRuns: 2,
			device: 'vitest',
			onProgress: (done, total) => progress.push(done / total)
		});
		expect(table.backend).toBe('wasm');
		expect(table.entries.map((e) => e.key).sort()).toEqual(shapes.map(shapeKey).sort());
		expect(table.entries.every((e) => e.ms > 0 && Number.isFinite(e.ms))).toBe(true);
		expect(table.overheadMs).toBeGreaterThanOrEqual(0);
		expect(progress.at(-1)).toBe(1);
		expect(parseLatencyTable(serializeLatencyTable(table))).toEqual({ ok: true, table });
		expect(tf.memory().numTensors).toBe(before);
	}, 60_000);

	it('keeps each shape over its rounds: samples add up, the figure is the fastest round', async () => {
		const shapes = distinctShapes([small]).slice(0, 3);
		const one = await calibrateLatencyTable({ shapes, runs: 2, rounds: 1, overheadSpecs: [] });
		const three = await calibrateLatencyTable({ shapes, runs: 2, rounds: 3, overheadSpecs: [] });
		expect(one.entries.map((e) => e.runs)).toEqual([2, 2, 2]);
		expect(three.entries.map((e) => e.runs)).toEqual([6, 6, 6]);
		expect(three.entries.every((e) => e.ms > 0 && Number.isFinite(e.ms))).toBe(true);
	}, 60_000);

	it('rejects with CalibrationCancelled when asked to stop', async () => {
		let calls = 0;
		const p = calibrateLatencyTable({
			shapes: distinctShapes([small]),
			runs: 1,
			overheadSpecs: [],
			shouldStop: () => ++calls > 2
		});
		await expect(p).rejects.toBeInstanceOf(CalibrationCancelled);
	});
});
