// Box colours by op, from Tableau 10 (distinct for common colour-vision deficiencies when paired with the text
// labels every box also carries). `fill` is a light tint for the box body, `stroke` the full colour.
import type { DiagramOp } from './diagramLayout';

export const OP_COLORS: Record<DiagramOp, { stroke: string; fill: string }> = {
	input: { stroke: '#79706e', fill: '#e4e0de' },
	stem: { stroke: '#9c755f', fill: '#e6d8cf' },
	conv: { stroke: '#e15759', fill: '#f7cfcf' },
	sepconv: { stroke: '#f28e2b', fill: '#fbdcbc' },
	mbconv: { stroke: '#4e79a7', fill: '#c9d7e8' },
	head: { stroke: '#59a14f', fill: '#cde5c9' },
	fc: { stroke: '#b07aa1', fill: '#e7d5e2' }
};

export const LEGEND_ORDER: readonly DiagramOp[] = ['input', 'stem', 'conv', 'sepconv', 'mbconv', 'head', 'fc'];
