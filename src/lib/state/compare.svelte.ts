// The Compare cell: which two networks are side by side, their specs and cost reports, and the aligned comparison.
// "current" sides read the notebook live, so the comparison follows every edit. A NAS-FPN step is compared with the
// notebook's current channels, image size, repeats and backbone (as the page's (a)–(f) buttons load it). An edited
// side (a kept copy of the current edit, or an edited network from a link) is shown exactly as it is.
//
// In a link, a "current edit" side stays live-tracking (`"m"` / `"f"`): the link also carries the network being
// edited, so the receiver sees what the sender saw, and the side goes on following edits as the picker says. To send
// a fixed copy, keep a copy first (freeze): that side is then written with its whole spec.
import { compareMnasnet, compareNasfpn, type Comparison } from '$lib/arch/compare';
import { costMnasnet, mnasPreset, type MnasCostReport, type MnasnetSpec } from '$lib/arch/mnasnet';
import { costNasfpn, fpnStep, type FpnCostReport, type NasfpnSpec } from '$lib/arch/nasfpn';
import type { Issue } from '$lib/arch/issues';
import type { CompareRef as LinkRef } from '$lib/arch/serialize';
import { DEFAULT_COMPARE, decodeCompare, decodeSide, encodeCompare, sameSide } from '$lib/teach/compareRef';
import {
	compareFromLink,
	compareToLink,
	isEdited,
	linkSideProblems,
	networkKey,
	presetOf,
	withPicked,
	type Side,
	type SidePair
} from './compareSides';
import type { NotebookState } from './notebook.svelte';

export type SideNet =
	| { kind: 'mnasnet'; spec: MnasnetSpec; report: MnasCostReport }
	| { kind: 'nasfpn'; spec: NasfpnSpec; report: FpnCostReport };

/** What the last applied link's `cmp` could not give: per side, why it fell back; and whether its kinds differed. */
export interface LinkNotes {
	left: Issue[];
	right: Issue[];
	/** the link paired a MnasNet with a NAS-FPN, so the default pair is shown */
	mixedKinds: boolean;
}

const NO_NOTES: LinkNotes = { left: [], right: [], mixedKinds: false };

export class CompareState {
	ref = $state.raw<SidePair>(DEFAULT_COMPARE);
	/** problems with the `compare` text of a link (the dev page's `?compare=`) */
	problems = $state.raw<Issue[]>([]);
	/** problems with the notebook link's compare sides; cleared when the user picks a side */
	linkNotes = $state.raw<LinkNotes>(NO_NOTES);
	kind = $derived(this.ref.left.kind);
	left = $derived(this.#resolve(this.ref.left));
	right = $derived(this.#resolve(this.ref.right));
	same = $derived(this.#same(this.ref, this.left, this.right));
	comparison = $derived<Comparison>(this.#compare(this.left, this.right));
	/** the `compare` text of the dev page's address (presets and current only: an edited side is named by its preset) */
	text = $derived(encodeCompare({ left: presetOf(this.ref.left), right: presetOf(this.ref.right) }));

	readonly nb: NotebookState;

	constructor(nb: NotebookState) {
		this.nb = nb;
	}

	#resolve(side: Side): SideNet {
		const nb = this.nb;
		if (isEdited(side)) {
			return side.kind === 'mnasnet'
				? { kind: 'mnasnet', spec: side.spec, report: costMnasnet(side.spec) }
				: { kind: 'nasfpn', spec: side.spec, report: costNasfpn(side.spec) };
		}
		if (side.kind === 'mnasnet') {
			if (side.id === 'current') return { kind: 'mnasnet', spec: nb.mnas, report: nb.mnasReport };
			const spec = mnasPreset(side.id);
			return { kind: 'mnasnet', spec, report: costMnasnet(spec) };
		}
		if (side.id === 'current') return { kind: 'nasfpn', spec: nb.fpn, report: nb.fpnReport };
		const spec: NasfpnSpec = {
			...nb.fpn,
			cells: fpnStep(side.id).cells.map((c) => ({ ...c, inputs: [c.inputs[0], c.inputs[1]] }))
		};
		return { kind: 'nasfpn', spec, report: costNasfpn(spec) };
	}

	#same(pair: SidePair, left: SideNet, right: SideNet): boolean {
		if (!isEdited(pair.left) && !isEdited(pair.right)) return sameSide(pair.left, pair.right);
		return left.kind === right.kind && networkKey(left.spec) === networkKey(right.spec);
	}

	#compare(left: SideNet, right: SideNet): Comparison {
		if (left.kind === 'mnasnet' && right.kind === 'mnasnet') return compareMnasnet(left.report, right.report);
		if (left.kind === 'nasfpn' && right.kind === 'nasfpn') return compareNasfpn(left.report, right.report);
		// unreachable: withPicked and the link readers keep both sides one kind
		return {
			rows: [],
			total: { key: 'total', left: null, right: null, paramsDelta: 0, macsDelta: 0, paramsRatio: null, macsRatio: null }
		};
	}

	/** A picker changed: `value` is an option value (`m.lecture`, `f.current`). Unknown values (`m.edited`) are ignored. */
	pick(which: 'left' | 'right', value: string): void {
		const side = decodeSide(value);
		if (!side) return;
		this.ref = withPicked(this.ref, which, side);
		this.linkNotes = NO_NOTES;
	}

	/** Keep a copy of the network being edited on a "current edit" side, so it stays put while editing goes on. */
	freeze(which: 'left' | 'right'): void {
		const side = this.ref[which];
		if (side.id !== 'current') return;
		const nb = this.nb;
		const kept: Side =
			side.kind === 'mnasnet'
				? { kind: 'mnasnet', id: 'edited', presetId: nb.mnasPresetId, spec: nb.mnas }
				: { kind: 'nasfpn', id: 'edited', step: nb.fpnStep, spec: nb.fpn };
		this.ref = which === 'left' ? { left: kept, right: this.ref.right } : { left: this.ref.left, right: kept };
		this.linkNotes = NO_NOTES;
	}

	/** Apply the `compare` field of a link; unreadable text keeps the current pair and reports why. */
	load(text: string | null): void {
		if (text === null) return;
		const checked = decodeCompare(text);
		if (checked.ok) this.ref = checked.value;
		this.problems = checked.ok ? [] : checked.issues;
	}

	/**
	 * Apply the notebook link's `cmp` pair (null: the link has none, so the default pair). A side the link could not
	 * read arrives as its fallback preset with its problems, which are kept in `linkNotes` for the cell to show.
	 */
	fromLink(pair: readonly [LinkRef, LinkRef] | null): void {
		if (pair === null) {
			this.ref = DEFAULT_COMPARE;
			this.linkNotes = NO_NOTES;
			return;
		}
		const next = compareFromLink(pair);
		this.ref = next ?? DEFAULT_COMPARE;
		this.linkNotes = { left: linkSideProblems(pair[0]), right: linkSideProblems(pair[1]), mixedKinds: next === null };
	}

	/** The `cmp` pair for the notebook link (null for the default pair). */
	toLink(): [LinkRef, LinkRef] | null {
		return compareToLink(this.ref);
	}
}
