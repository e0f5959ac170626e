// The search loop: the controller samples a network, the engine costs it, the predictor gives its latency, the
// reward ACC·(LAT/T)^w (with the proxy for ACC) trains the controller. A generator, so a worker can report every
// step and stop between two of them.
import { mulberry32 } from '../nasfpn/prng';
import type { LatencyConstraint } from '../latency/reward';
import { Controller, DEFAULT_CONTROLLER, type ControllerOptions } from './controller';
import { rewardOf, scoreNetwork, type LatencyPredictor, type Scored } from './evaluate';
import { specFromChoices, type SearchSpace } from './space';

export interface SearchOptions {
	space: SearchSpace;
	predict: LatencyPredictor;
	targetMs: number;
	constraint: LatencyConstraint;
	steps: number;
	seed: number;
	controller?: ControllerOptions;
}

export interface SearchSample extends Scored {
	/** 0-based */
	step: number;
	reward: number;
}

export function* searchSteps(o: SearchOptions): Generator<SearchSample, void, void> {
	const rand = mulberry32(o.seed);
	const controller = new Controller(o.space, o.controller ?? DEFAULT_CONTROLLER);
	for (let step = 0; step < o.steps; step++) {
		const choices = controller.sample(rand);
		const scored = scoreNetwork(specFromChoices(o.space, choices), o.predict);
		const reward = rewardOf(scored, o.targetMs, o.constraint);
		controller.update(choices, reward);
		yield { ...scored, step, reward };
	}
}

export function runSearch(o: SearchOptions): SearchSample[] {
	return [...searchSteps(o)];
}

/** The `count` best distinct networks by reward (ties: the earlier sample first). */
export function bestSamples<T extends { reward: number; step: number; spec: unknown }>(
	samples: readonly T[],
	count: number
): T[] {
	const seen = new Set<string>();
	const out: T[] = [];
	for (const s of [...samples].sort((a, b) => b.reward - a.reward || a.step - b.step)) {
		const key = JSON.stringify(s.spec);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(s);
		if (out.length === count) break;
	}
	return out;
}
