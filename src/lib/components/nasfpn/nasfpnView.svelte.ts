// Behaviour of the NAS-FPN cell: step changes with their diff, cell edits through NotebookState.setFpn (so an
// invalid edit is refused with the engine's sentences and the last valid graph stays), the random sampler, the
// step comparison and the messages shown next to the editor. Everything shown is $derived from nb.fpn.
import { issueText } from '$lib/i18n/issueText';
import {
	changedInputs,
	costNasfpn,
	type FpnCostReport,
	diffCells,
	fpnStep,
	previousStep,
	sampleSearchSpace,
	searchSpaceMembership,
	type FpnCell,
	type FpnDiff,
	type FpnOp,
	type FpnPresetId,
	type NasfpnSpec
} from '$lib/arch/nasfpn';
import { compareNasfpn, type Comparison } from '$lib/arch/compare';
import type { NotebookState } from '$lib/state/notebook.svelte';
import { fill, i18n } from '$lib/i18n/i18n.svelte';
import { nasfpnMessages } from '$lib/i18n/messages/nasfpn';
import {
	appendCell,
	deleteCell,
	rewireInput,
	setCellLevel,
	setCellOp,
	setCellOutput
} from '$lib/arch/nasfpn/cellEdits';
import { cellOffset, levelCount, readOrder } from '$lib/arch/nasfpn/levels';
import { nodeName, wireKey } from './graphLayout';

export interface Note {
	kind: 'alert' | 'status';
	text: string;
}

/** A step of the progression against the one before it ((b) → (c) when (c) is loaded). */
export interface StepChange {
	from: FpnPresetId;
	to: FpnPresetId;
	before: FpnCell[];
	after: FpnCell[];
}

const EMPTY: ReadonlySet<number> = new Set();
const NO_WIRES: ReadonlySet<string> = new Set();

/** The loaded step against the step before it in the progression; null for (a), where it starts. */
function progressionChange(id: FpnPresetId): StepChange | null {
	const from = previousStep(id);
	return from === null ? null : { from, to: id, before: fpnStep(from).cells, after: fpnStep(id).cells };
}

/** Cell indices a diff marks as new or changed (for the highlight). */
export function changedCells(diff: FpnDiff | null): ReadonlySet<number> {
	if (!diff || diff.same) return EMPTY;
	return new Set([...diff.added, ...diff.changed.map((c) => c.cell)]);
}

export class NasfpnView {
	readonly nb: NotebookState;
	numInputs: number;
	/** the selected cell, if it still exists (undo can remove it) */
	selected: number | null;

	/** the loaded step against the one before it in the progression (null for (a)) */
	stepChange: StepChange | null;
	stepDiff: FpnDiff | null;
	/** cells the step changed, glowing while the graph is still exactly what the step loaded */
	highlight: ReadonlySet<number>;
	/** the same for wires: `wireKey(cell, which)` of every input the step changed */
	changedWires: ReadonlySet<string>;
	/** the graph differs from the step it was loaded from */
	edited: boolean;

	note = $state.raw<Note | null>(null);
	seed = $state<number | null>(null);
	membership: { member: boolean; reasons: string[] };

	compareA = $state<FpnPresetId>('e');
	compareB = $state<FpnPresetId>('f');
	/** both compared steps at the current channels, size, repeats and backbone */
	reportA: FpnCostReport;
	reportB: FpnCostReport;
	comparison: Comparison;
	compareDiff: FpnDiff;

	stackOpen = $state(false);

	constructor(nb: NotebookState) {
		this.nb = nb;
		this.numInputs = $derived(levelCount(this.nb.fpn));
		this.selected = $derived(
			this.nb.selectedCell !== null && this.nb.selectedCell < this.nb.fpn.cells.length ? this.nb.selectedCell : null
		);
		this.stepChange = $derived(progressionChange(this.nb.fpnStep));
		this.stepDiff = $derived(
			this.stepChange ? diffCells(this.stepChange.before, this.stepChange.after, this.numInputs) : null
		);
		this.edited = $derived(!diffCells(fpnStep(this.nb.fpnStep).cells, this.nb.fpn.cells, this.numInputs).same);
		this.highlight = $derived(this.edited ? EMPTY : changedCells(this.stepDiff));
		this.changedWires = $derived(
			this.edited || !this.stepChange
				? NO_WIRES
				: new Set(changedInputs(this.stepChange.before, this.stepChange.after).map((w) => wireKey(w.cell, w.which)))
		);
		this.membership = $derived(searchSpaceMembership(this.nb.fpn));
		this.reportA = $derived(costNasfpn({ ...this.nb.fpn, cells: fpnStep(this.compareA).cells }));
		this.reportB = $derived(costNasfpn({ ...this.nb.fpn, cells: fpnStep(this.compareB).cells }));
		this.comparison = $derived(compareNasfpn(this.reportA, this.reportB));
		this.compareDiff = $derived(diffCells(fpnStep(this.compareA).cells, fpnStep(this.compareB).cells, this.numInputs));
	}

