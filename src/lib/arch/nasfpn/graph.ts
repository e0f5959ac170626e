// The resolved NAS-FPN graph: what every node reads, how each input is resampled, which node gates a `gp`,
// which same-level nodes the output rule adds, and which node each level outputs. Exactly the wiring of
// tensorflow/tpu nasfpn.py `_build_feature_pyramid` (tensorflow/tpu detection/modeling/architecture/nasfpn.py), so cost, drawing and tfjs builders agree.
import type { FpnNodeInput, Resample } from './report';
import type { FpnOp, NasfpnSpec } from './spec';
import { levelCount } from './levels';

export interface FpnGraphNode {
	/** position in the node list: inputs are 0 … maxLevel−minLevel, then one node per cell */
	offset: number;
	/** index into spec.cells, or -1 for an input node */
	cell: number;
	level: number;
	/** side of the square feature map: ceil(imageSize / 2^level) */
	side: number;
	op: FpnOp | 'input';
	/** the cell's two inputs in spec order, each with the resampling it needs to reach `level` */
	inputs: FpnNodeInput[];
	/** earlier same-level nodes with no consumer yet, added by the output rule (only when `outputFlag`) */
	extraInputs: number[];
	/** gp only: the input from the coarser level (the first on a tie); it gives the gate and is the unscaled base */
	gateInput?: number;
	/** the cell's `output` flag (it takes the extra same-level sum); false for inputs */
	outputFlag: boolean;
	/** the node is its level's output of the repeat (fed to the next repeat) */
	isOutput: boolean;
	/** offsets of the nodes that read this one (as an input or an extra input), in order, no repeats */
	consumers: number[];
	/** a cell node from which no repeat output can be reached (computed, then thrown away) */
	dead: boolean;
}

export interface FpnGraph {
	minLevel: number;
	maxLevel: number;
	imageSize: number;
	/** inputs first, then one node per cell */
	nodes: FpnGraphNode[];
	/** level → offset of the node that is that level's output (the last output cell there, else the input) */
	outputs: Record<number, number>;
	/** levels with no output cell: their input passes through to the next repeat unchanged */
	passThroughLevels: number[];
	/** offsets of dead cell nodes */
	deadNodes: number[];
	/**
	 * What the official code takes as outputs: the last (maxLevel − minLevel + 1) nodes keyed by level, a later node
	 * overwriting an earlier one. Equal to `outputs` for every member of the search space and every preset; when it
	 * differs (or misses a level) the official code would build something else or fail.
	 */
	tfOutputs: Record<number, number>;
	tfOutputsMatch: boolean;
}

export function levelSide(imageSize: number, level: number): number {
	return Math.ceil(imageSize / 2 ** level);
}

/** Nearest upsampling by 2^d from a coarser level, max pooling (kernel = stride = 2^d, SAME) from a finer one. */
export function resampleBetween(fromLevel: number, toLevel: number): Resample {
	if (fromLevel > toLevel) return { kind: 'up', factor: 2 ** (fromLevel - toLevel) };
	if (fromLevel < toLevel) return { kind: 'down', factor: 2 ** (toLevel - fromLevel) };
	return { kind: 'none' };
}

/** Resolves one repeat of a spec (validated or at least well-typed with offsets pointing backwards). */
export function resolveNasfpn(spec: NasfpnSpec): FpnGraph {
	const { minLevel, maxLevel, imageSize } = spec;
	const numLevels = levelCount(spec);
	const nodes: FpnGraphNode[] = [];
	// TF's num_output_connections: how many nodes have read each node so far.
	const uses: number[] = [];

	for (let i = 0; i < numLevels; i++) {
		const level = minLevel + i;
		nodes.push({
			offset: i,
			cell: -1,
			level,
			side: levelSide(imageSize, level),
			op: 'input',
			inputs: [],
			extraInputs: [],
			outputFlag: false,
			isOutput: false,
			consumers: [],
			dead: false
		});
		uses.push(0);
	}

	spec.cells.forEach((cell, c) => {
		const offset = nodes.length;
		const inputs: FpnNodeInput[] = cell.inputs.map((src) => {
			const from = nodes[src];
			uses[src] += 1;
			return { offset: src, level: from.level, resample: resampleBetween(from.level, cell.level) };
		});
		let gateInput: number | undefined;
		if (cell.op === 'gp') {
			// TF: `if node0_level >= node1_level: global_attention(node0, node1)` — the coarser one, first on a tie.
			gateInput = inputs[0].level >= inputs[1].level ? inputs[0].offset : inputs[1].offset;
		}
		const extraInputs: number[] = [];
		if (cell.output) {
			for (let j = 0; j < offset; j++) {
				if (uses[j] === 0 && nodes[j].level === cell.level) {
					uses[j] += 1;
					extraInputs.push(j);
				}
			}
		}
		for (const src of [...cell.inputs, ...extraInputs]) {
			const consumers = nodes[src].consumers;
			if (!consumers.includes(offset)) consumers.push(offset);
		}
		nodes.push({
			offset,
			cell: c,
			level: cell.level,
			side: levelSide(imageSize, cell.level),
			op: cell.op,
			inputs,
			extraInputs,
			gateInput,
			outputFlag: cell.output,
			isOutput: false,
			consumers: [],
			dead: false
		});
		uses.push(0);
	});

	const outputs: Record<number, number> = {};
	const passThroughLevels: number[] = [];
	for (let level = minLevel; level <= maxLevel; level++) {
		let found = -1;
		for (const node of nodes) if (node.outputFlag && node.level === level) found = node.offset;
		if (found < 0) {
			passThroughLevels.push(level);
			found = level - minLevel;
		}
		outputs[level] = found;
		nodes[found].isOutput = true;
	}

	// Dead nodes: walk back from the outputs through inputs and extra inputs.
	const live = new Set<number>();
	const stack = Object.values(outputs);
	while (stack.length > 0) {
		const o = stack.pop() as number;
		if (live.has(o)) continue;
		live.add(o);
		for (const inp of nodes[o].inputs) stack.push(inp.offset);
		for (const e of nodes[o].extraInputs) stack.push(e);
	}
	const deadNodes: number[] = [];
	for (const node of nodes) {
		if (node.cell >= 0 && !live.has(node.offset)) {
			node.dead = true;
			deadNodes.push(node.offset);
		}
	}

	const tfOutputs: Record<number, number> = {};
	for (let o = Math.max(0, nodes.length - numLevels); o < nodes.length; o++) tfOutputs[nodes[o].level] = o;
	let tfOutputsMatch = true;
	for (let level = minLevel; level <= maxLevel; level++) {
		if (tfOutputs[level] !== outputs[level]) tfOutputsMatch = false;
	}

	return { minLevel, maxLevel, imageSize, nodes, outputs, passThroughLevels, deadNodes, tfOutputs, tfOutputsMatch };
}
