// The rows of the MnasNet paper's Table 1 (Tan et al., "MnasNet: Platform-Aware Neural Architecture Search for
// Mobile", CVPR 2019, arXiv 1807.11626 v3, §6.1 Table 1) that have a published latency: ImageNet top-1, Pixel 1
// latency (big CPU core, batch 1), multiply-adds and parameters, exactly as printed. Rows of Table 1 without a
// latency (SqueezeNext, ShuffleNet, CondenseNet, PNASNet, DARTS) cannot be placed on a latency axis and are left out.

export interface Table1Row {
	/** the model's name as printed in Table 1 */
	model: string;
	type: 'manual' | 'auto';
	/** trainable parameters, millions */
	paramsM: number;
	/** multiply-adds per image, millions */
	multAddsM: number;
	/** ImageNet top-1, percent */
	top1: number;
	/** Pixel 1 latency, milliseconds */
	latencyMs: number;
	/** where the row's numbers are printed (Table 1 reprints the manual rows from MobileNetV2, Table 4) */
	source: string;
}

const T1 = 'MnasNet paper, §6.1 Table 1';

export const MNASNET_TABLE1: readonly Table1Row[] = [
	// also MobileNetV2 paper (Sandler et al., CVPR 2018) Table 4, same Pixel 1 protocol
	{
		model: 'MobileNetV1',
		type: 'manual',
		paramsM: 4.2,
		multAddsM: 575,
		top1: 70.6,
		latencyMs: 113,
		source: `${T1}; MobileNetV2 paper Table 4`
	},
	{
		model: 'MobileNetV2',
		type: 'manual',
		paramsM: 3.4,
		multAddsM: 300,
		top1: 72.0,
		latencyMs: 75,
		source: `${T1}; MobileNetV2 paper Table 4`
	},
	{
		model: 'MobileNetV2 (1.4)',
		type: 'manual',
		paramsM: 6.9,
		multAddsM: 585,
		top1: 74.7,
		latencyMs: 143,
		source: `${T1}; MobileNetV2 paper Table 4`
	},
	{
		model: 'NASNet-A',
		type: 'auto',
		paramsM: 5.3,
		multAddsM: 564,
		top1: 74.0,
		latencyMs: 183,
		source: `${T1}; MobileNetV2 paper Table 4`
	},
	{ model: 'AmoebaNet-A', type: 'auto', paramsM: 5.1, multAddsM: 555, top1: 74.5, latencyMs: 190, source: T1 },
	// A1: also stated in the text of §6.1 (75.2 %, 78 ms, 3.9M, 312M)
	{
		model: 'MnasNet-A1',
		type: 'auto',
		paramsM: 3.9,
		multAddsM: 312,
		top1: 75.2,
		latencyMs: 78,
		source: `${T1} and its text`
	},
	{ model: 'MnasNet-A2', type: 'auto', paramsM: 4.8, multAddsM: 340, top1: 75.6, latencyMs: 84, source: T1 },
	{ model: 'MnasNet-A3', type: 'auto', paramsM: 5.2, multAddsM: 403, top1: 76.7, latencyMs: 103, source: T1 }
];

/** The target latency of the paper's search (§6.1: "We set our target latency as T = 75ms"). */
export const PAPER_TARGET_MS = 75;
