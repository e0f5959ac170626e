// The setting boxes of the NAS-FPN cell (channels, image size, repeats, backbone widths, separable, backbone
// on/off). Each number box is a DraftField typed against the notebook's NAS-FPN spec: a valid value is committed
// through nb.setFpn at once, an invalid one shows the engine's sentence at the field and the last valid network
// stays; when the spec changes from elsewhere (Undo, Reset, a step, a link) every box shows the spec again. The
// width boxes are disabled while the input stage is off.
import { R50_BACKBONE, type NasfpnSpec } from '$lib/arch/nasfpn';
import type { Issue } from '$lib/arch/issues';
import { numberText, readNumber } from '$lib/arch/parseNumber';
import { DraftField } from '$lib/state/draftField.svelte';
import type { NotebookState } from '$lib/state/notebook.svelte';

export type FieldId = 'channels' | 'imageSize' | 'repeats' | 'bb3' | 'bb4' | 'bb5';
export const FIELD_IDS: readonly FieldId[] = ['channels', 'imageSize', 'repeats', 'bb3', 'bb4', 'bb5'];
export const BACKBONE_LEVELS = [3, 4, 5] as const;

const bbLevel = (id: FieldId): string | null => (id.startsWith('bb') ? id.slice(2) : null);

/** The spec path the engine reports a field's problems under. */
export function fieldPath(id: FieldId): string {
	const level = bbLevel(id);
	return level ? `backboneChannels.${level}` : id;
}

/** `spec` with one field set to `value` (a number or the raw text, for the engine to judge). */
export function withField(
	spec: NasfpnSpec,
	id: FieldId,
	value: number | string,
	savedBackbone: Record<string, number>
): NasfpnSpec {
	const level = bbLevel(id);
	if (!level) return { ...spec, [id]: value } as NasfpnSpec;
	const backboneChannels = { ...(spec.backboneChannels ?? savedBackbone), [level]: value } as Record<string, number>;
	return { ...spec, backboneChannels };
}

/** The engine's errors for one field (its path, or a path below it). */
export function fieldIssues(issues: readonly Issue[], id: FieldId): Issue[] {
	const p = fieldPath(id);
	return issues.filter(
		(i) => i.severity === 'error' && (i.path === p || i.path.startsWith(p + '.') || i.path.startsWith(p + '['))
	);
}

export class FpnControls {
	readonly nb: NotebookState;
	/** one draft per box, typed against the current spec */
	readonly fields: Record<FieldId, DraftField>;
	/** widths to restore when the input stage is switched back on */
	savedBackbone = $state.raw<Record<string, number>>({ ...R50_BACKBONE });

	backboneOff: boolean;

	constructor(nb: NotebookState) {
		this.nb = nb;
		this.backboneOff = $derived(this.nb.fpn.backboneChannels === undefined);
		const source = () => this.nb.fpn;
		this.fields = Object.fromEntries(FIELD_IDS.map((id) => [id, new DraftField({ source })])) as Record<
			FieldId,
			DraftField
		>;
	}

	committed(id: FieldId): number | undefined {
		const level = bbLevel(id);
		if (level) return (this.nb.fpn.backboneChannels ?? this.savedBackbone)[level];
		return this.nb.fpn[id as 'channels' | 'imageSize' | 'repeats'];
	}

	/** What box `id` shows: the live draft, else the spec's value. */
	text(id: FieldId): string {
		const v = this.committed(id);
		return this.fields[id].text(v === undefined ? '' : numberText(v));
	}

	issues(id: FieldId): readonly Issue[] {
		return this.fields[id].issues;
	}

	/** Text typed into box `id`: a number in the page's grammar is handed to the engine, anything else as the text
	 * itself, so the engine explains it in its own sentence. Typing one number is one undo step. */
	input(id: FieldId, text: string): void {
		const field = this.fields[id];
		const value = readNumber(text) ?? text.trim();
		const before = this.nb.fpn;
		if (value === this.committed(id)) {
			// the same number written differently ("0256"): nothing to commit, keep the text as typed
			field.keep(text);
			return;
		}
		this.nb.gesture(`type:fpn.${id}`);
		const checked = this.nb.setFpn(withField(before, id, value, this.savedBackbone));
		if (checked.ok) {
			if (checked.value.backboneChannels) this.savedBackbone = { ...checked.value.backboneChannels };
			for (const f of FIELD_IDS) this.fields[f].rebase(before, this.nb.fpn);
			field.keep(text);
		} else {
			const mine = fieldIssues(checked.issues, id);
			field.keep(text, mine.length > 0 ? mine : checked.issues);
		}
	}

	/** The box lost focus or Enter was pressed: the next number typed is a new undo step. */
	endTyping(): void {
		this.nb.endGesture();
	}

	setSeparable(on: boolean): void {
		this.nb.endGesture();
		this.nb.setFpn({ ...this.nb.fpn, separable: on });
	}

	setBackboneOff(off: boolean): void {
		this.nb.endGesture();
		if (off) {
			const { backboneChannels, ...rest } = this.nb.fpn;
			if (backboneChannels) this.savedBackbone = { ...backboneChannels };
			this.nb.setFpn(rest);
		} else {
			this.nb.setFpn({ ...this.nb.fpn, backboneChannels: { ...this.savedBackbone } });
		}
		for (const level of BACKBONE_LEVELS) this.fields[`bb${level}`].drop();
	}
}
