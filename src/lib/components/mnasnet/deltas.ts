// Change of a number against the preset it came from, as shown beside each total (formatShareChange writes it).

/** Relative change (0.124 = +12.4 %), or null when the baseline is 0 (no meaningful percentage). */
export function relativeChange(value: number, base: number): number | null {
	if (!Number.isFinite(value) || !Number.isFinite(base) || base === 0) return null;
	return (value - base) / base;
}
