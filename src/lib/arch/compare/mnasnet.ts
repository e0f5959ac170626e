// compareMnasnet: two MnasNet cost reports side by side, one row per block row of the reports (stem, blocks by
// index, head), so a network with more blocks shows the extra rows with an empty side.
import type { MnasCostReport, Shape3 } from '../mnasnet';
import { costRatio } from './ratio';
import type { Comparison, CompareRow, CompareSideCost } from './types';

function sideOf(row: MnasCostReport['blocks'][number] | undefined): CompareSideCost | null {
	if (!row) return null;
	return { label: row.label, params: row.params, macs: row.macs, outShape: row.outShape as Shape3 };
}

export function compareRow(key: string, left: CompareSideCost | null, right: CompareSideCost | null): CompareRow {
	const lp = left?.params ?? 0;
	const rp = right?.params ?? 0;
	const lm = left?.macs ?? 0;
	const rm = right?.macs ?? 0;
	return {
		key,
		left,
		right,
		paramsDelta: rp - lp,
		macsDelta: rm - lm,
		paramsRatio: left && right ? costRatio(lp, rp) : null,
		macsRatio: left && right ? costRatio(lm, rm) : null
	};
}

export function compareMnasnet(left: MnasCostReport, right: MnasCostReport): Comparison {
	const lBlocks = left.blocks.filter((r) => r.row.kind === 'block');
	const rBlocks = right.blocks.filter((r) => r.row.kind === 'block');
	const rows: CompareRow[] = [
		compareRow(
			'stem',
			sideOf(left.blocks.find((r) => r.row.kind === 'stem')),
			sideOf(right.blocks.find((r) => r.row.kind === 'stem'))
		)
	];
	const n = Math.max(lBlocks.length, rBlocks.length);
	for (let i = 0; i < n; i++) rows.push(compareRow(`block-${i}`, sideOf(lBlocks[i]), sideOf(rBlocks[i])));
	rows.push(
		compareRow(
			'head',
			sideOf(left.blocks.find((r) => r.row.kind === 'head')),
			sideOf(right.blocks.find((r) => r.row.kind === 'head'))
		)
	);
	return {
		rows,
		total: compareRow(
			'total',
			{ label: 'total', params: left.total.params, macs: left.total.macs, outShape: null },
			{ label: 'total', params: right.total.params, macs: right.total.macs, outShape: null }
		)
	};
}
