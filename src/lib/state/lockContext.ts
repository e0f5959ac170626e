// How components learn which controls a classroom link locked: the page provides its ClassroomState through
// Svelte context, and a control asks `useLocks().locked(id)` to render itself disabled. Without a provider (a
// development route, a component test) nothing is locked.
import { getContext, setContext } from 'svelte';
import type { ControlId } from '$lib/teach/locks';

export interface LockView {
	locked(id: ControlId): boolean;
	/** whether the page is in classroom mode at all (help texts change) */
	readonly active: boolean;
}

const KEY = Symbol('classroom-locks');
const NONE: LockView = { locked: () => false, active: false };

/** Call during the page's initialisation. */
export function provideLocks(view: LockView): void {
	setContext(KEY, view);
}

/** Call during a component's initialisation; read `locked(id)` in the markup or a $derived so it stays live. */
export function useLocks(): LockView {
	return getContext<LockView | undefined>(KEY) ?? NONE;
}
