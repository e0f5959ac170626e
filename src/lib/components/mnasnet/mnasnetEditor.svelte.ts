// Behaviour of the MnasNet cell: the text drafts of every field and every edit the table, the diagram and the
// controls make. The notebook's spec stays the single source of truth; a draft only holds what the user typed.
//
// Each field is a DraftField typed against the notebook's MnasNet spec: it is shown only while that spec is still
// the current one, so any change from outside (undo, preset, link) makes every field show the network again
// without extra bookkeeping. Edits made here re-base the other drafts, so an invalid field keeps its text while
// the user fixes something else.
import type { Issue } from '$lib/arch/issues';
import type { MnasBlock, MnasnetSpec } from '$lib/arch/mnasnet/spec';
import { parseBlockStrings, formatBlockStrings } from '$lib/arch/mnasnet';
import { numberText, readNumber } from '$lib/arch/parseNumber';
import { DraftField } from '$lib/state/draftField.svelte';
import type { NotebookState } from '$lib/state/notebook.svelte';
import {
	deleteBlock,
	duplicateBlock,
	insertBlock,
	moveBlock,
	newBlockAfter,
	selectionAfterDelete,
	selectionAfterMove,
	setBlockField,
	type BlockField
} from '$lib/arch/mnasnet/blockEdits';

/** Field keys are the engine's issue paths: `widthMult`, `resolution`, `blocks[2].k`; plus `blockStrings`. */
export type FieldKey = string;
export const BLOCK_STRINGS_KEY = 'blockStrings';

export function blockFieldKey(index: number, field: BlockField): FieldKey {
	return `blocks[${index}].${field}`;
}

/** Problems that belong to `key`; when validation blames another path for this edit, all its errors. */
export function issuesForKey(issues: readonly Issue[], key: FieldKey): Issue[] {
	const errors = issues.filter((i) => i.severity === 'error');
	const own = errors.filter((i) => i.path === key || i.path.startsWith(`${key}.`) || i.path.startsWith(`${key}[`));
	return own.length > 0 ? own : errors;
}

export type ActionSource = 'table' | 'diagram';

export class MnasnetEditor {
	#nb: NotebookState;
	/** the fields typed into so far (a field nobody typed into shows the network) */
	#fields = $state.raw<Record<FieldKey, DraftField>>({});
	/** problems of the last table/diagram action that was refused (e.g. a 33rd block) */
	actionIssues = $state.raw<{ source: ActionSource; issues: Issue[] } | null>(null);

	constructor(nb: NotebookState) {
		this.#nb = nb;
	}

	get nb(): NotebookState {
		return this.#nb;
	}

	/** The field at `key`, made on first use (only on an edit: reads never create state). */
	#field(key: FieldKey): DraftField {
		const f = this.#fields[key];
		if (f) return f;
		const made = new DraftField({ source: () => this.#nb.mnas });
		this.#fields = { ...this.#fields, [key]: made };
		return made;
	}

	/** What a text field shows: the user's text while it is a live draft, else the network's value. */
	text(key: FieldKey, committed: number | string): string {
		const shown = typeof committed === 'number' ? numberText(committed) : committed;
		return this.#fields[key]?.text(shown) ?? shown;
	}

	issues(key: FieldKey): readonly Issue[] {
		return this.#fields[key]?.issues ?? [];
	}

	invalid(key: FieldKey): boolean {
		return this.issues(key).length > 0;
	}

	/** Commit `candidate` when valid, keeping the other fields' drafts; returns the problems otherwise. */
	#apply(candidate: MnasnetSpec, drop: (key: FieldKey) => boolean): Issue[] | null {
		const before = this.#nb.mnas;
		const checked = this.#nb.setMnas(candidate);
		if (!checked.ok) return checked.issues;
		const after = this.#nb.mnas;
		for (const [k, f] of Object.entries(this.#fields)) {
			if (drop(k)) f.drop();
			else f.rebase(before, after);
		}
		return null;
	}

	#setDraft(key: FieldKey, text: string, issues: readonly Issue[]): void {
		this.#field(key).keep(text, issues);
	}

	/** Text typed into a number field (`widthMult`, `resolution`, `blocks[i].field`). A number in the page's
	 * grammar is handed to validation, anything else as the text itself, so the engine explains it. */
	inputNumber(key: FieldKey, text: string): void {
		const value = readNumber(text) ?? text.trim();
		const spec = this.#nb.mnas;
		const candidate = withValue(spec, key, value);
		if (!candidate) return;
		if (valueAt(spec, key) === value) {
			// same number written differently ("0.50"): nothing to commit, keep the text as typed
			this.#setDraft(key, text, []);
			return;
		}
		const issues = this.#apply(candidate, (k) => k === key);
		if (issues) this.#setDraft(key, text, issuesForKey(issues, key));
		else this.#setDraft(key, text, []);
	}

	/** Typing in a number box: like inputNumber, but every keystroke of one number joins one undo step (the box
	 * ends the gesture when it loses focus or on Enter). */
	typeNumber(key: FieldKey, text: string): void {
		this.#nb.gesture(`type:${key}`);
		this.inputNumber(key, text);
	}

