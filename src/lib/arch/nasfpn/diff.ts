// What changed between two cell lists, e.g. from step (c) to step (d).
// Cells are matched by index: a cell's node offset is its position (numInputs + index) and every input refers
// to offsets, so "the same cell" can only mean "the cell at the same position". Extra cells at the end of the
// longer list are added or removed.
import type { FpnCell } from './spec';

export interface FpnCellChange {
	/** index into both cell lists */
	cell: number;
	before: FpnCell;
	after: FpnCell;
	/** the set of inputs differs */
	rewired: boolean;
	/** same two inputs in the other order (matters only for a gp whose inputs sit at the same level) */
	swapped: boolean;
	opChanged: boolean;
	levelChanged: boolean;
	outputChanged: boolean;
}

export interface FpnDiff {
	/** indices of cells only in `b` */
	added: number[];
	/** indices of cells only in `a` */
	removed: number[];
	rewired: number[];
	opChanged: number[];
	levelChanged: number[];
	outputChanged: number[];
	/** every cell present in both lists that differs in any way */
	changed: FpnCellChange[];
	/** no difference at all */
	same: boolean;
	/** one English sentence per change, in cell order */
	summary: string[];
	/** the same sentences in Korean */
	summaryKo: string[];
}

const sortedPair = (c: FpnCell) => [...c.inputs].sort((x, y) => x - y).join(',');
const opName = (op: string) => (op === 'gp' ? 'gp' : 'sum');
const describeCell = (c: FpnCell) =>
	`P${c.level} ${opName(c.op)}(${c.inputs[0]}, ${c.inputs[1]})${c.output ? ', output' : ''}`;

/** `numInputs` is only used to name nodes in the summary ("cell 3 (node 8)"); 5 for P3–P7. */
export function diffCells(a: FpnCell[], b: FpnCell[], numInputs = 5): FpnDiff {
	const diff: FpnDiff = {
		added: [],
		removed: [],
		rewired: [],
		opChanged: [],
		levelChanged: [],
		outputChanged: [],
		changed: [],
		same: true,
		summary: [],
		summaryKo: []
	};
	const n = Math.max(a.length, b.length);
	for (let c = 0; c < n; c++) {
		const name = `cell ${c + 1} (node ${numInputs + c})`; // 1-based, as the page counts cells
		const nameKo = `셀 ${c + 1}(노드 ${numInputs + c})`;
		const before = a[c];
		const after = b[c];
		if (!before && after) {
			diff.added.push(c);
			diff.summary.push(`${name} added: ${describeCell(after)}.`);
			diff.summaryKo.push(`${nameKo} 추가: ${describeCell(after)}.`);
			continue;
		}
		if (before && !after) {
			diff.removed.push(c);
			diff.summary.push(`${name} removed: ${describeCell(before)}.`);
			diff.summaryKo.push(`${nameKo} 삭제: ${describeCell(before)}.`);
			continue;
		}
		const rewired = sortedPair(before) !== sortedPair(after);
		const swapped = !rewired && (before.inputs[0] !== after.inputs[0] || before.inputs[1] !== after.inputs[1]);
		const opChanged = before.op !== after.op;
		const levelChanged = before.level !== after.level;
		const outputChanged = before.output !== after.output;
		if (!(rewired || swapped || opChanged || levelChanged || outputChanged)) continue;
		diff.changed.push({ cell: c, before, after, rewired, swapped, opChanged, levelChanged, outputChanged });
		const en: string[] = [];
		const ko: string[] = [];
		if (levelChanged) {
			diff.levelChanged.push(c);
			en.push(`level P${before.level} → P${after.level}`);
			ko.push(`레벨 P${before.level} → P${after.level}`);
		}
		if (opChanged) {
			diff.opChanged.push(c);
			en.push(`op ${opName(before.op)} → ${opName(after.op)}`);
			ko.push(`연산 ${opName(before.op)} → ${opName(after.op)}`);
		}
		if (rewired) {
			diff.rewired.push(c);
			en.push(`inputs (${before.inputs.join(', ')}) → (${after.inputs.join(', ')})`);
			ko.push(`입력 (${before.inputs.join(', ')}) → (${after.inputs.join(', ')})`);
		} else if (swapped) {
			en.push(`inputs swapped to (${after.inputs.join(', ')})`);
			ko.push(`입력 순서 바뀜 (${after.inputs.join(', ')})`);
		}
		if (outputChanged) {
			diff.outputChanged.push(c);
			en.push(after.output ? 'now an output' : 'no longer an output');
			ko.push(after.output ? '이제 출력 셀' : '더 이상 출력 셀이 아님');
		}
		diff.summary.push(`${name}: ${en.join('; ')}.`);
		diff.summaryKo.push(`${nameKo}: ${ko.join('; ')}.`);
	}
	diff.same = diff.summary.length === 0;
	if (diff.same) {
		diff.summary.push('No change.');
		diff.summaryKo.push('바뀐 것이 없습니다.');
	}
	return diff;
}

/** One of a cell's two inputs: `which` 0 or 1 of cell `cell` (index into the cell list). */
export interface FpnInputRef {
	cell: number;
	which: 0 | 1;
}

/**
 * The input wires of `b` that are new against `a`: both inputs of an added cell or of a cell whose level changed
 * (their resampling changed), and every input a cell of `b` reads that the same cell of `a` did not read.
 * An input that only moved to the other slot is the same wire (diffCells reports the swap).
 */
export function changedInputs(a: FpnCell[], b: FpnCell[]): FpnInputRef[] {
	const out: FpnInputRef[] = [];
	b.forEach((after, cell) => {
		const before = a[cell];
		for (const which of [0, 1] as const) {
			const fresh = !before || before.level !== after.level || !before.inputs.includes(after.inputs[which]);
			if (fresh) out.push({ cell, which });
		}
	});
	return out;
}
