// Byte counts in decimal (SI) units: "512 B", "17.6 MB", "1.2 GB".

import { formatInt } from './count';
import { DEFAULT_LOCALE, NO_VALUE, formatFixed } from './numberFormat';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** One decimal from 1 kB up ("17.6 MB"), whole bytes below ("512 B"). */
export function formatBytes(bytes: number, locale = DEFAULT_LOCALE): string {
	if (!Number.isFinite(bytes)) return NO_VALUE;
	if (Math.abs(bytes) < 1000) return `${formatFixed(Math.round(bytes), 0, locale)} B`;
	let v = Math.abs(bytes) / 1000;
	let unit = 1;
	while (v >= 999.95 && unit < UNITS.length - 1) {
		v /= 1000;
		unit++;
	}
	return `${bytes < 0 ? '-' : ''}${formatFixed(v, 1, locale)} ${UNITS[unit]}`;
}

/**
 * Two byte counts that must read as different ("needs about 1.13 GB … above the 1.07 GB limit", not "1.1 GB … 1.1
 * GB"): formatBytes with more decimals, up to exact bytes, until the texts differ (equal counts stay equal).
 */
export function formatBytesApart(a: number, b: number, locale = DEFAULT_LOCALE): [string, string] {
	let pair: [string, string] = [formatBytes(a, locale), formatBytes(b, locale)];
	for (let digits = 2; pair[0] === pair[1] && a !== b && digits <= 4; digits++)
		pair = [bytesWith(a, digits, locale), bytesWith(b, digits, locale)];
	if (pair[0] === pair[1] && a !== b) pair = [`${formatInt(a, locale)} B`, `${formatInt(b, locale)} B`];
	return pair;
}

function bytesWith(bytes: number, digits: number, locale: string): string {
	let unit = 0;
	let v = Math.abs(bytes);
	while (v >= 1000 && unit < UNITS.length - 1) {
		v /= 1000;
		unit++;
	}
	return `${bytes < 0 ? '-' : ''}${formatFixed(v, digits, locale)} ${UNITS[unit]}`;
}