	/** A value chosen from a select, slider or button for one field (no text to keep). */
	setValue(key: FieldKey, value: unknown): boolean {
		const candidate = withValue(this.#nb.mnas, key, value);
		if (!candidate) return false;
		const issues = this.#apply(candidate, (k) => k === key);
		if (issues) {
			this.#setDraft(key, String(value), issuesForKey(issues, key));
			return false;
		}
		return true;
	}

	// ---- block strings -------------------------------------------------------------------------------------

	blockStringsText(): string {
		return this.text(BLOCK_STRINGS_KEY, formatBlockStrings(this.#nb.mnas).join('\n'));
	}

	/** Typing in the textarea only keeps the text; applyBlockStrings validates it. */
	editBlockStrings(text: string): void {
		this.#setDraft(BLOCK_STRINGS_KEY, text, []);
	}

	/** Parse and commit the textarea. On success the text is shown normalised from the new network. */
	applyBlockStrings(): boolean {
		const text = this.#fields[BLOCK_STRINGS_KEY]?.draft ?? null;
		if (text === null) return true; // nothing typed since the network last changed
		const parsed = parseBlockStrings(text);
		if (!parsed.ok) {
			this.#setDraft(
				BLOCK_STRINGS_KEY,
				text,
				parsed.issues.filter((i) => i.severity === 'error')
			);
			return false;
		}
		const unchanged =
			formatBlockStrings({ ...this.#nb.mnas, blocks: parsed.value }).join('\n') ===
			formatBlockStrings(this.#nb.mnas).join('\n');
		if (unchanged) {
			// same network written differently: show it normalised, add no undo step
			this.#fields[BLOCK_STRINGS_KEY]?.drop();
			return true;
		}
		const issues = this.#apply(
			{ ...this.#nb.mnas, blocks: parsed.value },
			(k) => k.startsWith('blocks') || k === BLOCK_STRINGS_KEY
		);
		if (issues) {
			this.#setDraft(
				BLOCK_STRINGS_KEY,
				text,
				issues.filter((i) => i.severity === 'error')
			);
			return false;
		}
		return true;
	}

	// ---- structural edits (table buttons, diagram toolbar, drag) ----------------------------------------------

	#structural(candidate: MnasnetSpec, source: ActionSource, selection: number | null): boolean {
		// indices shift, so every per-block draft is dropped; the global fields keep theirs
		const issues = this.#apply(candidate, (k) => k.startsWith('blocks') || k === BLOCK_STRINGS_KEY);
		if (issues) {
			this.actionIssues = { source, issues: issues.filter((i) => i.severity === 'error') };
			return false;
		}
		this.actionIssues = null;
		this.#nb.selectedBlock = selection;
		return true;
	}

	/** Insert a new block after `after` (the selected block, or the end when null). */
	addBlock(after: number | null, source: ActionSource): boolean {
		const spec = this.#nb.mnas;
		const at = after === null ? spec.blocks.length : after + 1;
		const block = newBlockAfter(spec, at - 1);
		return this.#structural(insertBlock(spec, at, block), source, at);
	}

	deleteBlock(index: number, source: ActionSource): boolean {
		const spec = this.#nb.mnas;
		const next = deleteBlock(spec, index);
		return this.#structural(next, source, selectionAfterDelete(this.#nb.selectedBlock, index, next.blocks.length));
	}

	duplicateBlock(index: number, source: ActionSource): boolean {
		return this.#structural(duplicateBlock(this.#nb.mnas, index), source, index + 1);
	}

	moveBlock(from: number, to: number, source: ActionSource): boolean {
		const spec = this.#nb.mnas;
		const target = Math.max(0, Math.min(spec.blocks.length - 1, to));
		if (target === from) return true;
		const selection = selectionAfterMove(this.#nb.selectedBlock ?? from, from, target);
		return this.#structural(moveBlock(spec, from, target), source, selection);
	}

	/** Change fields of one block from the diagram toolbar. */
	patchBlock(index: number, patch: Partial<MnasBlock>): boolean {
		const spec = this.#nb.mnas;
		const block = spec.blocks[index];
		if (!block) return false;
		const blocks = spec.blocks.map((b, i) => (i === index ? { ...b, ...patch } : b));
		const fields = Object.keys(patch).map((f) => blockFieldKey(index, f as BlockField));
		const issues = this.#apply({ ...spec, blocks }, (k) => fields.includes(k) || k === BLOCK_STRINGS_KEY);
		if (issues) {
			this.actionIssues = { source: 'diagram', issues: issues.filter((i) => i.severity === 'error') };
			return false;
		}
		this.actionIssues = null;
		return true;
	}

	select(index: number | null): void {
		this.#nb.selectedBlock = index;
	}
}

const BLOCK_KEY = /^blocks\[(\d+)\]\.(\w+)$/;

/** The spec with the field at `key` set to `value` (unchecked), or null for an unknown key. */
export function withValue(spec: MnasnetSpec, key: FieldKey, value: unknown): MnasnetSpec | null {
	if (key === 'widthMult' || key === 'resolution' || key === 'convention')
		return { ...spec, [key]: value } as MnasnetSpec;
	const m = BLOCK_KEY.exec(key);
	if (!m) return null;
	const index = Number(m[1]);
	if (index >= spec.blocks.length) return null;
	return setBlockField(spec, index, m[2] as BlockField, value);
}

/** The current value at `key` (undefined for an unknown key). */
export function valueAt(spec: MnasnetSpec, key: FieldKey): unknown {
	if (key === 'widthMult' || key === 'resolution' || key === 'convention') return spec[key];
	const m = BLOCK_KEY.exec(key);
	if (!m) return undefined;
	const block = spec.blocks[Number(m[1])];
	return block ? block[m[2] as BlockField] : undefined;
}
