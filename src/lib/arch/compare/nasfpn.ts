// compareNasfpn: two NAS-FPN cost reports side by side: the input stage, then one row per merging cell by cell
// index (per repeat, as the nodes are reported), and the totals over the input stage and all repeats.
import type { FpnCostReport, FpnNodeCost } from '../nasfpn';
import { compareRow } from './mnasnet';
import type { Comparison, CompareRow, CompareSideCost } from './types';

const levelName = (level: number): string => `P${level}`;

function nodeSide(node: FpnNodeCost | undefined): CompareSideCost | null {
	if (!node) return null;
	const channels = node.side > 0 ? node.outputElements / (node.side * node.side) : 0;
	return {
		label: `${levelName(node.level)} ${node.op}${node.outputFlag ? ' out' : ''}`,
		params: node.params,
		macs: node.macs,
		outShape: [node.side, node.side, channels]
	};
}

function inputStageSide(report: FpnCostReport): CompareSideCost | null {
	if (report.inputStageLevels.length === 0) return null;
	return { label: 'input stage', params: report.inputStage.params, macs: report.inputStage.macs, outShape: null };
}

export function compareNasfpn(left: FpnCostReport, right: FpnCostReport): Comparison {
	const lCells = left.nodes.filter((n) => n.cell >= 0);
	const rCells = right.nodes.filter((n) => n.cell >= 0);
	const rows: CompareRow[] = [];
	const lIn = inputStageSide(left);
	const rIn = inputStageSide(right);
	if (lIn || rIn) rows.push(compareRow('input-stage', lIn, rIn));
	const n = Math.max(lCells.length, rCells.length);
	for (let i = 0; i < n; i++) rows.push(compareRow(`cell-${i}`, nodeSide(lCells[i]), nodeSide(rCells[i])));
	return {
		rows,
		total: compareRow(
			'total',
			{ label: 'total', params: left.total.params, macs: left.total.macs, outShape: null },
			{ label: 'total', params: right.total.params, macs: right.total.macs, outShape: null }
		)
	};
}
