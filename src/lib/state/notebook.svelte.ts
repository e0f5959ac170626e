// The notebook's state: the two networks being edited, the presets they came from, the selection shared by table
// and diagram, and undo/redo. Specs are immutable values ($state.raw): an edit builds a new spec, which is
// validated before it replaces the current one, so the last valid network always stays on screen.
import type { Checked } from '$lib/arch/issues';
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

	#commit(next: NotebookSnapshot): void {
		const past = [...this.#past, this.snapshot()];
		this.#past = past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past;
		this.#future = [];
		this.restore(next);
	}

	/** Make an already validated snapshot (e.g. a link pasted into the address bar) current, as one undoable step. */
	apply(next: NotebookSnapshot): void {
		this.#commit(next);
	}

	/** Validate and, when valid, make `next` the current MnasNet. Returns the problems otherwise. */
	setMnas(next: unknown): Checked<MnasnetSpec> {
		const checked = validateMnasnet(next);
		if (checked.ok) this.#commit({ ...this.snapshot(), mnas: checked.value });
		return checked;
	}

	loadMnasPreset(id: MnasPresetId): void {
		this.#commit({ ...this.snapshot(), mnas: mnasPreset(id), mnasPresetId: id });
		this.selectedBlock = null;
	}

	/** Validate and, when valid, make `next` the current NAS-FPN. */
	setFpn(next: unknown): Checked<NasfpnSpec> {
		const checked = validateNasfpn(next);
		if (checked.ok) this.#commit({ ...this.snapshot(), fpn: checked.value });
		return checked;
	}

	/** Load step (a)…(f): its cells replace the graph; channels, image size, repeats and backbone stay. */
	loadFpnStep(id: FpnPresetId): void {
		const step = FPN_STEPS.find((s) => s.id === id);
		if (!step) return;
		const fpn: NasfpnSpec = { ...this.fpn, cells: step.cells.map((c) => ({ ...c, inputs: [c.inputs[0], c.inputs[1]] })) };
		this.#commit({ ...this.snapshot(), fpn, fpnStep: id });
		this.selectedCell = null;
	}

	/** Back to the chosen presets' shipped values. */
	reset(): void {
		this.#commit({ ...this.snapshot(), mnas: mnasPreset(this.mnasPresetId), fpn: fpnPreset(this.fpnStep) });
	}

	undo(): void {
		const prev = this.#past.at(-1);
		if (!prev) return;
		this.#future = [this.snapshot(), ...this.#future];
		this.#past = this.#past.slice(0, -1);
		this.restore(prev);
	}

	redo(): void {
		const next = this.#future[0];
		if (!next) return;
		this.#past = [...this.#past, this.snapshot()];
		this.#future = this.#future.slice(1);
		this.restore(next);
	}
}
