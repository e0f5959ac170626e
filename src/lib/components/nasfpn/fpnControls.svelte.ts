// The setting boxes of the NAS-FPN cell (channels, image size, repeats, backbone widths, separable, backbone
// on/off). Each box keeps the user's text; a valid value is committed through nb.setFpn at once, an invalid one
// shows the engine's sentence at the field and the last valid network stays. The width boxes are disabled while
// the input stage is off.
import { R50_BACKBONE, type NasfpnSpec } from '$lib/arch/nasfpn';
import type { Issue } from '$lib/arch/issues';
import type { NotebookState } from '$lib/state/notebook.svelte';
import { parseFieldText, shownText } from './fieldText';

export type FieldId = 'channels' | 'imageSize' | 'repeats' | 'bb3' | 'bb4' | 'bb5';
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
	drafts = $state<Partial<Record<FieldId, string>>>({});
	errors = $state<Partial<Record<FieldId, Issue[]>>>({});
	/** widths to restore when the input stage is switched back on */
	savedBackbone = $state.raw<Record<string, number>>({ ...R50_BACKBONE });

	backboneOff: boolean;

	constructor(nb: NotebookState) {
		this.nb = nb;
		this.backboneOff = $derived(this.nb.fpn.backboneChannels === undefined);
	}

	committed(id: FieldId): number | undefined {
		const level = bbLevel(id);
		if (level) return (this.nb.fpn.backboneChannels ?? this.savedBackbone)[level];
		return this.nb.fpn[id as 'channels' | 'imageSize' | 'repeats'];
	}

	text(id: FieldId): string {
		return shownText(this.drafts[id], (this.errors[id]?.length ?? 0) > 0, this.committed(id));
	}

	input(id: FieldId, text: string): void {
		this.drafts[id] = text;
		const value = parseFieldText(text);
		const checked = this.nb.setFpn(withField(this.nb.fpn, id, value, this.savedBackbone));
		if (checked.ok) {
			this.errors[id] = [];
			if (checked.value.backboneChannels) this.savedBackbone = { ...checked.value.backboneChannels };
		} else {
			const mine = fieldIssues(checked.issues, id);
			this.errors[id] = mine.length > 0 ? mine : checked.issues;
		}
	}

	setSeparable(on: boolean): void {
		this.nb.setFpn({ ...this.nb.fpn, separable: on });
	}

	setBackboneOff(off: boolean): void {
		if (off) {
			const { backboneChannels, ...rest } = this.nb.fpn;
			if (backboneChannels) this.savedBackbone = { ...backboneChannels };
			this.nb.setFpn(rest);
		} else {
			this.nb.setFpn({ ...this.nb.fpn, backboneChannels: { ...this.savedBackbone } });
		}
		for (const level of BACKBONE_LEVELS) this.errors[`bb${level}`] = [];
	}
}
