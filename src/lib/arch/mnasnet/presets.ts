// The preset networks (issue 2 §2). TF presets come from the block strings of tensorflow/tpu mnasnet_models.py
// (tensorflow/tpu models/official/mnasnet/mnasnet_models.py), parsed by blockString.ts; the lecture preset from the notes' code (the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py).
import { parseBlockStringDetailed } from './blockString';
import type { MnasBlock, MnasnetSpec, MnasPresetId } from './spec';

export interface MnasPreset {
	id: MnasPresetId;
	label: string;
	description: string;
	/** where the architecture comes from */
	source: string;
	/** published ImageNet top-1 at 224, with its source */
	accuracy?: { top1: number; source: string };
	spec: MnasnetSpec;
}

export const MNAS_PRESET_IDS: readonly MnasPresetId[] = [
	'lecture',
	'mnasnet-b1',
	'mnasnet-a1',
	'mnasnet-small',
	'mnasnet-d1'
];

/**
 * Blocks from TF block strings. TF decides the first layer's identity skip with the string's own `i` == `o`
 * (mnasnet_model.py), while a spec block's input is the previous block's output. Where the two disagree
 * (mnasnet-small: stem 8 but `r1_k3_s11_e1_i16_o8`, so TF adds no residual), the block gets skip 'none'.
 */
function fromBlockStrings(strings: readonly string[], stem: number): MnasBlock[] {
	let inChannels = stem;
	return strings.map((s, i) => {
		const parsed = parseBlockStringDetailed(s, `blocks[${i}]`);
		if (!parsed.ok) throw new Error(`preset block string ${s}: ${parsed.issues[0].message}`); // a bug in this file
		const { block, inChannels: written } = parsed.value;
		if (block.skip === 'identity' && written !== block.c && inChannels === block.c) block.skip = 'none';
		inChannels = block.c;
		return block;
	});
}

function tfSpec(stem: number, strings: readonly string[]): MnasnetSpec {
	return {
		kind: 'mnasnet',
		convention: 'tf',
		widthMult: 1,
		resolution: 224,
		numClasses: 1000,
		stem,
		head: 1280,
		blocks: fromBlockStrings(strings, stem)
	};
}

const TF_SOURCE = 'tensorflow/tpu models/official/mnasnet/mnasnet_models.py (block strings)';

// lecture notes' settings rows t, c, n, s, k (AnjieCheng/MnasNet-PyTorch MnasNet.py @57dc4bc, the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py)
const LECTURE_SETTINGS: readonly [number, number, number, number, number][] = [
	[3, 24, 3, 2, 3],
	[3, 40, 3, 2, 5],
	[6, 80, 3, 2, 5],
	[6, 96, 2, 1, 3],
	[6, 192, 4, 2, 5],
	[6, 320, 1, 1, 3]
];

const LECTURE_SPEC: MnasnetSpec = {
	kind: 'mnasnet',
	convention: 'lecture',
	widthMult: 1,
	resolution: 224,
	numClasses: 1000,
	stem: 32,
	head: 1280,
	blocks: [
		{ op: 'sepconv', t: 1, c: 16, n: 1, s: 1, k: 3, se: 0, skip: 'none' },
		...LECTURE_SETTINGS.map(([t, c, n, s, k]): MnasBlock => ({ op: 'mbconv', t, c, n, s, k, se: 0, skip: 'identity' }))
	]
};

