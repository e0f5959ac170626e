// A signed difference of two counts: "+1.2 M", "−496 k", "0".

import { formatCount } from './count';
import { DEFAULT_LOCALE, NO_VALUE, signOf } from './numberFormat';

/** A signed change of a count in formatCount's style, with "+" or a true minus "−"; "0" when unchanged. */
export function formatDelta(n: number, locale = DEFAULT_LOCALE): string {
	if (!Number.isFinite(n)) return NO_VALUE;
	if (n === 0) return '0';
	return signOf(n) + formatCount(Math.abs(n), locale);
}
