// Colours of the cell graph, from Tableau 10 (distinguishable for the common colour-vision deficiencies; every
// colour is paired with a shape, a dash or a text label as well).
export const FPN_COLORS = {
	input: '#59a14f',
	sum: '#4e79a7',
	gp: '#f28e2b',
	output: '#e15759',
	gate: '#b07aa1',
	changed: '#edc948',
	edge: '#8a8f98',
	text: '#333'
} as const;

export function opColor(op: 'input' | 'sum' | 'gp'): string {
	return FPN_COLORS[op];
}
