// What one box of the page holds between the user's keys and the value it edits: the text as typed, the source
// value it was typed against, the parse of that text and the problems to show at the box.
//
// A draft is shown only while the source it was typed against is still the current one (compared with Object.is):
// when the source changes from elsewhere (Undo, Reset, a preset, a link, a prefill) the draft is dropped and the
// box shows the source again, with no bookkeeping by whoever changed it. An edit made through the box itself
// re-bases the draft (`rebase`), so the text stays as typed ("0.50", "０.５") after it is committed.
//
// The source is either a value outside (a spec: `source: () => nb.fpn`) or, when none is given, the field's own
// last valid number (`value`): a standalone setting such as the number of timed runs.
import type { Issue } from '$lib/arch/issues';
import { numberText, parseNumber, type NumberRules, type ParsedNumber } from '$lib/arch/parseNumber';

interface Draft {
	text: string;
	basis: unknown;
	issues: readonly Issue[];
}

export interface DraftFieldOptions {
	/** what the number must be (whole, in a range) */
	rules?: NumberRules;
	/** an empty box is allowed and means "no value" (null) */
	optional?: boolean;
	/** the value the drafts are typed against; default: the field's own last valid `value` */
	source?: () => unknown;
	/** the field's own value at the start (when it has no outside source) */
	initial?: number | null;
}

export class DraftField {
	readonly rules: NumberRules;
	readonly optional: boolean;
	/** the last valid number typed (or set); what the box shows when no draft is live */
	value = $state<number | null>(null);
	#source: () => unknown;
	#draft = $state.raw<Draft | null>(null);

	constructor(options: DraftFieldOptions = {}) {
		this.rules = options.rules ?? {};
		this.optional = options.optional ?? false;
		this.value = options.initial ?? null;
		this.#source = options.source ?? (() => this.value);
	}

	/** the draft, while the source it was typed against is still the current one */
	#live(): Draft | null {
		const d = this.#draft;
		return d && Object.is(d.basis, this.#source()) ? d : null;
	}

	/** the typed text while it is live, else null */
	get draft(): string | null {
		return this.#live()?.text ?? null;
	}

	/** What the box shows: the live draft, else `committed` (default: the field's own value as text). */
	text(committed?: string): string {
		const d = this.#live();
		if (d) return d.text;
		if (committed !== undefined) return committed;
		return this.value === null ? '' : numberText(this.value);
	}

	/** the problems of the live draft (none once the source moved on) */
	get issues(): readonly Issue[] {
		return this.#live()?.issues ?? [];
	}

	get invalid(): boolean {
		return this.issues.length > 0;
	}

	/** The number the box stands for now: the live draft's, else the field's value; null while invalid or empty. */
	get current(): number | null {
		const d = this.#live();
		if (!d) return this.value;
		const p = this.parse(d.text);
		return p.ok ? p.value : null;
	}

	/** The field's reading of `text`: the shared grammar and this field's rules (empty is null when optional). */
	parse(text: string): { ok: true; value: number | null } | { ok: false; issue: Issue } {
		if (this.optional && text.trim() === '') return { ok: true, value: null };
		return parseNumber(text, this.rules);
	}

	/** The user typed into a field that owns its value: a valid number becomes the value, the text is kept. */
	input(text: string): ParsedNumber | { ok: true; value: null } {
		const p = this.parse(text);
		if (p.ok) this.value = p.value;
		this.keep(text, p.ok ? [] : [p.issue]);
		return p;
	}

	/** Set the value from elsewhere (a prefill): a draft typed against the old value is dropped. */
	set(value: number | null): void {
		this.value = value;
	}

	/** Keep `text` (and the problems to show with it) against the source as it is now. */
	keep(text: string, issues: readonly Issue[] = []): void {
		this.#draft = { text, basis: this.#source(), issues };
	}

	/** After an edit made here moved the source from `from` to `to`: a draft live at `from` stays live. */
	rebase(from: unknown, to: unknown): void {
		const d = this.#draft;
		if (d && Object.is(d.basis, from)) this.#draft = { ...d, basis: to };
	}

	drop(): void {
		this.#draft = null;
	}
}
