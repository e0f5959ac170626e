// Ratios and deltas between two costs: right relative to left ("right is 0.71× left").

/** right / left, or null when left is 0 (no meaningful ratio; never NaN or Infinity). */
export function costRatio(left: number, right: number): number | null {
	if (!Number.isFinite(left) || !Number.isFinite(right) || left === 0) return null;
	return right / left;
}

/** "0.71×", "1.00×", "12.3×", "0.0042×": two decimals, three significant digits below 0.1 or above 10; "—" for null. */
export function formatRatio(ratio: number | null, locale = 'en-US'): string {
	if (ratio === null) return '—';
	const abs = Math.abs(ratio);
	const opts: Intl.NumberFormatOptions =
		abs !== 0 && (abs < 0.1 || abs >= 10)
			? { maximumSignificantDigits: 3 }
			: { minimumFractionDigits: 2, maximumFractionDigits: 2 };
	return `${new Intl.NumberFormat(locale, opts).format(ratio)}×`;
}
