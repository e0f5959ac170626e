// A plain table (columns and rows of numbers, text and flags) that both the CSV and the Markdown writers take,
// so the two files always hold the same numbers.

export type TableCell = string | number | boolean | null;

export interface TableColumn {
	/** CSV header: lower_snake_case, stable for scripts */
	key: string;
	/** Markdown header: for people */
	title: string;
	/** numbers are right-aligned in Markdown */
	numeric: boolean;
}

export interface Table {
	columns: TableColumn[];
	rows: TableCell[][];
	/** optional totals row (Markdown only: a CSV holds the data rows and nothing else) */
	total?: TableCell[];
}

export function col(key: string, title: string, numeric = true): TableColumn {
	return { key, title, numeric };
}
