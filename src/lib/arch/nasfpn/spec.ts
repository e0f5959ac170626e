// The NAS-FPN spec: a pyramid as a graph of merging cells, with the semantics of tensorflow/tpu nasfpn.py.

/** `sum`: a + b. `gp`: global-pool attention, R(c) + R(f)·sigmoid(globalmax(R(c))), c = coarser-level input. */
export type FpnOp = 'sum' | 'gp';

export interface FpnCell {
	/** output level of the cell */
	level: number;
	op: FpnOp;
	/** offsets of two earlier nodes (0 … maxLevel−minLevel are the inputs, then one node per cell) */
	inputs: [number, number];
	/** whether the cell is an output of the pyramid (and takes the extra same-level sum) */
	output: boolean;
}

export interface NasfpnSpec {
	kind: 'nasfpn';
	minLevel: number;
	maxLevel: number;
	/** feature width D of every pyramid node */
	channels: number;
	imageSize: number;
	repeats: number;
	separable: boolean;
	/** backbone widths by level, e.g. { "3": 512, "4": 1024, "5": 2048 } for ResNet-50; absent = no input stage */
	backboneChannels?: Record<string, number>;
	cells: FpnCell[];
}

export type FpnPresetId = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
