// Number formats for the teaching texts: "4.38 M", "311.6 M" → three significant digits with an SI-style suffix,
// the decimal mark of the language; shares as percentages.

const SUFFIXES: readonly [number, string][] = [
	[1e12, 'T'],
	[1e9, 'G'],
	[1e6, 'M'],
	[1e3, 'k']
];

/** 4383312 → "4.38 M", 3774873600 → "3.77 G", 512 → "512"; non-finite → "—". */
export function formatCount(n: number, locale = 'en-US'): string {
	if (!Number.isFinite(n)) return '—';
	const abs = Math.abs(n);
	for (const [scale, suffix] of SUFFIXES)
		if (abs >= scale)
			return `${new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 }).format(n / scale)} ${suffix}`;
	return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** Exact integer with grouping: 4,383,312. */
export function formatExact(n: number, locale = 'en-US'): string {
	return Number.isFinite(n) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n) : '—';
}

/** 0.546 → "54.6%"; non-finite → "—". */
export function formatShare(share: number, locale = 'en-US'): string {
	return Number.isFinite(share)
		? new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
				share
			)
		: '—';
}

/** "+1.2 M", "−496 k", "0": a signed change. */
export function formatDelta(n: number, locale = 'en-US'): string {
	if (!Number.isFinite(n)) return '—';
	if (n === 0) return '0';
	return `${n > 0 ? '+' : '−'}${formatCount(Math.abs(n), locale)}`;
}

/** [14, 14, 96] → "14×14×96". */
export function formatShape(shape: readonly number[] | null | undefined): string {
	return shape ? shape.join('×') : '—';
}
