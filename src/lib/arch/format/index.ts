// Every number the page, the CLI and the tests show, one rule per quantity. Each function takes the locale last: the
// page passes its language ('en' or 'ko'); without it the output is fixed (en-US), whatever the machine's locale.
export { DEFAULT_LOCALE, NO_VALUE, formatFixed } from './numberFormat';
export { formatCount, formatInt } from './count';
export { formatBytes, formatBytesApart } from './bytes';
export { formatShare, formatShareChange } from './percent';
export { formatDelta } from './delta';
export { formatRatio, formatRatioNumber } from './ratio';
export { formatMs, formatMsValue } from './duration';
export { formatShape } from './shape';
