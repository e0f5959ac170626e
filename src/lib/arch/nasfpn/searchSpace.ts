// The paper's search space (Ghiasi et al., NAS-FPN, CVPR 2019, §3, encoded as in google/vertex-ai-nas): pyramid P3–P7, 7 merging cells;
// 2 intermediate cells that are not outputs and never at P3 (levels 4–7), then 5 output cells whose levels are a
// permutation of P3–P7; each cell reads two distinct earlier nodes and picks sum or gp.
import { mulberry32, randomInt } from './prng';
import type { FpnCell, NasfpnSpec } from './spec';
import { cellOffset, readOrder } from './levels';

const SEARCH_SPACE = {
	minLevel: 3,
	maxLevel: 7,
	intermediateCells: 2,
	intermediateLevels: [4, 5, 6, 7],
	outputCells: 5
} as const;

export function searchSpaceMembership(spec: Pick<NasfpnSpec, 'cells' | 'minLevel' | 'maxLevel'>): {
	member: boolean;
	reasons: string[];
} {
	const reasons: string[] = [];
	const { minLevel, maxLevel, intermediateCells, intermediateLevels, outputCells } = SEARCH_SPACE;
	if (spec.minLevel !== minLevel || spec.maxLevel !== maxLevel) {
		reasons.push(
			`The search space is for the pyramid P${minLevel}–P${maxLevel}, not P${spec.minLevel}–P${spec.maxLevel}.`
		);
	}
	const total = intermediateCells + outputCells;
	if (spec.cells.length !== total) {
		reasons.push(`It has ${spec.cells.length} cells; the search space has exactly ${total}.`);
	}
	spec.cells.forEach((cell, c) => {
		const name = `Cell ${c + 1}`; // 1-based, as the page counts cells
		if (c < intermediateCells) {
			if (cell.output) reasons.push(`${name} is an output; the first ${intermediateCells} cells are intermediate.`);
			if (!(intermediateLevels as readonly number[]).includes(cell.level)) {
				reasons.push(`${name} is intermediate at P${cell.level}; intermediate cells use P4–P7 only.`);
			}
		} else if (!cell.output) {
			reasons.push(`${name} is not an output; the last ${outputCells} cells are the outputs.`);
		}
		const [i, j] = cell.inputs;
		if (i === j) reasons.push(`${name} reads node ${i} twice; its two inputs must be different nodes.`);
		for (const src of cell.inputs) {
			if (!Number.isInteger(src) || src < 0 || readOrder(SEARCH_SPACE, c, src) !== 'earlier') {
				reasons.push(`${name} reads node ${src}, which is not an earlier node.`);
			}
		}
		if (cell.op !== 'sum' && cell.op !== 'gp')
			reasons.push(`${name} has op ${String(cell.op)}; only sum and gp exist.`);
	});
	if (spec.cells.length === total) {
		const levels = spec.cells
			.slice(intermediateCells)
			.map((c) => c.level)
			.sort((a, b) => a - b);
		const expected = Array.from({ length: outputCells }, (_, k) => minLevel + k);
		if (levels.join() !== expected.join()) {
			reasons.push(
				`The output cells are at ${levels.map((l) => `P${l}`).join(', ')}; they must cover P${minLevel}–P${maxLevel} once each.`
			);
		}
	}
	return { member: reasons.length === 0, reasons };
}

/** Two distinct offsets from [0, n), in ascending order (as the search encodes the pair). */
function pickPair(rand: () => number, n: number): [number, number] {
	const i = randomInt(rand, n);
	let j = randomInt(rand, n - 1);
	if (j >= i) j += 1;
	return i < j ? [i, j] : [j, i];
}

/** A random member of the search space; the same seed always gives the same graph. */
export function sampleSearchSpace(seed: number): FpnCell[] {
	const rand = mulberry32(Number.isFinite(seed) ? Math.trunc(seed) : 0);
	const { minLevel, intermediateCells, intermediateLevels, outputCells } = SEARCH_SPACE;
	const cells: FpnCell[] = [];
	const op = (): 'sum' | 'gp' => (rand() < 0.5 ? 'sum' : 'gp');
	for (let c = 0; c < intermediateCells; c++) {
		const inputs = pickPair(rand, cellOffset(SEARCH_SPACE, c));
		cells.push({
			level: intermediateLevels[randomInt(rand, intermediateLevels.length)],
			op: op(),
			inputs,
			output: false
		});
	}
	// The controller predicts the order of the output levels: a random permutation (Fisher–Yates).
	const order = Array.from({ length: outputCells }, (_, k) => minLevel + k);
	for (let k = order.length - 1; k > 0; k--) {
		const r = randomInt(rand, k + 1);
		[order[k], order[r]] = [order[r], order[k]];
	}
	for (let k = 0; k < outputCells; k++) {
		const c = intermediateCells + k;
		cells.push({ level: order[k], op: op(), inputs: pickPair(rand, cellOffset(SEARCH_SPACE, c)), output: true });
	}
	return cells;
}
