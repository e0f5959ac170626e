// The Compare cell: which two networks are side by side, their specs and cost reports, and the aligned comparison.
// "current" sides read the notebook live, so the comparison follows every edit. A NAS-FPN step is compared with the
// notebook's current channels, image size, repeats and backbone (as the page's (a)–(f) buttons load it).
import { compareMnasnet, compareNasfpn, type Comparison } from '$lib/arch/compare';
import { costMnasnet, mnasPreset, type MnasCostReport, type MnasnetSpec } from '$lib/arch/mnasnet';
import { costNasfpn, fpnStep, type FpnCostReport, type NasfpnSpec } from '$lib/arch/nasfpn';
import type { Issue } from '$lib/arch/issues';
import {
	DEFAULT_COMPARE,
	decodeCompare,
	decodeSide,
	encodeCompare,
	sameSide,
	withSide,
	type CompareRef,
	type CompareSide
} from '$lib/teach/compareRef';
import type { NotebookState } from './notebook.svelte';

export type SideNet =
	| { kind: 'mnasnet'; spec: MnasnetSpec; report: MnasCostReport }
	| { kind: 'nasfpn'; spec: NasfpnSpec; report: FpnCostReport };

export class CompareState {
	ref = $state.raw<CompareRef>(DEFAULT_COMPARE);
	/** problems with the `compare` text of a link */
	problems = $state.raw<Issue[]>([]);
	kind = $derived(this.ref.left.kind);
	left = $derived(this.#resolve(this.ref.left));
	right = $derived(this.#resolve(this.ref.right));
	same = $derived(sameSide(this.ref.left, this.ref.right));
	comparison = $derived<Comparison>(this.#compare(this.left, this.right));
	/** the `compare` field of a link */
	text = $derived(encodeCompare(this.ref));

	readonly nb: NotebookState;

	constructor(nb: NotebookState) {
		this.nb = nb;
	}

	#resolve(side: CompareSide): SideNet {
		const nb = this.nb;
		if (side.kind === 'mnasnet') {
			if (side.id === 'current') return { kind: 'mnasnet', spec: nb.mnas, report: nb.mnasReport };
			const spec = mnasPreset(side.id);
			return { kind: 'mnasnet', spec, report: costMnasnet(spec) };
		}
		if (side.id === 'current') return { kind: 'nasfpn', spec: nb.fpn, report: nb.fpnReport };
		const spec: NasfpnSpec = { ...nb.fpn, cells: fpnStep(side.id).cells.map((c) => ({ ...c, inputs: [c.inputs[0], c.inputs[1]] })) };
		return { kind: 'nasfpn', spec, report: costNasfpn(spec) };
	}

	#compare(left: SideNet, right: SideNet): Comparison {
		if (left.kind === 'mnasnet' && right.kind === 'mnasnet') return compareMnasnet(left.report, right.report);
		if (left.kind === 'nasfpn' && right.kind === 'nasfpn') return compareNasfpn(left.report, right.report);
		// unreachable: withSide and decodeCompare keep both sides one kind
		return { rows: [], total: { key: 'total', left: null, right: null, paramsDelta: 0, macsDelta: 0, paramsRatio: null, macsRatio: null } };
	}

	/** A picker changed: `value` is an option value (`m.lecture`, `f.current`). Unknown values are ignored. */
	pick(which: 'left' | 'right', value: string): void {
		const side = decodeSide(value);
		if (side) this.ref = withSide(this.ref, which, side);
	}

	/** Apply the `compare` field of a link; unreadable text keeps the current pair and reports why. */
	load(text: string | null): void {
		if (text === null) return;
		const checked = decodeCompare(text);
		if (checked.ok) this.ref = checked.value;
		this.problems = checked.ok ? [] : checked.issues;
	}
}
