// Plain-text tables for the CLI: columns padded to their widest cell, numbers right-aligned.

export interface Column {
	title: string;
	align?: 'left' | 'right';
}

/** A row of cells, or 'rule' for a horizontal line. */
export type Row = string[] | 'rule';

export function renderTable(columns: readonly Column[], rows: readonly Row[]): string {
	const widths = columns.map((c) => c.title.length);
	for (const row of rows) {
		if (row === 'rule') continue;
		row.forEach((cell, i) => {
			if (i < widths.length) widths[i] = Math.max(widths[i], cell.length);
		});
	}
	const line = (cells: readonly string[]) =>
		columns
			.map((c, i) => {
				const cell = cells[i] ?? '';
				return c.align === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]);
			})
			.join('  ')
			.trimEnd();
	const rule = widths.map((w) => '-'.repeat(w)).join('  ');
	const out = [line(columns.map((c) => c.title)), rule];
	for (const row of rows) out.push(row === 'rule' ? rule : line(row));
	return out.join('\n');
}
