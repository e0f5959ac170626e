// Counts of parameters, MACs and FLOPs: "4.38 M", "314.4 M", "1.62 G", "950"; exact integers "4,383,312".

import { DEFAULT_LOCALE, NO_VALUE, numberFormat } from './numberFormat';

const UNITS = ['', 'k', 'M', 'G', 'T', 'P'];

/**
 * A count with an SI suffix: two decimals below 10 of a unit, one above, trailing zeros dropped
 * (4383312 → "4.38 M", 314415872 → "314.4 M", 1000 → "1 k"); below 1000 as is, at most two decimals.
 */
export function formatCount(n: number, locale = DEFAULT_LOCALE): string {
	if (!Number.isFinite(n)) return NO_VALUE;
	const abs = Math.abs(n);
	if (abs < 1000) return numberFormat(locale, { maximumFractionDigits: 2 }).format(n);
	let unit = 0;
	let v = abs;
	while (v >= 1000 && unit < UNITS.length - 1) {
		v /= 1000;
		unit++;
	}
	// 999.96 k would print as "1,000 k": move up a unit instead
	if (v >= 999.95 && unit < UNITS.length - 1) {
		v /= 1000;
		unit++;
	}
	const text = numberFormat(locale, { maximumFractionDigits: v < 10 ? 2 : 1 }).format(v);
	return `${n < 0 ? '-' : ''}${text} ${UNITS[unit]}`;
}

/** An exact integer with the locale's grouping: 4,383,312. */
export function formatInt(n: number, locale = DEFAULT_LOCALE): string {
	if (!Number.isFinite(n)) return NO_VALUE;
	return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}
