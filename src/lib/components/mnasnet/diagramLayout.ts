// Layout of the block diagram in the MnasNet paper's Fig. 7(a) convention: one box per stage, left to right,
// input image → stem → blocks → head → pool + FC. Box height follows the feature map's side, box width its
// channels (square-root scales, so 7×7 and 1280 wide stay readable next to 112×112 and 16 wide). Every stage has
// a slot of the same width, which the cost charts and the feature strip reuse so they line up with the boxes.
// Pure: shapes and counts come from the engine's plan and report; nothing here recomputes them.
import { scaleSqrt } from 'd3-scale';
import type { MnasPlan, Shape3 } from '$lib/arch/mnasnet/plan';
import type { MnasCostReport } from '$lib/arch/mnasnet/report';
import { rowKey, type MnasRow } from '$lib/arch/mnasnet/rows';
import type { MnasnetSpec } from '$lib/arch/mnasnet/spec';

export type SlotKind = 'input' | 'stem' | 'block' | 'head' | 'out';
/** colour key of a box */
export type DiagramOp = 'input' | 'stem' | 'conv' | 'sepconv' | 'mbconv' | 'head' | 'fc';

export interface DiagramBox {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Which stage a slot shows: block slots carry their 0-based block index, the other stages none. */
export type SlotStage = { kind: 'block'; block: number } | { kind: Exclude<SlotKind, 'block'>; block: null };

export type DiagramSlot = SlotStage & SlotBody;

interface SlotBody {
	/** stable within one layout: 'input', 'stem', 'b0'…, 'head', 'out' */
	key: string;
	/** left edge and centre of the slot */
	x: number;
	cx: number;
	box: DiagramBox;
	op: DiagramOp;
	/** the paper's name of the op ("MBConv6", "SepConv", "Conv3x3"); '' for input and out (the UI names them) */
	title: string;
	/** layers in the stage (the paper's ×n) */
	repeats: number;
	/** kernel size, null where there is none to show */
	k: number | null;
	se: boolean;
	outShape: Shape3;
	/** layers of this stage with an identity residual add */
	residuals: number;
	/** report.layers indices that belong to this slot */
	layers: number[];
}

export interface DiagramLayout {
	width: number;
	height: number;
	slotWidth: number;
	/** y of the boxes' common centre line */
	midY: number;
	/** y of the text rows */
	titleY: number;
	badgeY: number;
	shapeY: number;
	slots: DiagramSlot[];
}

export const SLOT_WIDTH = 84;
const MARGIN_X = 8;
const TITLE_Y = 16;
const BOX_TOP = 56;
const BOX_MAX_H = 150;
const BOX_MIN_H = 10;
const BOX_MIN_W = 8;
const BOX_MAX_W = SLOT_WIDTH - 24;

/** Slot key of a report layer: its row's key (stem, b0…, head), except the pool and classifier layers of the head
 * row, which the diagram draws as their own 'out' stage. */
export function slotKeyOfLayer(layer: { row: MnasRow; name: string }): string {
	if (layer.row.kind !== 'head' || layer.name === 'head') return rowKey(layer.row);
	return 'out';
}

/** x of the slot at `index` (0 = input). */
export function slotX(index: number, slotWidth = SLOT_WIDTH): number {
	return MARGIN_X + index * slotWidth;
}

/** Which block position an x coordinate (e.g. a dragged box's centre) falls on, clamped to [0, blocks − 1]. */
export function blockIndexAtX(x: number, blockCount: number, slotWidth = SLOT_WIDTH): number {
	// slot 0 is the input, slot 1 the stem, slot 2 + i block i
	const slot = Math.floor((x - MARGIN_X) / slotWidth);
	return Math.max(0, Math.min(blockCount - 1, slot - 2));
}

export function layoutDiagram(spec: MnasnetSpec, plan: MnasPlan, report: MnasCostReport): DiagramLayout {
	const r = plan.resolution;
	const byKey = new Map<string, number[]>();
	report.layers.forEach((layer, i) => {
		const key = slotKeyOfLayer(layer);
		const list = byKey.get(key);
		if (list) list.push(i);
		else byKey.set(key, [i]);
	});
	const residualsByBlock = new Map<number, number>();
	for (const layer of plan.layers) {
		if (layer.kind === 'block' && layer.residual)
			residualsByBlock.set(layer.block, (residualsByBlock.get(layer.block) ?? 0) + 1);
	}
	const stemLayer = plan.layers.find((l) => l.kind === 'stem');
	const lastOf = (key: string): Shape3 => {
		const idx = byKey.get(key);
		return idx && idx.length > 0 ? report.layers[idx[idx.length - 1]].outShape : [1, 1, 1];
	};

	type Draft = SlotStage & Omit<SlotBody, 'x' | 'cx' | 'box'>;
	const drafts: Draft[] = [];
	drafts.push({
		key: 'input',
		kind: 'input',
		block: null,
		op: 'input',
		title: '',
		repeats: 1,
		k: null,
		se: false,
		outShape: [r, r, 3],
		residuals: 0,
		layers: []
	});
	drafts.push({
		key: 'stem',
		kind: 'stem',
		block: null,
		op: 'stem',
		title: `Conv${stemLayer && stemLayer.kind === 'stem' ? `${stemLayer.k}x${stemLayer.k}` : ''}`,
		repeats: 1,
		k: null,
		se: false,
		outShape: lastOf('stem'),
		residuals: 0,
		layers: byKey.get('stem') ?? []
	});
	spec.blocks.forEach((b, i) => {
		const key = `b${i}`;
		drafts.push({
			key,
			kind: 'block',
			block: i,
			op: b.op,
			title: b.op === 'mbconv' ? `MBConv${b.t}` : b.op === 'sepconv' ? 'SepConv' : 'Conv',
			repeats: b.n,
			k: b.k,
			se: b.se > 0,
			outShape: lastOf(key),
			residuals: residualsByBlock.get(i) ?? 0,
			layers: byKey.get(key) ?? []
		});
	});
	drafts.push({
		key: 'head',
		kind: 'head',
		block: null,
		op: 'head',
		title: 'Conv1x1',
		repeats: 1,
		k: null,
		se: false,
		outShape: lastOf('head'),
		residuals: 0,
		layers: byKey.get('head') ?? []
	});
	drafts.push({
		key: 'out',
		kind: 'out',
		block: null,
		op: 'fc',
		title: '',
		repeats: 1,
		k: null,
		se: false,
		outShape: lastOf('out'),
		residuals: 0,
		layers: byKey.get('out') ?? []
	});

	// Scales follow the network's own maps: the input image (twice the stem's side) and the FC output would
	// squeeze everything else, so the input box is clamped to the tallest and the FC box to the widest.
	const inner = drafts.filter((d) => d.kind !== 'input' && d.kind !== 'out');
	const maxSide = Math.max(...inner.map((d) => d.outShape[0]), 1);
	const maxC = Math.max(...inner.map((d) => d.outShape[2]), 1);
	const heightOf = scaleSqrt().domain([0, maxSide]).range([0, BOX_MAX_H]).clamp(true);
	const widthOf = scaleSqrt().domain([0, maxC]).range([0, BOX_MAX_W]).clamp(true);
	const midY = BOX_TOP + BOX_MAX_H / 2;

	const slots = drafts.map((d, i): DiagramSlot => {
		const x = slotX(i);
		const cx = x + SLOT_WIDTH / 2;
		const h = Math.max(BOX_MIN_H, heightOf(d.outShape[0]));
		const w = Math.max(BOX_MIN_W, widthOf(d.outShape[2]));
		return { ...d, x, cx, box: { x: cx - w / 2, y: midY - h / 2, w, h } };
	});

	const bottom = BOX_TOP + BOX_MAX_H;
	return {
		width: slotX(slots.length) + MARGIN_X,
		height: bottom + 52,
		slotWidth: SLOT_WIDTH,
		midY,
		titleY: TITLE_Y,
		badgeY: bottom + 14,
		shapeY: bottom + 40,
		slots
	};
}

/** Path of a residual arc drawn above a box: from its left to its right edge. */
export function residualArcPath(box: DiagramBox): string {
	const top = box.y - 4;
	const lift = 16;
	const x0 = box.x - 6;
	const x1 = box.x + box.w + 6;
	const y0 = box.y + Math.min(10, box.h / 2);
	return `M${x0},${y0} C${x0},${top - lift} ${x1},${top - lift} ${x1},${y0}`;
}
