// Colours of the cell graph: the Tableau 10 series of the page palette (distinguishable for the common
// colour-vision deficiencies; every colour is paired with a shape, a dash or a text label as well).
import { PALETTE } from '$lib/styles/palette';

export const FPN_COLORS = {
	input: PALETTE['series-green'],
	sum: PALETTE['series-blue'],
	gp: PALETTE['series-orange'],
	output: PALETTE['series-red'],
	gate: PALETTE['series-purple'],
	changed: PALETTE['series-yellow'],
	edge: PALETTE.faint,
	text: PALETTE['text-soft']
} as const;

export function opColor(op: 'input' | 'sum' | 'gp'): string {
	return FPN_COLORS[op];
}
