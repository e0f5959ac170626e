// One network of the space, scored: exact MACs and params from the engine, the latency a predictor gives, the
// proxy and MnasNet's reward (Eq. 2) for a constraint and target.
import { costPlan } from '../mnasnet/cost';
import { planMnasnet } from '../mnasnet/resolve';
import type { MnasnetSpec } from '../mnasnet/spec';
import { mnasReward, type LatencyConstraint } from '../latency/reward';
import { paramsProxy } from './proxy';

/** Predicted latency of a network in ms on this device (the calibrated table's lookup, or a stand-in in tests). */
export type LatencyPredictor = (spec: MnasnetSpec) => number;

export interface Scored {
	spec: MnasnetSpec;
	macs: number;
	params: number;
	latencyMs: number;
	proxy: number;
}

/** Cost a network of the space (its specs are valid by construction, so planning needs no validation). */
export function scoreNetwork(spec: MnasnetSpec, predict: LatencyPredictor): Scored {
	const total = costPlan(spec, planMnasnet(spec)).total;
	return { spec, macs: total.macs, params: total.params, latencyMs: predict(spec), proxy: paramsProxy(total.params) };
}

/** The reward, 0 when the latency is not a positive finite number (the sample is then never preferred). */
export function rewardOf(s: Pick<Scored, 'proxy' | 'latencyMs'>, targetMs: number, c: LatencyConstraint): number {
	return mnasReward(s.proxy, s.latencyMs, targetMs, c) ?? 0;
}
