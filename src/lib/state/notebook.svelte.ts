// The notebook's state: the two networks being edited, the presets they came from, the selection shared by table
// and diagram, and undo/redo. Specs are immutable values ($state.raw): an edit builds a new spec, which is
// validated before it replaces the current one, so the last valid network always stays on screen.
//
// Every edit of a network goes through #commit, which asks the `guard` (the classroom locks) first: whatever path
// an edit takes (table, diagram, block strings, upload, block specs, undo), a locked control cannot change.
// Undo steps are user actions: a gesture (a slider drag, typing one number) coalesces its commits into one step.
import type { Checked, Issue } from '$lib/arch/issues';
import type { MnasnetSpec, MnasPresetId } from '$lib/arch/mnasnet/spec';
import type { NasfpnSpec, FpnPresetId } from '$lib/arch/nasfpn/spec';
import { costMnasnet, costPlan, mnasPreset, planMnasnet, validateMnasnet } from '$lib/arch/mnasnet';
import { costNasfpn, fpnPreset, validateNasfpn, FPN_STEPS } from '$lib/arch/nasfpn';

export interface NotebookSnapshot {
	mnas: MnasnetSpec;
	mnasPresetId: MnasPresetId;
	fpn: NasfpnSpec;
	fpnStep: FpnPresetId;
}

const HISTORY_LIMIT = 200;

/** The problems with a change from `before` to `after` ([] allows it). */
export type NotebookGuard = (before: NotebookSnapshot, after: NotebookSnapshot) => Issue[];

export class NotebookState {
	mnas = $state.raw<MnasnetSpec>(mnasPreset('lecture'));
	mnasPresetId = $state<MnasPresetId>('lecture');
	/** the chosen preset as shipped: the baseline for the "change against preset" deltas */
	mnasBase = $derived(mnasPreset(this.mnasPresetId));
	/** the resolved layers, planned once per edit and shared by the report and the diagram */
	mnasPlan = $derived(planMnasnet(this.mnas));
	mnasReport = $derived(costPlan(this.mnas, this.mnasPlan));
	mnasBaseReport = $derived(costMnasnet(this.mnasBase));
	/** 0-based block index selected in the table or the diagram */
	selectedBlock = $state<number | null>(null);

	fpn = $state.raw<NasfpnSpec>(fpnPreset('f'));
	fpnStep = $state<FpnPresetId>('f');
	fpnReport = $derived(costNasfpn(this.fpn));
	/** 0-based index into fpn.cells */
	selectedCell = $state<number | null>(null);

