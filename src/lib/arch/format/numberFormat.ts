// The shared pieces of every number format: the locale a caller passes (the page passes its language, 'en' or 'ko';
// the CLI and tests pass nothing and get a fixed locale, so their output never depends on the machine), the mark for
// a missing value, and Intl formatters built once per locale and option set.

/** The locale used when a caller passes none (CLI, tests): fixed, so output is the same on every machine. */
export const DEFAULT_LOCALE = 'en-US';

/** Shown for a value that cannot be formatted (NaN, ±Infinity, null). */
export const NO_VALUE = '—';

const cache = new Map<string, Intl.NumberFormat>();

/** An Intl.NumberFormat for `locale` and `options`, built once and reused (tables format thousands of cells). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale, options);
		cache.set(key, f);
	}
	return f;
}

/** "12.34" with exactly `digits` decimals in the locale's notation. */
export function formatFixed(x: number, digits: number, locale = DEFAULT_LOCALE): string {
	if (!Number.isFinite(x)) return NO_VALUE;
	return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

/** The sign of a change: "+" above zero, a true minus "−" below. */
export function signOf(x: number): string {
	return x > 0 ? '+' : x < 0 ? '\u2212' : '';
}
