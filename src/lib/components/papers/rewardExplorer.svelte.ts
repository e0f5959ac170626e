// The reward explorer's state: the chosen constraint and the typed target T. A typed T that is not valid keeps the
// last valid one (the rows never see an invalid T) and shows a message at the field.
import { rewardRows, rewardWinners, type ConstraintId } from '$lib/arch/papers/rewardTable';
import { PAPER_TARGET_MS } from '$lib/arch/papers/mnasnetTable1';

export const TARGET_MIN_MS = 1;
export const TARGET_MAX_MS = 1000;

/** A target in ms from the field's text, or null when it is not a number in [TARGET_MIN_MS, TARGET_MAX_MS]. */
export function parseTarget(text: string): number | null {
	const t = text.trim().replace(',', '.');
	if (!/^\d+(\.\d+)?$/.test(t) && !/^\.\d+$/.test(t)) return null;
	const v = Number(t);
	return Number.isFinite(v) && v >= TARGET_MIN_MS && v <= TARGET_MAX_MS ? v : null;
}

export class RewardExplorerState {
	constraint = $state<ConstraintId>('soft');
	targetText = $state(String(PAPER_TARGET_MS));
	/** the last valid target: what the rows, the chart and the figure use */
	target = $state(PAPER_TARGET_MS);

	readonly targetInvalid = $derived(parseTarget(this.targetText) === null);
	readonly rows = $derived(rewardRows(this.target, this.constraint));
	readonly winners = $derived(rewardWinners(this.rows));

	setTargetText(text: string): void {
		this.targetText = text;
		const v = parseTarget(text);
		if (v !== null) this.target = v;
	}
}
