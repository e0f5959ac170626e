// The engines' cost reports as tables: one row per layer / block / node, the report's numbers unchanged.
import type { MnasCostReport } from '../mnasnet/report';
import { rowKey } from '../mnasnet/rows';
import type { FpnCostReport, Resample } from '../nasfpn/report';
import { col, type Table } from './table';

export function mnasLayerTable(report: MnasCostReport): Table {
	const t = report.total;
	return {
		columns: [
			col('layer', 'Layer', false),
			// the report row: stem, b0, b1…, head (head, pool and classifier)
			col('block', 'Block', false),
			col('op', 'Op', false),
			col('in_h', 'In H'),
			col('in_w', 'In W'),
			col('in_c', 'In C'),
			col('out_h', 'Out H'),
			col('out_w', 'Out W'),
			col('out_c', 'Out C'),
			col('params', 'Params'),
			col('bn_buffers', 'BN buffers'),
			col('macs', 'MACs'),
			col('activation_elements', 'Activation elements')
		],
		rows: report.layers.map((l) => [
			l.name,
			rowKey(l.row),
			l.op,
			...l.inShape,
			...l.outShape,
			l.params,
			l.bnBuffers,
			l.macs,
			l.activationElements
		]),
		total: ['total', null, null, null, null, null, null, null, null, t.params, t.bnBuffers, t.macs, null]
	};
}

export function mnasBlockTable(report: MnasCostReport): Table {
	const t = report.total;
	return {
		columns: [
			col('block', 'Block', false),
			col('label', 'Label', false),
			col('out_h', 'Out H'),
			col('out_w', 'Out W'),
			col('out_c', 'Out C'),
			col('params', 'Params'),
			col('bn_buffers', 'BN buffers'),
			col('macs', 'MACs'),
			col('flops', 'FLOPs'),
			col('weight_bytes', 'Weight bytes'),
			col('mac_share', 'MAC share')
		],
		rows: report.blocks.map((b) => [
			rowKey(b.row),
			b.label,
			...b.outShape,
			b.params,
			b.bnBuffers,
			b.macs,
			b.flops,
			b.weightBytes,
			b.macShare
		]),
		total: [null, 'total', null, null, null, t.params, t.bnBuffers, t.macs, t.flops, t.weightBytes, 1]
	};
}

function resampleText(r: Resample): string {
	return r.kind === 'none' ? 'none' : `${r.kind}${r.factor}`;
}

/** One repeat of the pyramid, inputs first (the report's `nodes`). List-valued cells are comma-separated. */
export function fpnNodeTable(report: FpnCostReport): Table {
	const t = report.perRepeat;
	return {
		columns: [
			col('node', 'Node'),
			col('cell', 'Cell'),
			col('level', 'Level'),
			col('side', 'Side'),
			col('op', 'Op', false),
			col('inputs', 'Inputs', false),
			col('resample', 'Resample', false),
			col('extra_inputs', 'Extra inputs', false),
			col('gate_input', 'Gate input'),
			col('output_flag', 'Output flag', false),
			col('is_output', 'Level output', false),
			col('dead', 'Dead', false),
			col('params', 'Params'),
			col('bn_buffers', 'BN buffers'),
			col('macs', 'MACs'),
			col('output_elements', 'Output elements'),
			col('adds', 'Adds'),
			col('multiplies', 'Multiplies'),
			col('sigmoids', 'Sigmoids'),
			col('pool_outputs', 'Pool outputs'),
			col('upsample_outputs', 'Upsample outputs')
		],
		rows: report.nodes.map((n) => [
			n.offset,
			n.cell,
			n.level,
			n.side,
			n.op,
			n.inputs.map((i) => i.offset).join(','),
			n.inputs.map((i) => resampleText(i.resample)).join(','),
			n.extraInputs.join(','),
			n.gateInput ?? null,
			n.outputFlag,
			n.isOutput,
			n.dead,
			n.params,
			n.bnBuffers,
			n.macs,
			n.outputElements,
			n.elementwise.adds,
			n.elementwise.multiplies,
			n.elementwise.sigmoids,
			n.elementwise.poolOutputs,
			n.elementwise.upsampleOutputs
		]),
		total: [
			null,
			null,
			null,
			null,
			'one repeat',
			null,
			null,
			null,
			null,
			null,
			null,
			null,
			t.params,
			t.bnBuffers,
			t.macs,
			null,
			t.elementwise.adds,
			t.elementwise.multiplies,
			t.elementwise.sigmoids,
			t.elementwise.poolOutputs,
			t.elementwise.upsampleOutputs
		]
	};
}
