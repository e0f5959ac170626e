// costMnasnet: per-layer and per-block params, BN buffers, MACs and the peak activation memory of a MnasPlan.
// MACs (the conv+FC convention of torchvision's weights meta and the MnasNet paper's Table 1): conv H_out·W_out·C_out·(C_in/groups)·k², FC in·out, nothing else (no BN, bias,
// activation, pooling, SE multiply or residual add). FLOPs = 2 × MACs. Params: weights, biases (SE convs and FC
// only) and BN γ, β; BN buffers: running mean and variance (PyTorch's num_batches_tracked counter is not counted).
// Peak activation memory: see the liveness rule at the top of peakMemory.ts.
import type { LayerCost, BlockCostRow, LayerOpLabel, MnasCostReport } from './report';
import type { MnasPlan, PlannedLayer } from './plan';
import type { MnasBlock, MnasnetSpec } from './spec';
import { LivenessTape } from './peakMemory';
import { planMnasnet } from './resolve';
import { HEAD_ROW, STEM_ROW, blockRowOf, layerRow, type MnasRow } from './rows';
import { mnasnetWarnings } from './warnings';

const BYTES_PER_FLOAT = 4;

interface Acc {
	params: number;
	bn: number;
	macs: number;
}

/** Conv (no bias) + BN: adds its counts to `acc`. */
function convBn(acc: Acc, hOut: number, wOut: number, cIn: number, cOut: number, k: number, groups: number): void {
	const perOut = (cIn / groups) * k * k;
	acc.params += perOut * cOut + 2 * cOut;
	acc.bn += 2 * cOut;
	acc.macs += hOut * wOut * cOut * perOut;
}

/** SE on `width` channels with reduce width r: two biased 1×1 convs on the pooled vector (tensorflow/tpu mnasnet_model.py, MnasBlock). */
function squeezeExcite(acc: Acc, width: number, r: number): void {
	acc.params += 2 * width * r + r + width;
	acc.macs += 2 * width * r;
}

function layerOp(layer: PlannedLayer): LayerOpLabel {
	switch (layer.kind) {
		case 'stem':
			return 'stem';
		case 'block':
			return layer.op;
		case 'head':
			return 'head';
		case 'pool':
			return 'pool';
		case 'classifier':
			return 'fc';
	}
}

/**
 * Counts one layer into `acc` and records its primitive ops on `tape`, reading tensor `x`; returns the id of the
 * layer's output tensor.
 */
function countLayer(layer: PlannedLayer, acc: Acc, tape: LivenessTape, x: number): number {
	const [hIn, wIn, cIn] = layer.inShape;
	const [hOut, wOut, cOut] = layer.outShape;
	switch (layer.kind) {
		case 'stem':
			convBn(acc, hOut, wOut, cIn, cOut, layer.k, 1);
			return tape.apply(hOut * wOut * cOut, x);
		case 'head':
			convBn(acc, hOut, wOut, cIn, cOut, 1, 1);
			return tape.apply(hOut * wOut * cOut, x);
		case 'pool':
			return tape.apply(cOut, x);
		case 'classifier':
			acc.params += cIn * cOut + cOut;
			acc.macs += cIn * cOut;
			return tape.apply(cOut, x);
		case 'block': {
			const { k, hidden, seReduce } = layer;
			let y = x;
			if (layer.op === 'conv') {
				convBn(acc, hOut, wOut, cIn, cOut, k, 1);
				y = tape.apply(hOut * wOut * cOut, x);
			} else {
				if (layer.hasExpand) {
					convBn(acc, hIn, wIn, cIn, hidden, 1, 1);
					y = tape.apply(hIn * wIn * hidden, y);
				}
				convBn(acc, hOut, wOut, hidden, hidden, k, hidden); // depthwise
				y = tape.apply(hOut * wOut * hidden, y);
			}
			if (seReduce > 0) {
				squeezeExcite(acc, hidden, seReduce);
				const pooled = tape.apply(hidden, y);
				const reduced = tape.apply(seReduce, pooled);
				const gate = tape.apply(hidden, reduced);
				y = tape.apply(hOut * wOut * hidden, y, gate);
			}
			if (layer.op !== 'conv') {
				convBn(acc, hOut, wOut, hidden, cOut, 1, 1); // 1×1 project, linear
				y = tape.apply(hOut * wOut * cOut, y);
			}
			if (layer.residual) y = tape.apply(hOut * wOut * cOut, y, x);
			return y;
		}
	}
}

