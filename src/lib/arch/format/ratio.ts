// A ratio of two costs, "right is 0.71× left".

import { DEFAULT_LOCALE, NO_VALUE, numberFormat } from './numberFormat';

/** "0.71×", "1.00×", "12.3×", "0.0042×": two decimals, three significant digits below 0.1 or from 10; "—" for null. */
export function formatRatio(ratio: number | null, locale = DEFAULT_LOCALE): string {
	if (ratio === null || !Number.isFinite(ratio)) return NO_VALUE;
	return `${formatRatioNumber(ratio, locale)}×`;
}

/** formatRatio without the "×", for texts that write it themselves ("{ratio}배"). */
export function formatRatioNumber(ratio: number | null, locale = DEFAULT_LOCALE): string {
	if (ratio === null || !Number.isFinite(ratio)) return NO_VALUE;
	const abs = Math.abs(ratio);
	const opts: Intl.NumberFormatOptions =
		abs !== 0 && (abs < 0.1 || abs >= 10)
			? { maximumSignificantDigits: 3 }
			: { minimumFractionDigits: 2, maximumFractionDigits: 2 };
	return numberFormat(locale, opts).format(ratio);
}
