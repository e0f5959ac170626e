// Typed text of a number box → the value handed to the engine's validation. Plain decimals become numbers;
// anything else ("abc", "", "NaN", "1e999") is passed on as the text itself, so the engine explains it in its own
// sentence ("must be a whole number, not the text "abc".") and nothing here can produce NaN.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

export function parseFieldText(text: string): number | string {
	const t = text.trim();
	if (!DECIMAL.test(t)) return t;
	const x = Number(t);
	return Number.isFinite(x) ? x : t;
}

/** The text to show: what the user typed while it is invalid or means the committed value, else the value. */
export function shownText(draft: string | undefined, invalid: boolean, committed: number | undefined): string {
	const value = committed === undefined ? '' : String(committed);
	if (draft === undefined) return value;
	if (invalid) return draft;
	return parseFieldText(draft) === committed ? draft : value;
}