// Rows are built field by field: object spread here cost ~100 µs per report in V8 (dictionary-mode objects).
function costRow(
	row: MnasRow,
	label: string,
	outShape: BlockCostRow['outShape'],
	params: number,
	bn: number,
	macs: number,
	share: number
): BlockCostRow {
	return {
		params,
		bnBuffers: bn,
		macs,
		flops: 2 * macs,
		weightBytes: BYTES_PER_FLOAT * (params + bn),
		row,
		label,
		outShape,
		macShare: share
	};
}

const OP_LABEL: Record<MnasBlock['op'], string> = { conv: 'Conv', sepconv: 'SepConv', mbconv: 'MBConv' };

/** "b2 MBConv3 k5×5 SE0.25 ×3": the paper's naming (Fig. 7) with the block index. */
export function blockLabel(index: number, block: MnasBlock): string {
	const op = block.op === 'mbconv' ? `MBConv${block.t}` : OP_LABEL[block.op];
	const se = block.se > 0 ? ` SE${block.se}` : '';
	return `b${index} ${op} k${block.k}×${block.k}${se} ×${block.n}`;
}

/** Cost report of a planned network; `spec` supplies the block labels, and its warnings (computed once per spec, shared with validation). */
export function costPlan(spec: MnasnetSpec, plan: MnasPlan): MnasCostReport {
	const layers: LayerCost[] = [];
	const tape = new LivenessTape();
	const r = plan.resolution;
	let x = tape.input(r * r * 3);

	// accumulators by position: 0 = stem row, 1..B = spec blocks, B+1 = head row
	const nb = spec.blocks.length;
	const rowParams = new Float64Array(nb + 2);
	const rowBn = new Float64Array(nb + 2);
	const rowMacs = new Float64Array(nb + 2);
	const rowOut: LayerCost['outShape'][] = new Array(nb + 2);
	const acc: Acc = { params: 0, bn: 0, macs: 0 };

	for (const layer of plan.layers) {
		acc.params = 0;
		acc.bn = 0;
		acc.macs = 0;
		x = countLayer(layer, acc, tape, x);
		const [h, w, c] = layer.outShape;
		layers.push({
			name: layer.name,
			row: layerRow(layer),
			op: layerOp(layer),
			inShape: layer.inShape,
			outShape: layer.outShape,
			params: acc.params,
			bnBuffers: acc.bn,
			macs: acc.macs,
			activationElements: h * w * c
		});
		const row = layer.kind === 'stem' ? 0 : layer.kind === 'block' ? layer.block + 1 : nb + 1;
		rowParams[row] += acc.params;
		rowBn[row] += acc.bn;
		rowMacs[row] += acc.macs;
		rowOut[row] = layer.outShape;
	}

	let params = 0;
	let bn = 0;
	let macs = 0;
	for (let i = 0; i < nb + 2; i++) {
		params += rowParams[i];
		bn += rowBn[i];
		macs += rowMacs[i];
	}

	const blocks: BlockCostRow[] = [];
	for (let i = 0; i < nb + 2; i++) {
		const row = i === 0 ? STEM_ROW : i === nb + 1 ? HEAD_ROW : blockRowOf(i - 1);
		const label = i === 0 ? 'stem' : i === nb + 1 ? 'head, pool, classifier' : blockLabel(i - 1, spec.blocks[i - 1]);
		blocks.push(costRow(row, label, rowOut[i], rowParams[i], rowBn[i], rowMacs[i], macs > 0 ? rowMacs[i] / macs : 0));
	}

	return {
		layers,
		blocks,
		total: {
			params,
			bnBuffers: bn,
			macs,
			flops: 2 * macs,
			weightBytes: BYTES_PER_FLOAT * (params + bn),
			peakActivationBytes: BYTES_PER_FLOAT * tape.peakElements()
		},
		warnings: mnasnetWarnings(spec)
	};
}

/** Per-layer, per-block and total costs. Expects a valid spec (analyzeMnasnet validates untrusted input first). */
export function costMnasnet(spec: MnasnetSpec): MnasCostReport {
	return costPlan(spec, planMnasnet(spec));
}
