// Uniform seeded samples of the space: the explorer's cloud of networks around the one being edited.
import { mulberry32, randomInt } from '../nasfpn/prng';
import { decisionSizes, specFromChoices, type Choices, type SearchSpace } from './space';
import type { MnasnetSpec } from '../mnasnet/spec';

export function sampleChoices(space: SearchSpace, rand: () => number): Choices {
	return decisionSizes(space).map((sizes) => sizes.map((n) => randomInt(rand, n)));
}

/** `count` networks drawn uniformly with a seed (the same seed gives the same networks). */
export function sampleSpecs(space: SearchSpace, count: number, seed: number): MnasnetSpec[] {
	const rand = mulberry32(seed);
	return Array.from({ length: count }, () => specFromChoices(space, sampleChoices(space, rand)));
}
