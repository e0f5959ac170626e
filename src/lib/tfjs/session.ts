// One latency run, the tfjs benchmark tool's protocol plus robust statistics (tfjs's benchmark tool, tfjs/e2e/benchmarks): check memory,
// build (timed), first inference (timed apart: it packs weights and compiles), W warm-ups, N timed runs each
// including the read-back, then optionally one profiled pass. A paired run (options.pairWith) builds the other
// variant too and alternates the two run by run. Every tensor is disposed at the end and the
// tensor count before and after is reported. Runs in the worker, and in Node for tests.
import * as tf from '@tensorflow/tfjs';
import { estimateMemory } from './memoryEstimate';
import { prepareNetwork, timedForward, type PreparedNetwork } from './network';
import { profileSteps } from './profile';
import { runVariants, type BackendInfo, type FromWorker, type PairedResult, type RunRequest } from './protocol';
import { summarize } from './stats';

export interface SessionHooks {
	emit: (m: FromWorker) => void;
	cancelled: () => boolean;
	/** lets queued messages (cancel) in between runs; not timed */
	breathe: () => Promise<void>;
}

export async function runSession(req: RunRequest, backend: BackendInfo, hooks: SessionHooks): Promise<void> {
	const { id, job, options } = req;
	const variants = runVariants(options);
	try {
		const estimate = estimateMemory(job, variants, options.memoryLimitBytes);
		if (!estimate.ok) {
			hooks.emit({ type: 'refused', id, estimate });
			return;
		}
	} catch (e) {
		hooks.emit({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
		return;
	}
	const tensorsBefore = tf.memory().numTensors;
	const nets: PreparedNetwork[] = [];
	const disposeAll = () => {
		for (const n of nets) n.dispose();
		nets.length = 0;
	};
	const progress = (phase: Extract<FromWorker, { type: 'progress' }>['phase'], done?: number, total?: number) =>
		hooks.emit({ type: 'progress', id, phase, done, total });
	const stop = () => {
		disposeAll();
		hooks.emit({ type: 'cancelled', id });
	};
	const budgetStart = performance.now();
	const overBudget = () => options.budgetMs !== undefined && performance.now() - budgetStart > options.budgetMs;
	let budgetHit = false;
	try {
		progress('building');
		await hooks.breathe();
		const buildMs: number[] = [];
		for (const v of variants) {
			const t0 = performance.now();
			nets.push(prepareNetwork(job, v, options.seed ?? 1));
			buildMs.push(performance.now() - t0);
			if (hooks.cancelled()) return stop();
		}

		progress('first');
		await hooks.breathe();
		const firstMs: number[] = [];
		for (const n of nets) firstMs.push(await timedForward(n));

		let warmupsDone = 0;
		for (let i = 0; i < options.warmups; i++) {
			if (overBudget()) {
				budgetHit = true;
				break;
			}
			progress('warmup', i, options.warmups);
			await hooks.breathe();
			if (hooks.cancelled()) return stop();
			for (const n of nets) await timedForward(n);
			warmupsDone++;
		}

		// Paired runs alternate A B, B A, A B, …: each variant goes first half of the time, so neither is favoured
		// by the order, and a burst of load from another process hits both.
		const times: number[][] = nets.map(() => []);
		const runs = Math.max(1, Math.floor(options.runs));
		for (let i = 0; i < runs; i++) {
			// at least one timed run, so there is always a median to show
			if (i > 0 && overBudget()) {
				budgetHit = true;
				break;
			}
			progress('timing', i, runs);
			await hooks.breathe();
			if (hooks.cancelled()) return stop();
			const order = i % 2 === 0 ? nets.map((_, j) => j) : nets.map((_, j) => nets.length - 1 - j);
			for (const j of order) times[j].push(await timedForward(nets[j]));
		}

		let profile = null;
		const profileSkipped = options.profile && overBudget();
		if (options.profile && !profileSkipped) {
			progress('profiling');
			await hooks.breathe();
			if (hooks.cancelled()) return stop();
			profile = await profileSteps(nets[0].profileSteps(), nets[0].macsOf);
		}

		const { params, macs } = nets[0];
		disposeAll();
		const stats = times.map((t) => summarize(t));
		if (stats.some((s) => !s)) throw new Error('no timed run finished');
		const paired: PairedResult | null =
			variants.length > 1
				? { variant: variants[1], buildMs: buildMs[1], firstMs: firstMs[1], times: times[1], stats: stats[1]! }
				: null;
		hooks.emit({
			type: 'result',
			id,
			result: {
				backend,
				variant: options.variant,
				params,
				macs,
				buildMs: buildMs[0],
				firstMs: firstMs[0],
				warmups: warmupsDone,
				times: times[0],
				stats: stats[0]!,
				profile,
				tensorsBefore,
				tensorsAfter: tf.memory().numTensors,
				tfjsVersion: tf.version.tfjs,
				paired,
				budgetHit,
				profileSkipped
			}
		});
	} catch (e) {
		disposeAll();
		hooks.emit({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
	}
}
