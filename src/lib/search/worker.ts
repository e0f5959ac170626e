// The search worker: the explorer's samples and the controller's steps run here, so the page stays responsive.
import { HARD_CONSTRAINT, SOFT_CONSTRAINT } from '$lib/arch/latency/reward';
import { buildSpace, explore, searchSteps, type SearchSample } from '$lib/arch/search';
import type { FromSearchWorker, ToSearchWorker } from './protocol';
import { predictorFromTable } from './predictor';

declare const self: DedicatedWorkerGlobalScope;

function post(m: FromSearchWorker): void {
	self.postMessage(m);
}

/** Posts samples in batches about every 100 ms, so a long search neither floods the page nor looks frozen. */
function search(m: Extract<ToSearchWorker, { type: 'search' }>, predict: (s: typeof m.base) => number): void {
	let batch: SearchSample[] = [];
	let last = performance.now();
	for (const s of searchSteps({
		space: buildSpace(m.base),
		predict,
		targetMs: m.targetMs,
		constraint: m.constraint === 'hard' ? HARD_CONSTRAINT : SOFT_CONSTRAINT,
		steps: m.steps,
		seed: m.seed
	})) {
		batch.push(s);
		const now = performance.now();
		if (now - last > 100) {
			post({ type: 'samples', samples: batch, total: m.steps });
			batch = [];
			last = now;
		}
	}
	if (batch.length > 0) post({ type: 'samples', samples: batch, total: m.steps });
	post({ type: 'done' });
}

self.onmessage = (e: MessageEvent<ToSearchWorker>) => {
	const m = e.data;
	try {
		const predictor = predictorFromTable(m.table);
		if (typeof predictor === 'string') return post({ type: 'error', message: predictor });
		if (m.type === 'explore') {
			post({ type: 'explored', exploration: explore(buildSpace(m.base), predictor, m.count, m.seed) });
			post({ type: 'done' });
		} else search(m, predictor);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
