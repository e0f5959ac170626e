// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled.
// Numbers are written exactly as JavaScript prints them (no grouping, no rounding), so a spreadsheet or a script
// reads back the engine's values.
import type { Table, TableCell } from './table';

/** Text cells that a spreadsheet would run as a formula get a leading apostrophe (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: TableCell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell)) return '';
		return String(cell);
	}
	if (typeof cell === 'boolean') return cell ? 'true' : 'false';
	let text = cell;
	if (FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: Table): string {
	const lines = [table.columns.map((c) => csvField(c.key)), ...table.rows.map((row) => row.map(csvField))];
	return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

/** Reads CSV text written by `toCsv` (or any RFC 4180 file) back into rows of strings; used by the tests. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\r' || ch === '\n') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
