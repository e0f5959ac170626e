// Durations in milliseconds: "12.34 ms".

import { DEFAULT_LOCALE, NO_VALUE, formatFixed } from './numberFormat';

/** The number of milliseconds with two decimals (another count with `digits`), without the unit: "12.34". */
export function formatMsValue(ms: number, locale = DEFAULT_LOCALE, digits = 2): string {
	return formatFixed(ms, digits, locale);
}

/** "12.34 ms"; "—" when there is no duration. */
export function formatMs(ms: number, locale = DEFAULT_LOCALE, digits = 2): string {
	return Number.isFinite(ms) ? `${formatMsValue(ms, locale, digits)} ms` : NO_VALUE;
}
