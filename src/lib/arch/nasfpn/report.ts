// The shape of the NAS-FPN cost report (computed in cost.ts). MACs count convolutions only; FLOPs = 2 × MACs.
import type { Issue } from '../issues';
import type { FpnOp } from './spec';

export type Resample = { kind: 'none' } | { kind: 'up'; factor: number } | { kind: 'down'; factor: number };

export interface FpnNodeInput {
	offset: number;
	level: number;
	resample: Resample;
}

export interface FpnNodeCost {
	/** node offset: inputs are 0 … maxLevel−minLevel, cells follow */
	offset: number;
	/** index into spec.cells, or -1 for an input node */
	cell: number;
	level: number;
	/** side of the square feature map: ceil(imageSize / 2^level) */
	side: number;
	op: FpnOp | 'input';
	inputs: FpnNodeInput[];
	/** same-level nodes added by the output rule */
	extraInputs: number[];
	/** for gp: the offset of the input that gives the gate and is the unscaled base (the coarser one) */
	gateInput?: number;
	isOutput: boolean;
	params: number;
	bnBuffers: number;
	macs: number;
	outputElements: number;
	/** elementwise work outside MACs */
	elementwise: ElementwiseWork;
}

export interface ElementwiseWork {
	adds: number;
	multiplies: number;
	sigmoids: number;
	poolOutputs: number;
	upsampleOutputs: number;
}

export interface FpnTotals {
	params: number;
	bnBuffers: number;
	macs: number;
	/** 2 × MACs */
	flops: number;
	/** fp32 bytes of trainable params and BN buffers */
	weightBytes: number;
	elementwise: ElementwiseWork;
}

export interface FpnCostReport {
	/** nodes of one repeat (inputs first) */
	nodes: FpnNodeCost[];
	/** level → node offset of that level's output in one repeat */
	outputs: Record<number, number>;
	perRepeat: FpnTotals;
	inputStage: FpnTotals;
	total: FpnTotals;
	warnings: Issue[];
}
