// Connects the teaching features (classroom locks, guided tour, Compare cell) to the notebook's link: what a link
// carries opens them, and what they show goes back into the address bar. The link fields are the codec's
// (`lock`, `tour`, `cmp` in $lib/arch/serialize/codec.ts); the teaching states keep their own shapes.
import type { CompareRef as LinkRef } from '$lib/arch/serialize';
import { mnasPreset } from '$lib/arch/mnasnet';
import { fpnPreset } from '$lib/arch/nasfpn';
import { untrack } from 'svelte';
import type { ClassroomState } from '$lib/state/classroom.svelte';
import type { CompareState } from '$lib/state/compare.svelte';
import type { Persistence } from '$lib/state/persistence.svelte';
import type { TourState } from '$lib/state/tour.svelte';
import { DEFAULT_COMPARE, sameSide, type CompareRef as TeachRef, type CompareSide } from '$lib/teach/compareRef';

export function sideToLink(side: CompareSide): LinkRef {
	if (side.id === 'current') return { kind: 'current', net: side.kind };
	if (side.kind === 'mnasnet') return { kind: 'mnasnet', presetId: side.id, spec: mnasPreset(side.id) };
	return { kind: 'nasfpn', step: side.id, spec: fpnPreset(side.id) };
}

/** A link side as a Compare-cell side. The Compare cell shows presets as shipped, so edits carried in the link are
 * not shown there (the side keeps its preset or step). */
export function sideFromLink(ref: LinkRef): CompareSide {
	if (ref.kind === 'current') return { kind: ref.net, id: 'current' } as CompareSide;
	if (ref.kind === 'mnasnet') return { kind: 'mnasnet', id: ref.presetId };
	return { kind: 'nasfpn', id: ref.step };
}

/** The pair for the link, or null for the Compare cell's default pair (kept out of links to keep them short). */
export function compareToLink(ref: TeachRef): [LinkRef, LinkRef] | null {
	if (sameSide(ref.left, DEFAULT_COMPARE.left) && sameSide(ref.right, DEFAULT_COMPARE.right)) return null;
	return [sideToLink(ref.left), sideToLink(ref.right)];
}

/** The Compare cell's pair from a link, or null when its two sides are not the same kind of network. */
export function compareFromLink(pair: readonly [LinkRef, LinkRef]): TeachRef | null {
	const left = sideFromLink(pair[0]);
	const right = sideFromLink(pair[1]);
	return left.kind === right.kind ? { left, right } : null;
}

export interface Teaching {
	classroom: ClassroomState;
	tour: TourState;
	compare: CompareState;
}

/** Apply the link's fields to the teaching states: a link shows exactly its locks, tour step and comparison. */
export function openFromLink(p: Persistence, t: Teaching): void {
	// `?teacher` in the address keeps the teacher's exit button (a student's link has no query string).
	const teacher = typeof location !== 'undefined' && new URLSearchParams(location.search).has('teacher');
	t.classroom.loadIds(p.extras.lock.length > 0 ? p.extras.lock : null, { teacher });
	const pair = p.extras.compare ? compareFromLink(p.extras.compare) : null;
	t.compare.ref = pair ?? DEFAULT_COMPARE;
	if (p.extras.tour !== null) void t.tour.start(p.extras.tour);
	else if (t.tour.active) t.tour.end();
}

/**
 * Two-way link for the teaching states; returns the cleanup. Call from onMount after Persistence.load: every link
 * applied (the first one, and any pasted into the address bar later) opens them, and their changes go into the link.
 */
export function syncToLink(p: Persistence, t: Teaching): () => void {
	return $effect.root(() => {
		$effect.pre(() => {
			if (p.extrasFromLink > 0) untrack(() => openFromLink(p, t));
		});
		$effect(() => {
			const locks = [...t.classroom.locks];
			const same = locks.length === p.extras.lock.length && locks.every((id, i) => id === p.extras.lock[i]);
			if (!same) p.extras.lock = locks;
		});
		$effect(() => {
			p.extras.tour = t.tour.index;
		});
		$effect(() => {
			p.extras.compare = compareToLink(t.compare.ref);
		});
	});
}
