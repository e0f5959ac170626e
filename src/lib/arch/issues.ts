// Validation results shared by both engines: every problem at once, each tied to the field it came from.

export type Severity = 'error' | 'warning';

/** One problem with a spec. `path` names the field the way a student reads it: `blocks[3].k`, `cells[0].inputs[1]`. */
export interface Issue {
	path: string;
	message: string;
	severity: Severity;
}

/** Either a usable value (maybe with warnings) or the full list of problems; never throws. */
export type Checked<T> =
	| { ok: true; value: T; warnings: Issue[] }
	| { ok: false; issues: Issue[] };

export function error(path: string, message: string): Issue {
	return { path, message, severity: 'error' };
}

export function warning(path: string, message: string): Issue {
	return { path, message, severity: 'warning' };
}

/** How many problems a list shows before it says "… and N more" (the page's alerts and the CLI alike). */
export const SHOWN_ISSUES = 12;

/** The first `max` items of a long list and how many were left out: a list of 600,000 problems shows 12 and a count. */
export function capList<T>(items: readonly T[], max: number = SHOWN_ISSUES): { shown: T[]; more: number } {
	return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
