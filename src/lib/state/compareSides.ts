// What each side of the Compare cell holds, and its link form. The pickers offer the current edit and the presets
// ($lib/teach/compareRef); a side may also hold an *edited* network: a copy kept from the current edit, or an edited
// network a link carried. Only the link form (`cmp` in $lib/arch/serialize/codec.ts) carries an edited side's spec.
import type { Issue } from '$lib/arch/issues';
import { NETWORK_KIND_CODES } from '$lib/arch/kinds';
import { mnasPreset, type MnasnetSpec, type MnasPresetId } from '$lib/arch/mnasnet';
import { fpnPreset, type FpnPresetId, type NasfpnSpec } from '$lib/arch/nasfpn';
import type { CompareRef as LinkRef } from '$lib/arch/serialize';
import { encodeMnasnet } from '$lib/arch/serialize/mnasnetDiff';
import { encodeNasfpn } from '$lib/arch/serialize/nasfpnDiff';
import { DEFAULT_COMPARE, encodeSide, sameSide, withSide, type CompareSide } from '$lib/teach/compareRef';

/** A network kept as it is: shown by its spec, named after the preset or step it was edited from. */
export type EditedSide =
	| { kind: 'mnasnet'; id: 'edited'; presetId: MnasPresetId; spec: MnasnetSpec }
	| { kind: 'nasfpn'; id: 'edited'; step: FpnPresetId; spec: NasfpnSpec };

export type Side = CompareSide | EditedSide;

export interface SidePair {
	left: Side;
	right: Side;
}

export const isEdited = (side: Side): side is EditedSide => side.id === 'edited';

/** The picker's option value: `m.lecture`, `f.current`, and `m.edited` / `f.edited` for an edited side. */
export function sideValue(side: Side): string {
	return isEdited(side) ? `${NETWORK_KIND_CODES[side.kind]}.edited` : encodeSide(side);
}

/** The preset or step an edited side came from (what the `?compare=` text of the dev page can say). */
export function presetOf(side: Side): CompareSide {
	if (!isEdited(side)) return side;
	return side.kind === 'mnasnet' ? { kind: 'mnasnet', id: side.presetId } : { kind: 'nasfpn', id: side.step };
}

/**
 * A picker chose `side`. The other side stays as it is (an edited one included) when it is the same kind; otherwise
 * it moves to that kind as withSide decides.
 */
export function withPicked(pair: SidePair, which: 'left' | 'right', side: CompareSide): SidePair {
	const other = pair[which === 'left' ? 'right' : 'left'];
	if (other.kind === side.kind) return which === 'left' ? { left: side, right: other } : { left: other, right: side };
	return withSide({ left: presetOf(pair.left), right: presetOf(pair.right) }, which, side);
}

/** One text per network, independent of the preset it is written against (to tell two edited sides apart). */
export function networkKey(spec: MnasnetSpec | NasfpnSpec): string {
	return JSON.stringify(spec.kind === 'mnasnet' ? encodeMnasnet(spec, 'lecture', true) : encodeNasfpn(spec, 'f', true));
}

export function sideToLink(side: Side): LinkRef {
	if (side.id === 'current') return { kind: 'current', net: side.kind };
	if (isEdited(side)) {
		return side.kind === 'mnasnet'
			? { kind: 'mnasnet', presetId: side.presetId, spec: side.spec, edited: true }
			: { kind: 'nasfpn', step: side.step, spec: side.spec, edited: true };
	}
	if (side.kind === 'mnasnet') return { kind: 'mnasnet', presetId: side.id, spec: mnasPreset(side.id) };
	return { kind: 'nasfpn', step: side.id, spec: fpnPreset(side.id) };
}

/** A link side as a Compare-cell side: an edited network stays edited (its spec as carried), a preset stays a preset. */
export function sideFromLink(ref: LinkRef): Side {
	if (ref.kind === 'current') return { kind: ref.net, id: 'current' } as CompareSide;
	if (ref.kind === 'mnasnet') {
		return ref.edited
			? { kind: 'mnasnet', id: 'edited', presetId: ref.presetId, spec: ref.spec }
			: { kind: 'mnasnet', id: ref.presetId };
	}
	return ref.edited
		? { kind: 'nasfpn', id: 'edited', step: ref.step, spec: ref.spec }
		: { kind: 'nasfpn', id: ref.step };
}

/** The pair for the link, or null for the Compare cell's default pair (kept out of links to keep them short). */
export function compareToLink(pair: SidePair): [LinkRef, LinkRef] | null {
	const isDefault = (s: Side, d: CompareSide) => !isEdited(s) && sameSide(s, d);
	if (isDefault(pair.left, DEFAULT_COMPARE.left) && isDefault(pair.right, DEFAULT_COMPARE.right)) return null;
	return [sideToLink(pair.left), sideToLink(pair.right)];
}

/** The Compare cell's pair from a link, or null when its two sides are not the same kind of network. */
export function compareFromLink(pair: readonly [LinkRef, LinkRef]): SidePair | null {
	const left = sideFromLink(pair[0]);
	const right = sideFromLink(pair[1]);
	return left.kind === right.kind ? { left, right } : null;
}

/** Problems of a link's side that could not be read (the side is then its fallback preset). */
export function linkSideProblems(ref: LinkRef): Issue[] {
	return ref.kind === 'current' ? [] : (ref.problems ?? []);
}