	get m() {
		return nasfpnMessages[i18n.lang];
	}

	/** `P4 in` or `n7` for a node offset of the current graph */
	name(offset: number): string {
		const node = this.nb.fpnReport.nodes[offset];
		return node ? nodeName(node) : `n${offset}`;
	}

	loadStep(id: FpnPresetId): void {
		this.nb.loadFpnStep(id);
		this.note = null;
	}

	select(cell: number | null): void {
		this.nb.selectedCell = cell;
	}

	/** Commit an edited spec; on refusal show the engine's sentences and keep the last valid graph. */
	apply(next: NasfpnSpec, okText: string): boolean {
		const checked = this.nb.setFpn(next);
		if (checked.ok) {
			this.note = { kind: 'status', text: okText };
			return true;
		}
		const errors = checked.issues.filter((i) => i.severity === 'error');
		this.note = {
			kind: 'alert',
			text: errors.map((i) => fill(this.m.engineIssue, { path: i.path, message: issueText(i, i18n.lang) })).join(' ')
		};
		return false;
	}

	setOp(cell: number, op: FpnOp): void {
		this.apply(setCellOp(this.nb.fpn, cell, op), '');
	}

	setLevel(cell: number, level: number): void {
		this.apply(setCellLevel(this.nb.fpn, cell, level), '');
	}

	setOutput(cell: number, output: boolean): void {
		this.apply(setCellOutput(this.nb.fpn, cell, output), '');
	}

	rewire(cell: number, which: 0 | 1, offset: number): void {
		if (this.nb.fpn.cells[cell]?.inputs[which] === offset) return;
		this.apply(
			rewireInput(this.nb.fpn, cell, which, offset),
			fill(this.m.rewired, { cell: cell + 1, which: which + 1, name: this.name(offset) })
		);
	}

	/** A dragged edge end dropped on node `offset`: rewire when it is earlier, else say why nothing changed. */
	drop(cell: number, which: 0 | 1, offset: number): void {
		const self = cellOffset(this.nb.fpn, cell);
		const order = readOrder(this.nb.fpn, cell, offset);
		if (order === 'self') {
			this.note = { kind: 'alert', text: fill(this.m.dragSelf, { cell: cell + 1 }) };
			return;
		}
		if (order === 'later') {
			this.note = {
				kind: 'alert',
				text: fill(this.m.dragEarlier, {
					cell: cell + 1,
					offset: self,
					min: this.nb.fpn.minLevel,
					last: self - 1,
					name: this.name(offset)
				})
			};
			return;
		}
		this.rewire(cell, which, offset);
	}

	addCell(): void {
		const next = appendCell(this.nb.fpn);
		const index = next.cells.length - 1;
		if (this.apply(next, fill(this.m.added, { cell: index + 1, offset: cellOffset(next, index) }))) {
			this.nb.selectedCell = index;
		}
	}

	deleteCell(cell: number): void {
		const result = deleteCell(this.nb.fpn, cell);
		if (!result.ok) {
			this.note = { kind: 'alert', text: this.m.refuseLast };
			return;
		}
		const after = costNasfpn(result.spec);
		const parts = [
			fill(this.m.deleted, { cell: cell + 1 }),
			...result.repointed.map((r) =>
				fill(this.m.repointed, { cell: r.cell + 1, which: r.which + 1, name: nodeName(after.nodes[r.to]) })
			)
		];
		if (this.apply(result.spec, parts.join(' '))) {
			this.nb.selectedCell = result.spec.cells.length === 0 ? null : Math.min(cell, result.spec.cells.length - 1);
		}
	}

	/** A random member of the paper's search space, with a fresh seed (shown so it can be reproduced). */
	random(): void {
		const seed = Math.floor(Math.random() * 1_000_000);
		const cells = sampleSearchSpace(seed);
		if (this.apply({ ...this.nb.fpn, cells }, fill(this.m.randomSeed, { seed }))) {
			this.seed = seed;
			this.nb.selectedCell = null;
		}
	}
}
