// The one reading of a number typed into a box, for every numeric field of the page.
//
// Grammar (after trimming and NFKC, so full-width "３２" reads as 32 and "－5" as -5): an optional sign, digits with
// at most one decimal point ("5", "5.", ".5", "0.50"), and an optional exponent ("1e-1", "2E3"), the form JSON,
// JavaScript and Python all write. Nothing else is a number: no hex ("0x10"), no "Infinity" or "NaN", no
// separators ("1,5" and "1,000" are both refused, since one reads as 1.5 and the other as 1000 depending on where
// the reader is from). "-0" reads as 0. A number too large for a double ("1e999") is refused, never Infinity.
//
// `parseNumber` never throws and never returns NaN: it returns the number or one Issue (code + params for the
// page's sentence in either language, and the English sentence).
import { error, gotParams, type Issue } from './issues';

export interface NumberRules {
	/** whole numbers only */
	integer?: boolean;
	/** the allowed range: `max` included, `min` included unless `minExclusive` */
	range?: { min: number; max: number; minExclusive?: boolean };
}

export type ParsedNumber = { ok: true; value: number } | { ok: false; issue: Issue };

const GRAMMAR = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Trimmed, full-width forms folded to ASCII, the typographic minus (U+2212) read as "-". */
function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.trim()
		.replace(/^\u2212/, '-');
}

/** The number `text` spells in the grammar above, or null (not a number, or not finite). */
export function readNumber(text: string): number | null {
	const t = normalise(text);
	if (!GRAMMAR.test(t)) return null;
	const x = Number(t);
	if (!Number.isFinite(x)) return null;
	return x === 0 ? 0 : x; // -0 → 0
}

/** How a value is shown back in a box: no exponent, no float noise (0.30000000000000004 → "0.3"). */
export function numberText(x: number): string {
	if (!Number.isFinite(x)) return '';
	const s = String(Number(x.toPrecision(12)));
	return s.includes('e') ? x.toFixed(12).replace(/\.?0+$/, '') : s;
}

function want(rules: NumberRules): 'int' | 'number' {
	return rules.integer ? 'int' : 'number';
}

const WANT_EN = { int: 'a whole number', number: 'a number' } as const;

function rangeIssue(path: string, w: 'int' | 'number', range: NonNullable<NumberRules['range']>, value: string): Issue {
	const { min, max, minExclusive } = range;
	if (minExclusive)
		return error(
			path,
			`Must be ${WANT_EN[w]} greater than ${min} and at most ${max}; it is ${value}.`,
			'n.rangeAbove',
			{ want: w, min, max, value }
		);
	return error(path, `Must be ${WANT_EN[w]} from ${min} to ${max}; it is ${value}.`, 'n.range', {
		want: w,
		min,
		max,
		value
	});
}

/** Reads `text` as a number obeying `rules`; `path` names the field in the returned issue. */
export function parseNumber(text: string, rules: NumberRules = {}, path = ''): ParsedNumber {
	const w = want(rules);
	const t = normalise(text);
	if (t === '')
		return { ok: false, issue: error(path, `Type ${WANT_EN[w]}; the box is empty.`, 'n.empty', { want: w }) };
	const got = gotParams(t, 20);
	const x = readNumber(t);
	if (x === null) {
		if (GRAMMAR.test(t))
			return {
				ok: false,
				issue: error(path, `${got.got} is too large a number to compute with.`, 'n.tooLarge', { text: got.got })
			};
		if (/^[+-]?[\d.]*\d,\d/.test(t))
			return {
				ok: false,
				issue: error(
					path,
					`Must be ${WANT_EN[w]}, not the text "${got.got}": write decimals with a point (1.5) and no thousands separators.`,
					'n.comma',
					{ want: w, ...got }
				)
			};
		return {
			ok: false,
			issue: error(path, `Must be ${WANT_EN[w]}, not the text "${got.got}".`, 'n.notNumber', { want: w, ...got })
		};
	}
	const value = numberText(x);
	if (rules.integer && !Number.isInteger(x))
		return { ok: false, issue: error(path, `Must be a whole number; ${value} is not whole.`, 'n.notWhole', { value }) };
	const r = rules.range;
	if (r && ((r.minExclusive ? x <= r.min : x < r.min) || x > r.max))
		return { ok: false, issue: rangeIssue(path, w, r, value) };
	return { ok: true, value: x };
}
