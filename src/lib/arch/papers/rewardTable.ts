// MnasNet's reward (paper §3, Eq. 2) for every Table 1 model at a target T: the numbers behind the reward explorer
// and its exercise. ACC is the published top-1 as a FRACTION (75.2 % → 0.752), as in the paper's Fig. 3 (ACC = 0.5).
import { HARD_CONSTRAINT, SOFT_CONSTRAINT, mnasReward, type LatencyConstraint } from '../latency/reward';
import { MNASNET_TABLE1, type Table1Row } from './mnasnetTable1';

export type ConstraintId = 'soft' | 'hard';
export const CONSTRAINT_IDS: readonly ConstraintId[] = ['soft', 'hard'];
export const CONSTRAINTS: Readonly<Record<ConstraintId, LatencyConstraint>> = {
	soft: SOFT_CONSTRAINT,
	hard: HARD_CONSTRAINT
};

export interface RewardRow extends Table1Row {
	/** top-1 as a fraction */
	accuracy: number;
	/** the exponent used: α when LAT ≤ T, else β */
	w: number;
	/** ACC · (LAT / T)^w; null when T is not a positive number */
	reward: number | null;
}

export function rewardRows(
	targetMs: number,
	constraint: ConstraintId,
	rows: readonly Table1Row[] = MNASNET_TABLE1
): RewardRow[] {
	const c = CONSTRAINTS[constraint];
	return rows.map((r) => {
		const accuracy = r.top1 / 100;
		return {
			...r,
			accuracy,
			w: r.latencyMs <= targetMs ? c.alpha : c.beta,
			reward: mnasReward(accuracy, r.latencyMs, targetMs, c)
		};
	});
}

/** The model(s) with the highest reward; a tie (equal when rounded to 4 decimals, as shown) gives several. */
export function rewardWinners(rows: readonly RewardRow[]): string[] {
	const shown = rows.map((r) => (r.reward === null ? null : Number(r.reward.toFixed(4))));
	const valid = shown.filter((v): v is number => v !== null);
	if (valid.length === 0) return [];
	const max = Math.max(...valid);
	return rows.filter((_, i) => shown[i] === max).map((r) => r.model);
}

/** The reward as the page shows it and as `data-reward` carries it: 4 decimals. */
export function formatReward(reward: number | null): string {
	return reward === null ? '' : reward.toFixed(4);
}
