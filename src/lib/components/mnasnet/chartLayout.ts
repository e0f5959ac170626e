// Per-layer bar charts (MACs, params) and the feature-map strip, laid out on the diagram's slots so that every
// bar stands under the box of the stage it belongs to. Pure; values come from the engine's report.
import { scaleLinear } from 'd3-scale';
import type { MnasCostReport } from '$lib/arch/mnasnet/report';
import type { DiagramLayout } from './diagramLayout';

export type ChartMetric = 'macs' | 'params';

export interface ChartBar {
	/** index into report.layers */
	layer: number;
	name: string;
	slotKey: string;
	value: number;
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface BarChartLayout {
	width: number;
	height: number;
	/** y of the bars' base line */
	baseY: number;
	max: number;
	bars: ChartBar[];
}

const BAR_GAP = 2;
const SLOT_PAD = 10;

export function layoutBars(
	diagram: DiagramLayout,
	report: MnasCostReport,
	metric: ChartMetric,
	height = 96
): BarChartLayout {
	const top = 6;
	const baseY = height - 4;
	const max = Math.max(0, ...report.layers.map((l) => l[metric]));
	const y = scaleLinear()
		.domain([0, max > 0 ? max : 1])
		.range([baseY, top]);
	const bars: ChartBar[] = [];
	for (const slot of diagram.slots) {
		const n = slot.layers.length;
		if (n === 0) continue;
		const inner = diagram.slotWidth - 2 * SLOT_PAD;
		const w = Math.max(1, (inner - BAR_GAP * (n - 1)) / n);
		slot.layers.forEach((li, j) => {
			const layer = report.layers[li];
			const value = layer[metric];
			// a zero-cost layer (pooling) still shows a hairline so the slot is not mistaken for missing data
			const h = Math.max(value > 0 ? 1 : 0.5, baseY - y(value));
			bars.push({
				layer: li,
				name: layer.name,
				slotKey: slot.key,
				value,
				x: slot.x + SLOT_PAD + j * (w + BAR_GAP),
				y: baseY - h,
				w,
				h
			});
		});
	}
	return { width: diagram.width, height, baseY, max, bars };
}

export interface StripCell {
	slotKey: string;
	/** 0-based block index of a block stage, null for the other stages */
	block: number | null;
	cx: number;
	side: number;
	/** H, W, C of the map leaving this stage */
	h: number;
	w: number;
	c: number;
}

export interface FeatureStripLayout {
	width: number;
	height: number;
	midY: number;
	cells: StripCell[];
}

/** One square per stage with its side proportional to the feature map's side (linear: 112 is 2× 56). */
export function layoutFeatureStrip(diagram: DiagramLayout, maxSide = 56): FeatureStripLayout {
	const largest = Math.max(1, ...diagram.slots.map((s) => s.outShape[0]));
	const side = scaleLinear().domain([0, largest]).range([0, maxSide]);
	const height = maxSide + 34;
	const midY = 4 + maxSide / 2;
	return {
		width: diagram.width,
		height,
		midY,
		cells: diagram.slots.map((s) => ({
			slotKey: s.key,
			block: s.block,
			cx: s.cx,
			side: Math.max(2, side(s.outShape[0])),
			h: s.outShape[0],
			w: s.outShape[1],
			c: s.outShape[2]
		}))
	};
}
