// The reward explorer's state: the chosen constraint and the typed target T. A typed T that is not valid keeps the
// last valid one (the rows never see an invalid T) and shows a message at the field.
import { rewardRows, rewardWinners, type ConstraintId } from '$lib/arch/papers/rewardTable';
import { PAPER_TARGET_MS } from '$lib/arch/papers/mnasnetTable1';
import { DraftField } from '$lib/state/draftField.svelte';

export const TARGET_MIN_MS = 1;
export const TARGET_MAX_MS = 1000;

export class RewardExplorerState {
	constraint = $state<ConstraintId>('soft');
	/** the typed T; its value is the last valid one */
	readonly targetField = new DraftField({
		rules: { range: { min: TARGET_MIN_MS, max: TARGET_MAX_MS } },
		initial: PAPER_TARGET_MS
	});
	/** the last valid target: what the rows, the chart and the figure use */
	readonly target = $derived(this.targetField.value ?? PAPER_TARGET_MS);

	readonly rows = $derived(rewardRows(this.target, this.constraint));
	readonly winners = $derived(rewardWinners(this.rows));
}
