// The controller: a factorized softmax policy, one independent categorical distribution per decision of the space
// (in place of the paper's RNN controller, §4.2), trained with REINFORCE (Williams 1992) against an exponential
// moving-average baseline. The advantage is divided by a running standard deviation of the rewards, so that the
// small reward differences the proxy gives still move the policy.
import { decisionSizes, type Choices, type SearchSpace } from './space';

export interface ControllerOptions {
	/** step size on the logits */
	learningRate: number;
	/** weight of the old baseline in the moving average (the paper's PPO used 0.95 for its critic-free baseline) */
	baselineDecay: number;
}

export const DEFAULT_CONTROLLER: ControllerOptions = { learningRate: 0.15, baselineDecay: 0.9 };

function softmax(logits: readonly number[]): number[] {
	const m = Math.max(...logits);
	const e = logits.map((l) => Math.exp(l - m));
	const s = e.reduce((a, b) => a + b, 0);
	return e.map((v) => v / s);
}

/** A categorical pick from probabilities with one uniform number. */
function pick(probs: readonly number[], u: number): number {
	let acc = 0;
	for (let i = 0; i < probs.length; i++) {
		acc += probs[i];
		if (u < acc) return i;
	}
	return probs.length - 1;
}

export class Controller {
	/** logits[block][decision][option] */
	readonly logits: number[][][];
	#baseline: number | null = null;
	#variance = 0;

	constructor(
		space: SearchSpace,
		readonly options: ControllerOptions = DEFAULT_CONTROLLER
	) {
		this.logits = decisionSizes(space).map((sizes) => sizes.map((n) => new Array<number>(n).fill(0)));
	}

	get baseline(): number | null {
		return this.#baseline;
	}

	/** The probabilities of every option, decision by decision. */
	probabilities(): number[][][] {
		return this.logits.map((block) => block.map(softmax));
	}

	sample(rand: () => number): Choices {
		return this.logits.map((block) => block.map((l) => pick(softmax(l), rand())));
	}

	/** One REINFORCE step: ∇ log π(a) for a softmax is onehot(a) − π, scaled by the advantage. Returns the advantage. */
	update(choices: Choices, reward: number): number {
		if (!Number.isFinite(reward)) return 0;
		const { learningRate, baselineDecay } = this.options;
		if (this.#baseline === null) this.#baseline = reward;
		const diff = reward - this.#baseline;
		this.#variance = baselineDecay * this.#variance + (1 - baselineDecay) * diff * diff;
		const advantage = this.#variance > 0 ? diff / Math.sqrt(this.#variance) : 0;
		this.logits.forEach((block, b) =>
			block.forEach((l, d) => {
				const probs = softmax(l);
				for (let o = 0; o < l.length; o++)
					l[o] += learningRate * advantage * ((o === choices[b][d] ? 1 : 0) - probs[o]);
			})
		);
		this.#baseline = baselineDecay * this.#baseline + (1 - baselineDecay) * reward;
		return advantage;
	}
}
