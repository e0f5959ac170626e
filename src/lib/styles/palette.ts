// The page's one palette. Every colour the page draws is one of these: stylesheets read them as CSS custom
// properties (`var(--muted)`, declared in tokens.css, which a unit test keeps equal to this object), and the
// TypeScript that needs a literal colour (SVG attributes that must survive an export, d3 scales) reads the value
// here. Names say the role, not the hue, except the chart series, which are Tableau 10 (distinct for the common
// colour-vision deficiencies; every series is also labelled, dashed or shaped).

export const PALETTE = {
	// neutrals, light to dark
	card: '#ffffff',
	// text and icons on an accent, danger or dark fill
	'on-accent': '#ffffff',
	bg: '#f4f6f9',
	'surface-soft': '#f6f7f9',
	'surface-sunk': '#eceef1',
	line: '#e3e7ee',
	'line-strong': '#c9d0db',
	'control-line': '#b8bcc4',
	faint: '#8a909c',
	muted: '#5b6677',
	'text-soft': '#3d4350',
	text: '#1c2430',

	// accent (links, primary buttons, selection) and the keyboard focus ring
	accent: '#2f5bd3',
	'accent-strong': '#2448ad',
	'accent-soft': '#e8eefc',
	'accent-line': '#9db7e0',
	focus: '#2563eb',
	// the element a tour step or a lock points at
	highlight: '#f59e0b',

	// states
	danger: '#b42318',
	'danger-strong': '#8f1d14',
	'danger-soft': '#fdf0f0',
	'danger-line': '#f0b4b4',
	warn: '#b45309',
	'warn-strong': '#7a4b00',
	'warn-soft': '#fff8e1',
	'warn-line': '#e8c66a',
	ok: '#1d6b3a',
	'ok-soft': '#eaf7ef',
	'ok-line': '#a8dcb9',

	// two-series charts: this page / measured (a) against the paper / reference (b)
	'chart-a': '#1f5fbf',
	'chart-b': '#c4471d',

	// Tableau 10 series, a light tint of each for filled boxes, and a darker shade of three for text
	// and outlines beside them
	'series-blue': '#4e79a7',
	'series-orange': '#f28e2b',
	'series-red': '#e15759',
	'series-green': '#59a14f',
	'series-yellow': '#edc948',
	'series-purple': '#b07aa1',
	'series-brown': '#9c755f',
	'series-grey': '#79706e',
	'series-blue-tint': '#c9d7e8',
	'series-orange-tint': '#fbdcbc',
	'series-red-tint': '#f7cfcf',
	'series-green-tint': '#cde5c9',
	'series-yellow-tint': '#fdf2c4',
	'series-purple-tint': '#e7d5e2',
	'series-brown-tint': '#e6d8cf',
	'series-grey-tint': '#e4e0de',
	'series-yellow-strong': '#b58f00',
	'series-blue-text': '#2f5d8a',
	'series-orange-text': '#b35f0c'
} as const;

export type Token = keyof typeof PALETTE;

/** `var(--name)`, for a style written from TypeScript that should follow the stylesheet. */
export function cssVar(token: Token): string {
	return `var(--${token})`;
}
