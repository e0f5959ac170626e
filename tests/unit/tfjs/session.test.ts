// runSession (the worker's run protocol) in Node on wasm: results, tensor hygiene, refusal and cancel.
import { describe, it, expect, beforeAll } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { mnasPreset } from '../../../src/lib/arch/mnasnet';
import { fpnPreset } from '../../../src/lib/arch/nasfpn';
import { runSession } from '../../../src/lib/tfjs/session';
import { describeBackend } from '../../../src/lib/tfjs/backend';
import type { FromWorker, NetworkJob, RunOptions, RunResult, Variant } from '../../../src/lib/tfjs/protocol';
import { useWasm } from './helpers';

beforeAll(useWasm);

const OPTIONS: RunOptions = {
	backend: 'wasm',
	variant: 'folded',
	warmups: 1,
	runs: 3,
	profile: true,
	memoryLimitBytes: 2 ** 30
};

async function run(job: NetworkJob, options: Partial<RunOptions> = {}, cancelAfter?: number): Promise<FromWorker[]> {
	const messages: FromWorker[] = [];
	let breaths = 0;
	const info = await describeBackend('wasm');
	await runSession({ type: 'run', id: 1, job, options: { ...OPTIONS, ...options } }, info, {
		emit: (m) => messages.push(m),
		cancelled: () => cancelAfter !== undefined && breaths > cancelAfter,
		breathe: async () => void breaths++
	});
	return messages;
}

function resultOf(messages: FromWorker[]): RunResult {
	const last = messages[messages.length - 1];
	if (last.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(last)}`);
	return last.result;
}

const mnasJob: NetworkJob = { kind: 'mnasnet', spec: { ...mnasPreset('mnasnet-a1'), resolution: 64 } };
const fpnJob: NetworkJob = {
	kind: 'nasfpn',
	spec: fpnPreset('f', { channels: 16, imageSize: 128, repeats: 2, backboneChannels: { '3': 8, '4': 16, '5': 24 } })
};

describe('runSession', () => {
	it.each([
		['mnasnet', 'folded'],
		['mnasnet', 'layers'],
		['nasfpn', 'folded'],
		['nasfpn', 'layers']
	] as [string, Variant][])(
		'%s %s: times N runs, profiles every layer, and leaves no tensor behind',
		async (kind, variant) => {
			const job = kind === 'mnasnet' ? mnasJob : fpnJob;
			const before = tf.memory().numTensors;
			const r = resultOf(await run(job, { variant }));
			expect(tf.memory().numTensors).toBe(before);
			expect(r.tensorsAfter).toBe(r.tensorsBefore);
			expect(r.times).toHaveLength(3);
			expect(r.stats.median).toBeGreaterThan(0);
			expect(r.variant).toBe(variant);
			expect(r.backend.backend).toBe('wasm');
			const profile = r.profile!;
			// every MAC of the engine is attributed to some profiled layer
			expect(profile.layers.reduce((a, l) => a + l.macs, 0)).toBe(r.macs);
			expect(profile.totalKernelMs).toBeGreaterThan(0);
		}
	);

	it('mnasnet: params are the engine total, profile layers are the plan layers in order', async () => {
		const r = resultOf(await run(mnasJob));
		// MnasNet-A1 at any resolution: 3,887,038 params (torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet); resolution does not change params
		expect(r.params).toBe(3_887_038);
		expect(r.profile!.layers[0].name).toBe('stem');
		expect(r.profile!.layers.at(-1)!.name).toBe('classifier');
	});

	it("kernel MACs computed from kernel shapes add up to the engine's MACs", async () => {
		const r = resultOf(await run({ kind: 'mnasnet', spec: { ...mnasPreset('lecture'), resolution: 64 } }));
		const byKernel = Object.fromEntries(r.profile!.kernels.map((k) => [k.kernel, k.macs]));
		const sum = Object.values(byKernel).reduce((a, b) => a + b, 0);
		expect(sum).toBe(r.macs);
		expect(byKernel.FusedDepthwiseConv2D).toBeGreaterThan(0);
		// op wrappers (fusedConv2d__op) are not kernels: their time is the kernel's and must not count twice
		expect(Object.keys(byKernel).filter((k) => k.endsWith('__op'))).toEqual([]);
	});

	it.each([
		['folded', 'layers'],
		['layers', 'folded']
	] as [Variant, Variant][])(
		'pairWith: %s paired with %s times both, run for run, and frees both',
		async (variant, pairWith) => {
			const before = tf.memory().numTensors;
			const r = resultOf(await run(mnasJob, { variant, pairWith, runs: 4, profile: false }));
			expect(tf.memory().numTensors).toBe(before);
			expect(r.variant).toBe(variant);
			expect(r.times).toHaveLength(4);
			expect(r.paired).not.toBeNull();
			expect(r.paired!.variant).toBe(pairWith);
			expect(r.paired!.times).toHaveLength(4);
			expect(r.paired!.stats.median).toBeGreaterThan(0);
			expect(r.paired!.buildMs).toBeGreaterThan(0);
		}
	);

	it('pairWith the same variant (or none) is a plain run: paired is null', async () => {
		expect(resultOf(await run(mnasJob, { pairWith: 'folded', profile: false })).paired).toBeNull();
		expect(resultOf(await run(mnasJob, { profile: false })).paired).toBeNull();
	});

	it('a paired run is refused when both networks together pass the limit, though one alone fits', async () => {
		const { estimateMemory } = await import('../../../src/lib/tfjs/memoryEstimate');
		const one = estimateMemory(mnasJob, 'folded').totalBytes;
		const both = estimateMemory(mnasJob, ['folded', 'layers']).totalBytes;
		const limit = Math.floor((one + both) / 2);
		expect(resultOf(await run(mnasJob, { memoryLimitBytes: limit, profile: false })).paired).toBeNull();
		const messages = await run(mnasJob, { memoryLimitBytes: limit, pairWith: 'layers' });
		expect(messages.map((m) => m.type)).toEqual(['refused']);
	});

	it('refuses a network above the memory limit and builds nothing', async () => {
		const before = tf.memory().numTensors;
		const messages = await run(mnasJob, { memoryLimitBytes: 1_000_000 });
		expect(messages).toHaveLength(1);
		const m = messages[0];
		expect(m.type).toBe('refused');
		if (m.type === 'refused') expect(m.estimate.totalBytes).toBeGreaterThan(1_000_000);
		expect(tf.memory().numTensors).toBe(before);
	});

	it('stops when cancelled between runs and disposes everything', async () => {
		const before = tf.memory().numTensors;
		const messages = await run(mnasJob, { runs: 30 }, 4);
		expect(messages.at(-1)!.type).toBe('cancelled');
		expect(messages.some((m) => m.type === 'result')).toBe(false);
		expect(tf.memory().numTensors).toBe(before);
	});

	it('reports an error message (not a throw) when the build fails, and disposes what it made', async () => {
		const before = tf.memory().numTensors;
		// an input offset pointing at a later node: the engine's resolver cannot wire it
		const spec = {
			...fpnJob.spec,
			cells: [{ level: 4, op: 'sum' as const, inputs: [0, 9] as [number, number], output: true }]
		};
		const messages = await run({ kind: 'nasfpn', spec });
		const last = messages.at(-1)!;
		expect(last.type).toBe('error');
		if (last.type === 'error') expect(last.message.length).toBeGreaterThan(0);
		expect(tf.memory().numTensors).toBe(before);
	});
});
