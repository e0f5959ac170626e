// Typed text → the value handed to validation. A plain decimal becomes a number; anything else (empty, "abc",
// "NaN", "Infinity", "0x10") is passed on as the text itself, so the engine's validation explains it in its own
// sentence and nothing here can produce NaN.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseNumberField(text: string): number | string {
	const t = text.trim();
	if (!DECIMAL.test(t)) return t;
	const x = Number(t);
	return Number.isFinite(x) ? x : t;
}

/** How a committed number is shown in a field: no exponent, no float noise (0.30000000000000004 → 0.3). */
export function formatNumberField(x: number): string {
	if (!Number.isFinite(x)) return '';
	const s = String(Number(x.toPrecision(12)));
	return s.includes('e') ? x.toFixed(12).replace(/\.?0+$/, '') : s;
}
