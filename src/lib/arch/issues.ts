// Validation results shared by both engines: every problem at once, each tied to the field it came from.

export type Severity = 'error' | 'warning';

/** Language-free values a message is built from; the UI fills them into its own language's sentence. */
export type IssueParams = Record<string, string | number>;

/**
 * One problem with a spec. `path` names the field the way a student reads it: `blocks[3].k`, `cells[0].inputs[1]`.
 * `message` is the English sentence (CLI, files); `code` and `params`, when present, let the page say the same
 * thing in another language (src/lib/i18n/messages/issues.ts has one sentence per code).
 */
export interface Issue {
	path: string;
	message: string;
	severity: Severity;
	code?: string;
	params?: IssueParams;
}

/** Either a usable value (maybe with warnings) or the full list of problems; never throws. */
export type Checked<T> = { ok: true; value: T; warnings: readonly Issue[] } | { ok: false; issues: Issue[] };

export function error(path: string, message: string, code?: string, params?: IssueParams): Issue {
	return code ? { path, message, severity: 'error', code, params: params ?? {} } : { path, message, severity: 'error' };
}

export function warning(path: string, message: string, code?: string, params?: IssueParams): Issue {
	return code
		? { path, message, severity: 'warning', code, params: params ?? {} }
		: { path, message, severity: 'warning' };
}

/** What a student wrote, as language-free params: `gotKind` (missing, null, nan, number, text, list, object, other)
 *  and `got` (the number or the clipped text). */
export function gotParams(v: unknown, max = 40): { gotKind: string; got: string } {
	if (v === undefined) return { gotKind: 'missing', got: '' };
	if (v === null) return { gotKind: 'null', got: 'null' };
	if (typeof v === 'number')
		return Number.isNaN(v) ? { gotKind: 'nan', got: 'NaN' } : { gotKind: 'number', got: String(v) };
	if (typeof v === 'string') return { gotKind: 'text', got: v.length > max ? `${v.slice(0, max)}…` : v };
	if (Array.isArray(v)) return { gotKind: 'list', got: '' };
	if (typeof v === 'object') return { gotKind: 'object', got: '' };
	return { gotKind: 'other', got: String(v) };
}

/** How many problems a list shows before it says "… and N more" (the page's alerts and the CLI alike). */
export const SHOWN_ISSUES = 12;

/** The first `max` items of a long list and how many were left out: a list of 600,000 problems shows 12 and a count. */
export function capList<T>(items: readonly T[], max: number = SHOWN_ISSUES): { shown: T[]; more: number } {
	return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
