// One latency run, the tfjs benchmark tool's protocol plus robust statistics (anchors.md §7): check memory,
// build (timed), first inference (timed apart: it packs weights and compiles), W warm-ups, N timed runs each
// including the read-back, then optionally one profiled pass. Every tensor is disposed at the end and the
// tensor count before and after is reported. Runs in the worker, and in Node for tests.
import * as tf from '@tensorflow/tfjs';
import { estimateMemory } from './memoryEstimate';
import { prepareNetwork, timedForward, type PreparedNetwork } from './network';
import { profileSteps } from './profile';
import type { BackendInfo, FromWorker, RunRequest } from './protocol';
import { summarize } from './stats';

export interface SessionHooks {
	emit: (m: FromWorker) => void;
	cancelled: () => boolean;
	/** lets queued messages (cancel) in between runs; not timed */
	breathe: () => Promise<void>;
}

export async function runSession(req: RunRequest, backend: BackendInfo, hooks: SessionHooks): Promise<void> {
	const { id, job, options } = req;
	try {
		const estimate = estimateMemory(job, options.variant, options.memoryLimitBytes);
		if (!estimate.ok) {
			hooks.emit({ type: 'refused', id, estimate });
			return;
		}
	} catch (e) {
		hooks.emit({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
		return;
	}
	const tensorsBefore = tf.memory().numTensors;
	let net: PreparedNetwork | null = null;
	const progress = (phase: Extract<FromWorker, { type: 'progress' }>['phase'], done?: number, total?: number) =>
		hooks.emit({ type: 'progress', id, phase, done, total });
	const stop = () => {
		net?.dispose();
		net = null;
		hooks.emit({ type: 'cancelled', id });
	};
	try {
		progress('building');
		await hooks.breathe();
		const t0 = performance.now();
		net = prepareNetwork(job, options.variant, options.seed ?? 1);
		const buildMs = performance.now() - t0;
		if (hooks.cancelled()) return stop();

		progress('first');
		await hooks.breathe();
		const firstMs = await timedForward(net);

		for (let i = 0; i < options.warmups; i++) {
			progress('warmup', i, options.warmups);
			await hooks.breathe();
			if (hooks.cancelled()) return stop();
			await timedForward(net);
		}

		const times: number[] = [];
		const runs = Math.max(1, Math.floor(options.runs));
		for (let i = 0; i < runs; i++) {
			progress('timing', i, runs);
			await hooks.breathe();
			if (hooks.cancelled()) return stop();
			times.push(await timedForward(net));
		}

		let profile = null;
		if (options.profile) {
			progress('profiling');
			await hooks.breathe();
			if (hooks.cancelled()) return stop();
			profile = await profileSteps(net.profileSteps(), net.macsOf);
		}

		const { params, macs } = net;
		net.dispose();
		net = null;
		const stats = summarize(times);
		if (!stats) throw new Error('no timed run finished');
		hooks.emit({
			type: 'result',
			id,
			result: {
				backend,
				variant: options.variant,
				params,
				macs,
				buildMs,
				firstMs,
				warmups: options.warmups,
				times,
				stats,
				profile,
				tensorsBefore,
				tensorsAfter: tf.memory().numTensors,
				tfjsVersion: tf.version.tfjs
			}
		});
	} catch (e) {
		(net as PreparedNetwork | null)?.dispose();
		hooks.emit({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
	}
}
