// Box colours by op: the Tableau 10 series of the page palette (distinct for common colour-vision deficiencies
// when paired with the text labels every box also carries). `fill` is a light tint for the box body, `stroke` the
// full colour. Literal values, not var(): they are SVG attributes that must keep their colour in an exported file.
import { PALETTE } from '$lib/styles/palette';
import type { DiagramOp } from './diagramLayout';

export const OP_COLORS: Record<DiagramOp, { stroke: string; fill: string }> = {
	input: { stroke: PALETTE['series-grey'], fill: PALETTE['series-grey-tint'] },
	stem: { stroke: PALETTE['series-brown'], fill: PALETTE['series-brown-tint'] },
	conv: { stroke: PALETTE['series-red'], fill: PALETTE['series-red-tint'] },
	sepconv: { stroke: PALETTE['series-orange'], fill: PALETTE['series-orange-tint'] },
	mbconv: { stroke: PALETTE['series-blue'], fill: PALETTE['series-blue-tint'] },
	head: { stroke: PALETTE['series-green'], fill: PALETTE['series-green-tint'] },
	fc: { stroke: PALETTE['series-purple'], fill: PALETTE['series-purple-tint'] }
};

export const LEGEND_ORDER: readonly DiagramOp[] = ['input', 'stem', 'conv', 'sepconv', 'mbconv', 'head', 'fc'];
