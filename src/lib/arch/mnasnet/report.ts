// The shape of the MnasNet cost report (computed in cost.ts). MACs: conv H_out·W_out·C_out·(C_in/groups)·k²,
// fully connected in·out, nothing else; FLOPs = 2 × MACs.
import type { Issue } from '../issues';
import type { Shape3 } from './plan';
import type { MnasRow } from './rows';

export type LayerOpLabel = 'stem' | 'conv' | 'sepconv' | 'mbconv' | 'head' | 'pool' | 'fc';

export interface LayerCost {
	name: string;
	/** the report row the layer counts in (head, pool and classifier: the head row) */
	row: MnasRow;
	op: LayerOpLabel;
	inShape: Shape3;
	outShape: Shape3;
	/** trainable parameters (weights, biases, BN γ and β) */
	params: number;
	/** BN running mean and variance (not trainable) */
	bnBuffers: number;
	macs: number;
	/** elements of the layer's output tensor */
	activationElements: number;
}

export interface CostTotals {
	params: number;
	bnBuffers: number;
	macs: number;
	/** 2 × MACs */
	flops: number;
	/** fp32 bytes of trainable params and BN buffers */
	weightBytes: number;
}

export interface BlockCostRow extends CostTotals {
	row: MnasRow;
	label: string;
	outShape: Shape3;
	/** share of the network's MACs, 0…1 */
	macShare: number;
}

export interface MnasCostReport {
	layers: LayerCost[];
	blocks: BlockCostRow[];
	total: CostTotals & {
		/** largest sum of live fp32 tensors in a batch-1 forward pass, in bytes */
		peakActivationBytes: number;
	};
	warnings: readonly Issue[];
}
