// The ratio of two costs: right relative to left ("right is 0.71× left"); formatRatio in ../format writes it.

/** right / left, or null when left is 0 (no meaningful ratio; never NaN or Infinity). */
export function costRatio(left: number, right: number): number | null {
	if (!Number.isFinite(left) || !Number.isFinite(right) || left === 0) return null;
	return right / left;
}
