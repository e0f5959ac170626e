// The numbers of the two searches, each with the section of the paper that states it.

export interface SearchFact {
	id: string;
	value: string;
	source: string;
}

/** MnasNet (Tan et al., CVPR 2019): the loop is §4.2 (Eq. 5, PPO, Fig. 1); the numbers are §5; T is §6.1. */
export const MNASNET_SEARCH: readonly SearchFact[] = [
	{ id: 'models', value: '8K', source: 'MnasNet §5: "our controller samples about 8K models"' },
	{ id: 'epochs', value: '5', source: 'MnasNet §5: ImageNet training set "with fewer training steps (5 epochs)"' },
	{
		id: 'heldOut',
		value: '50K',
		source: 'MnasNet §5: "randomly selected 50K images from the training set as the fixed validation set"'
	},
	{ id: 'time', value: '4.5', source: 'MnasNet §5: "each architecture search takes 4.5 days on 64 TPUv2 devices"' },
	{ id: 'devices', value: '64', source: 'MnasNet §5: 64 TPUv2 devices' },
	{
		id: 'transferred',
		value: '15',
		source: 'MnasNet §5: "only 15 top-performing models are transferred to the full ImageNet"'
	},
	{ id: 'target', value: '75', source: 'MnasNet §6.1: T = 75 ms, α = β = −0.07' }
];

/** NAS-FPN (Ghiasi, Lin, Le, CVPR 2019): proxy task and controller in §4, "Architecture Search for NAS-FPN", Fig. 5. */
export const NASFPN_SEARCH: readonly SearchFact[] = [
	{ id: 'backbone', value: 'ResNet-10', source: 'NAS-FPN §4, Proxy task: ResNet-10 backbone' },
	{ id: 'size', value: '512', source: 'NAS-FPN §4, Proxy task: 512×512 input' },
	{ id: 'stacks', value: '3', source: 'NAS-FPN §4, Proxy task: the pyramid network is repeated 3 times' },
	{ id: 'epochs', value: '10', source: 'NAS-FPN §4, Proxy task: 10 epochs (50 for the full training)' },
	{ id: 'tpus', value: '100', source: 'NAS-FPN §4, Controller: a work queue of 100 TPUs, PPO' },
	{
		id: 'steps',
		value: '8000',
		source: 'NAS-FPN §4, Controller and Fig. 5: unique architectures converge after about 8,000 steps'
	}
];
