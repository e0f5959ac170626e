// GitHub-flavoured Markdown tables: a header, an alignment row (numbers right-aligned), one row per data row and
// an optional bold totals row. Numbers keep every digit, grouped by thousands for reading.
import type { Table, TableCell } from './table';

function groupDigits(n: number): string {
	if (!Number.isFinite(n)) return '';
	if (!Number.isInteger(n)) return String(n);
	const sign = n < 0 ? '-' : '';
	return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A cell as Markdown text: pipes and backslashes escaped, line breaks flattened, `<` and `>` as entities. */
export function markdownCell(cell: TableCell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') return groupDigits(cell);
	if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
	return cell
		.replace(/\\/g, '\\\\')
		.replace(/\|/g, '\\|')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/[\r\n]+/g, ' ');
}

function line(cells: string[]): string {
	return `| ${cells.join(' | ')} |`;
}

export function toMarkdown(table: Table): string {
	const out = [
		line(table.columns.map((c) => markdownCell(c.title))),
		line(table.columns.map((c) => (c.numeric ? '---:' : '---'))),
		...table.rows.map((row) => line(row.map(markdownCell)))
	];
	if (table.total) out.push(line(table.total.map((c) => (c === null || c === '' ? '' : `**${markdownCell(c)}**`))));
	return out.join('\n') + '\n';
}
