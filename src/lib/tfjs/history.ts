// The run history (one row per finished run) and its CSV export. Pure: the panel turns the text into a download.
import type { NetworkKind } from '../arch/kinds';
import type { BackendName, Variant } from './protocol';

export interface HistoryEntry {
	/** 1-based run number in this page */
	n: number;
	kind: NetworkKind;
	/** short description of the network as run, e.g. `mnasnet · 7 blocks · w1 · 224 px` */
	summary: string;
	backend: BackendName;
	threads: number | null;
	variant: Variant;
	params: number;
	macs: number;
	medianMs: number;
	p90Ms: number;
	minMs: number;
	/** ISO time the run finished */
	at: string;
}

export const HISTORY_COLUMNS: readonly (keyof HistoryEntry)[] = [
	'n',
	'kind',
	'summary',
	'backend',
	'threads',
	'variant',
	'params',
	'macs',
	'medianMs',
	'p90Ms',
	'minMs',
	'at'
];

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading = + - @ is neutralised with a
 * quote mark so a spreadsheet does not run it as a formula (the summary may hold typed text). */
export function csvField(v: unknown): string {
	if (v === null || v === undefined) return '';
	let s = typeof v === 'number' ? (Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : '') : String(v);
	if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function historyCsv(rows: readonly HistoryEntry[]): string {
	const lines = [HISTORY_COLUMNS.join(',')];
	for (const r of rows) lines.push(HISTORY_COLUMNS.map((c) => csvField(r[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}
