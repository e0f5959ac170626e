// Readable numbers for tables, the CLI and the page: 4.38 M, 314.4 M, 17.6 MB, 4,383,312, 112×112×32.
// Locale-independent on purpose (the CLI output and tests must not depend on the machine's locale).

const DASH = '–';
const UNITS = ['', 'k', 'M', 'G', 'T', 'P'];

/** 4,383,312 */
export function formatInt(n: number): string {
	if (!Number.isFinite(n)) return DASH;
	const sign = n < 0 ? '-' : '';
	const digits = Math.round(Math.abs(n)).toString();
	return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 4383312 → "4.38 M", 314415872 → "314.4 M", 950 → "950": two decimals below 10 of a unit, one above. */
export function formatCount(n: number): string {
	if (!Number.isFinite(n)) return DASH;
	const abs = Math.abs(n);
	if (abs < 1000) return String(Math.round(n * 100) / 100);
	let unit = 0;
	let v = abs;
	while (v >= 1000 && unit < UNITS.length - 1) {
		v /= 1000;
		unit++;
	}
	// 999.96 k would print as "1000.0 k": move up a unit instead
	if (v >= 999.95 && unit < UNITS.length - 1) {
		v /= 1000;
		unit++;
	}
	const text = v < 10 ? v.toFixed(2) : v.toFixed(1);
	return `${n < 0 ? '-' : ''}${text} ${UNITS[unit]}`;
}

/** Decimal (SI) bytes: "512 B", "17.6 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes)) return DASH;
	if (Math.abs(bytes) < 1000) return `${Math.round(bytes)} B`;
	const units = ['kB', 'MB', 'GB', 'TB', 'PB'];
	let v = Math.abs(bytes) / 1000;
	let unit = 0;
	while (v >= 999.95 && unit < units.length - 1) {
		v /= 1000;
		unit++;
	}
	return `${bytes < 0 ? '-' : ''}${v.toFixed(1)} ${units[unit]}`;
}

/**
 * Two byte counts that must read as different ("needs about 1.13 GB … above the 1.07 GB limit", not "1.1 GB … 1.1
 * GB"): formatBytes with more decimals, up to exact bytes, until the texts differ (equal counts stay equal).
 */
export function formatBytesApart(a: number, b: number): [string, string] {
	let pair: [string, string] = [formatBytes(a), formatBytes(b)];
	for (let digits = 2; pair[0] === pair[1] && a !== b && digits <= 4; digits++)
		pair = [bytesWith(a, digits), bytesWith(b, digits)];
	if (pair[0] === pair[1] && a !== b) pair = [`${formatInt(a)} B`, `${formatInt(b)} B`];
	return pair;
}

function bytesWith(bytes: number, digits: number): string {
	const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
	let unit = 0;
	let v = Math.abs(bytes);
	while (v >= 1000 && unit < units.length - 1) {
		v /= 1000;
		unit++;
	}
	return `${bytes < 0 ? '-' : ''}${v.toFixed(digits)} ${units[unit]}`;
}

/** 0.1234 → "12.3 %" */
export function formatShare(share: number): string {
	if (!Number.isFinite(share)) return DASH;
	return `${(share * 100).toFixed(1)} %`;
}

/** [112, 112, 32] → "112×112×32" */
export function formatShape(shape: readonly number[]): string {
	return shape.map((d) => (Number.isFinite(d) ? String(d) : DASH)).join('×');
}
