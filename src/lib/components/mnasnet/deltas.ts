// Change of a number against the preset it came from, as shown beside each total.

/** Relative change (0.124 = +12.4 %), or null when the baseline is 0 (no meaningful percentage). */
export function relativeChange(value: number, base: number): number | null {
	if (!Number.isFinite(value) || !Number.isFinite(base) || base === 0) return null;
	return (value - base) / base;
}

/** "+12.4 %", "−3.0 %" (true minus sign), "±0 %" when equal; "" when there is no baseline. */
export function formatChange(value: number, base: number, locale: string): string {
	const r = relativeChange(value, base);
	if (r === null) return '';
	if (value === base) return '±0 %';
	const pct = Math.abs(r * 100);
	const digits = pct < 0.1 ? 2 : 1;
	const text = pct.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
	return `${r > 0 ? '+' : '\u2212'}${text} %`;
}