	#past = $state.raw<NotebookSnapshot[]>([]);
	#future = $state.raw<NotebookSnapshot[]>([]);
	canUndo = $derived(this.#past.length > 0);
	canRedo = $derived(this.#future.length > 0);
	/** bumped on every committed change (URL and localStorage sync listen to it) */
	revision = $state(0);
	/** classroom locks: asked before every edit and every undo/redo step (null: everything may change) */
	guard: NotebookGuard | null = null;
	/** why the last edit was refused by the guard (cleared by the next accepted edit) */
	refused = $state.raw<Issue[]>([]);
	/** the open gesture: commits while it stays open replace each other in history (one undo step) */
	#gesture: { key: string; stepped: boolean } | null = null;

	snapshot(): NotebookSnapshot {
		return { mnas: this.mnas, mnasPresetId: this.mnasPresetId, fpn: this.fpn, fpnStep: this.fpnStep };
	}

	/** Replace the whole state (from a link, localStorage or undo) without validation: callers validate first. */
	restore(s: NotebookSnapshot): void {
		this.mnas = s.mnas;
		this.mnasPresetId = s.mnasPresetId;
		this.fpn = s.fpn;
		this.fpnStep = s.fpnStep;
		if (this.selectedBlock !== null && this.selectedBlock >= s.mnas.blocks.length) this.selectedBlock = null;
		if (this.selectedCell !== null && this.selectedCell >= s.fpn.cells.length) this.selectedCell = null;
		this.revision++;
	}

	/** The guard's problems with making `next` current ([] when it may). Remembers them in `refused`. */
	#refusal(next: NotebookSnapshot): Issue[] {
		const issues = this.guard ? this.guard(this.snapshot(), next) : [];
		this.refused = issues;
		return issues;
	}

	/** Make `next` current as an undo step (or as part of the open gesture's step); refused by the guard → false. */
	#commit(next: NotebookSnapshot, guarded = true): boolean {
		if (guarded && this.#refusal(next).length > 0) return false;
		if (!this.#gesture?.stepped) {
			const past = [...this.#past, this.snapshot()];
			this.#past = past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past;
			if (this.#gesture) this.#gesture.stepped = true;
		}
		this.#future = [];
		this.restore(next);
		return true;
	}

	/**
	 * Start (or continue) a gesture named `key`: until endGesture() or a gesture with another key, every commit
	 * replaces the previous one in history, so the whole gesture is one undo step (a slider drag, one typed number).
	 */
	gesture(key: string): void {
		if (this.#gesture?.key !== key) this.#gesture = { key, stepped: false };
	}

	endGesture(): void {
		this.#gesture = null;
	}

	/** Make an already validated snapshot (e.g. a link pasted into the address bar) current, as one undoable step.
	 * A new link brings its own locks, so the guard is not asked. */
	apply(next: NotebookSnapshot): void {
		this.endGesture();
		this.#commit(next, false);
	}

	#locked<T>(issues: Issue[]): Checked<T> {
		return { ok: false, issues };
	}

	/** Validate and, when valid (and not locked), make `next` the current MnasNet. Returns the problems otherwise. */
	setMnas(next: unknown): Checked<MnasnetSpec> {
		const checked = validateMnasnet(next);
		if (checked.ok && !this.#commit({ ...this.snapshot(), mnas: checked.value })) return this.#locked(this.refused);
		return checked;
	}

	loadMnasPreset(id: MnasPresetId): boolean {
		this.endGesture();
		if (!this.#commit({ ...this.snapshot(), mnas: mnasPreset(id), mnasPresetId: id })) return false;
		this.selectedBlock = null;
		return true;
	}

	/** Validate and, when valid (and not locked), make `next` the current NAS-FPN. */
	setFpn(next: unknown): Checked<NasfpnSpec> {
		const checked = validateNasfpn(next);
		if (checked.ok && !this.#commit({ ...this.snapshot(), fpn: checked.value })) return this.#locked(this.refused);
		return checked;
	}

	/** Load step (a)…(f): its cells replace the graph; channels, image size, repeats and backbone stay. */
	loadFpnStep(id: FpnPresetId): boolean {
		const step = FPN_STEPS.find((s) => s.id === id);
		if (!step) return false;
		this.endGesture();
		const fpn: NasfpnSpec = {
			...this.fpn,
			cells: step.cells.map((c) => ({ ...c, inputs: [c.inputs[0], c.inputs[1]] }))
		};
		if (!this.#commit({ ...this.snapshot(), fpn, fpnStep: id })) return false;
		this.selectedCell = null;
		return true;
	}

	/** Back to the chosen presets' shipped values. */
	reset(): boolean {
		this.endGesture();
		return this.#commit({ ...this.snapshot(), mnas: mnasPreset(this.mnasPresetId), fpn: fpnPreset(this.fpnStep) });
	}

	/** Back to a given network (the one a classroom link opened with), as one undo step. That network is the
	 * teacher's, so the locks do not stand in its way. */
	resetTo(network: NotebookSnapshot): void {
		this.endGesture();
		this.refused = [];
		this.#commit(network, false);
	}

	undo(): boolean {
		this.endGesture();
		const prev = this.#past.at(-1);
		if (!prev || this.#refusal(prev).length > 0) return false;
		this.#future = [this.snapshot(), ...this.#future];
		this.#past = this.#past.slice(0, -1);
		this.restore(prev);
		return true;
	}

	redo(): boolean {
		this.endGesture();
		const next = this.#future[0];
		if (!next || this.#refusal(next).length > 0) return false;
		this.#past = [...this.#past, this.snapshot()];
		this.#future = this.#future.slice(1);
		this.restore(next);
		return true;
	}
}
