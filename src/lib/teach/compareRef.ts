// Which two networks the Compare cell shows, and their URL text. A side is the current edit or a preset of one
// kind; both sides are always the same kind (MnasNet blocks and NAS-FPN nodes do not line up row by row).
// URL text: `m.lecture~m.mnasnet-a1`, `f.a~f.current` ('.' and '~' are unreserved, so nothing is escaped).
import type { Checked } from '$lib/arch/issues';
import { error } from '$lib/arch/issues';
import { MNAS_PRESET_IDS, isMnasPresetId, type MnasPresetId } from '$lib/arch/mnasnet';
import { FPN_PRESET_IDS, isFpnPresetId, type FpnPresetId } from '$lib/arch/nasfpn';

import { NETWORK_KIND_CODES } from '$lib/arch/kinds';

export type CompareSide =
	{ kind: 'mnasnet'; id: 'current' | MnasPresetId } | { kind: 'nasfpn'; id: 'current' | FpnPresetId };

export interface CompareRef {
	left: CompareSide;
	right: CompareSide;
}

export const DEFAULT_COMPARE: CompareRef = {
	left: { kind: 'mnasnet', id: 'lecture' },
	right: { kind: 'mnasnet', id: 'mnasnet-a1' }
};

const KIND_CODE = NETWORK_KIND_CODES;

/** Every choice of a picker, MnasNet first: current edit, then presets; NAS-FPN likewise. */
export const COMPARE_SIDES: readonly CompareSide[] = [
	{ kind: 'mnasnet', id: 'current' },
	...MNAS_PRESET_IDS.map((id): CompareSide => ({ kind: 'mnasnet', id })),
	{ kind: 'nasfpn', id: 'current' },
	...FPN_PRESET_IDS.map((id): CompareSide => ({ kind: 'nasfpn', id }))
];

/** `m.lecture`, `f.current`: also the picker's option value. */
export function encodeSide(side: CompareSide): string {
	return `${KIND_CODE[side.kind]}.${side.id}`;
}

export function decodeSide(text: string): CompareSide | null {
	const dot = text.indexOf('.');
	if (dot < 0) return null;
	const code = text.slice(0, dot);
	const id = text.slice(dot + 1);
	if (code === 'm' && (id === 'current' || isMnasPresetId(id))) return { kind: 'mnasnet', id };
	if (code === 'f' && (id === 'current' || isFpnPresetId(id))) return { kind: 'nasfpn', id };
	return null;
}

export function sameSide(a: CompareSide, b: CompareSide): boolean {
	return a.kind === b.kind && a.id === b.id;
}

export function encodeCompare(ref: CompareRef): string {
	return `${encodeSide(ref.left)}~${encodeSide(ref.right)}`;
}

export function decodeCompare(text: string): Checked<CompareRef> {
	const t = text.trim();
	const parts = t.length <= 200 ? t.split('~') : [];
	if (parts.length !== 2)
		return {
			ok: false,
			issues: [error('compare', 'expected two networks joined by "~", e.g. m.lecture~m.mnasnet-a1')]
		};
	const left = decodeSide(parts[0]);
	const right = decodeSide(parts[1]);
	const issues = [];
	if (!left) issues.push(error('compare.left', `unknown network "${parts[0].slice(0, 40)}"`));
	if (!right) issues.push(error('compare.right', `unknown network "${parts[1].slice(0, 40)}"`));
	if (!left || !right) return { ok: false, issues };
	if (left.kind !== right.kind)
		return { ok: false, issues: [error('compare', 'both sides must be MnasNet or both NAS-FPN')] };
	return { ok: true, value: { left, right }, warnings: [] };
}

/**
 * After one side was picked, the other side keeps its choice if it is the same kind; otherwise it moves to that
 * kind's current edit (or, when the picked side is the current edit, to the kind's first preset).
 */
export function withSide(ref: CompareRef, which: 'left' | 'right', side: CompareSide): CompareRef {
	const otherKey = which === 'left' ? 'right' : 'left';
	let other = ref[otherKey];
	if (other.kind !== side.kind) {
		const firstPreset: CompareSide =
			side.kind === 'mnasnet' ? { kind: 'mnasnet', id: MNAS_PRESET_IDS[0] } : { kind: 'nasfpn', id: FPN_PRESET_IDS[0] };
		other = side.id === 'current' ? firstPreset : ({ kind: side.kind, id: 'current' } as CompareSide);
	}
	return which === 'left' ? { left: side, right: other } : { left: other, right: side };
}