export const MNAS_PRESETS: Record<MnasPresetId, MnasPreset> = {
	lecture: {
		id: 'lecture',
		label: 'Lecture notes MnasNet',
		description:
			'The network of the lecture notes\u2019 PyTorch code: a 3×3 stem, a SepConv to 16 channels, then six MBConv settings rows (t, c, n, s, k), a 1×1 conv to 1280, pooling and a classifier. ReLU6, dropout 0.5; at width 1.0 it is layer for layer MnasNet-B1 (torchvision mnasnet1_0). As pasted in the notes, a """t c n s k""" docstring sits inside the settings list, so the list gets a 7th element (a string) and `for t, c, n, s, k in ...` raises ValueError; the original repository has no such line.',
		source: 'AnjieCheng/MnasNet-PyTorch MnasNet.py @57dc4bc (the lecture notes\u2019 code)',
		spec: LECTURE_SPEC
	},
	'mnasnet-b1': {
		id: 'mnasnet-b1',
		label: 'MnasNet-B1',
		description:
			'MnasNet searched without squeeze-excitation; the variant torchvision ships as mnasnet0_5 … mnasnet1_3 (same network at every width).',
		source: TF_SOURCE,
		accuracy: { top1: 73.456, source: 'torchvision mnasnet1_0 weights meta (IMAGENET1K_V1)' },
		spec: tfSpec(32, [
			'r1_k3_s11_e1_i32_o16_noskip',
			'r3_k3_s22_e3_i16_o24',
			'r3_k5_s22_e3_i24_o40',
			'r3_k5_s22_e6_i40_o80',
			'r2_k3_s11_e6_i80_o96',
			'r4_k5_s22_e6_i96_o192',
			'r1_k3_s11_e6_i192_o320_noskip'
		])
	},
	'mnasnet-a1': {
		id: 'mnasnet-a1',
		label: 'MnasNet-A1',
		description:
			'The paper\u2019s headline model (Fig. 7): MBConv and SepConv layers, squeeze-excitation in three blocks; 3.9M params, 312M MACs.',
		source: TF_SOURCE,
		accuracy: { top1: 75.2, source: 'Tan et al., CVPR 2019, Table 1' },
		spec: tfSpec(32, [
			'r1_k3_s11_e1_i32_o16_noskip',
			'r2_k3_s22_e6_i16_o24',
			'r3_k5_s22_e3_i24_o40_se0.25',
			'r4_k3_s22_e6_i40_o80',
			'r2_k3_s11_e6_i80_o112_se0.25',
			'r3_k5_s22_e6_i112_o160_se0.25',
			'r1_k3_s11_e6_i160_o320'
		])
	},
	'mnasnet-small': {
		id: 'mnasnet-small',
		label: 'MnasNet-small',
		description:
			'A small searched model (paper Table 4 "MnasNet-search2"): stem of 8 channels, 2.0M params, 68M MACs. Its first block string says i16 although the stem has 8 channels; without an expand conv the depthwise conv runs on the 8 real channels, and TF adds no residual there. TF trains it with dropout 0 (this app uses the tf convention\u2019s 0.2).',
		source: TF_SOURCE,
		accuracy: { top1: 66.0, source: 'Tan et al., CVPR 2019, Table 4 (MnasNet-search2)' },
		spec: tfSpec(8, [
			'r1_k3_s11_e1_i16_o8',
			'r1_k3_s22_e3_i8_o16',
			'r2_k3_s22_e6_i16_o16',
			'r4_k5_s22_e6_i16_o32_se0.25',
			'r3_k3_s11_e6_i32_o32_se0.25',
			'r3_k5_s22_e6_i32_o88_se0.25',
			'r1_k3_s11_e6_i88_o144'
		])
	},
	'mnasnet-d1': {
		id: 'mnasnet-d1',
		label: 'MnasNet-D1 (MnasFPN backbone)',
		description:
			'The backbone searched jointly with MnasFPN for detection: expansion 9 and kernels up to 7×7 (torchvision\u2019s MNASNet would reject k = 7). No ImageNet accuracy is published for it.',
		source: TF_SOURCE,
		spec: tfSpec(32, [
			'r1_k3_s11_e9_i32_o24',
			'r3_k3_s22_e9_i24_o36',
			'r5_k3_s22_e9_i36_o48',
			'r4_k5_s22_e9_i48_o96',
			'r5_k7_s11_e3_i96_o96',
			'r3_k3_s22_e9_i96_o80',
			'r1_k7_s11_e6_i80_o320_noskip'
		])
	}
};

/** A fresh deep copy of a preset's spec (callers may edit it). */
export function mnasPreset(id: MnasPresetId): MnasnetSpec {
	const spec = MNAS_PRESETS[id].spec;
	return { ...spec, blocks: spec.blocks.map((b) => ({ ...b })) };
}

export function isMnasPresetId(id: unknown): id is MnasPresetId {
	return typeof id === 'string' && (MNAS_PRESET_IDS as readonly string[]).includes(id);
}
