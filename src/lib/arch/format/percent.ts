// Shares and relative changes as percentages, written the way Intl writes them for the locale ("54.6%" in English
// and in Korean: no space before the sign).

import { DEFAULT_LOCALE, NO_VALUE, numberFormat, signOf } from './numberFormat';

/** 0.546 → "54.6%" (one decimal); `digits` for another precision. */
export function formatShare(share: number, locale = DEFAULT_LOCALE, digits = 1): string {
	if (!Number.isFinite(share)) return NO_VALUE;
	return numberFormat(locale, {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(share);
}

/** A relative change: 0.124 → "+12.4%", −0.03 → "−3.0%" (true minus), 0 → "±0%"; two decimals below 0.1 %. */
export function formatShareChange(change: number, locale = DEFAULT_LOCALE): string {
	if (!Number.isFinite(change)) return NO_VALUE;
	if (change === 0) return `±${formatShare(0, locale, 0)}`;
	const abs = Math.abs(change);
	return signOf(change) + formatShare(abs, locale, abs < 0.001 ? 2 : 1);
}
