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
	/** the node is its level's output of the repeat (fed to the next repeat) */
	isOutput: boolean;
	/** the cell's `output` flag (it takes the extra same-level sum); false for inputs */
	outputFlag: boolean;
	/** a cell node that reaches no output (still computed by the official code, so still counted) */
	dead: boolean;
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

/** One level of the input stage (before the first repeat). */
export interface FpnInputStageLevel {
	level: number;
	side: number;
	/** `backbone`: from the backbone feature (1×1 projection when its width ≠ D); `pool`: max pool by 2 of the level below */
	source: 'backbone' | 'pool';
	/** backbone width for `backbone` levels */
	inChannels?: number;
	/** a 1×1 conv (+ BN) is built */
	projected: boolean;
	params: number;
	bnBuffers: number;
	macs: number;
	elementwise: ElementwiseWork;
}

export interface FpnCostReport {
	/** nodes of one repeat (inputs first) */
	nodes: FpnNodeCost[];
	/** level → node offset of that level's output in one repeat */
	outputs: Record<number, number>;
	perRepeat: FpnTotals;
	/** zero when the spec has no backboneChannels */
	inputStage: FpnTotals;
	/** empty when the spec has no backboneChannels */
	inputStageLevels: FpnInputStageLevel[];
	/** inputStage + repeats × perRepeat */
	total: FpnTotals;
	warnings: readonly Issue[];
}
