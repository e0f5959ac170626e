// Classroom mode: the locks a classroom link carries (the controls students may not touch), the network the link
// opened with (the teacher's), the teacher's draft of the locks in the classroom dialog, and the guard that keeps
// the notebook from changing a locked control. Components ask `locked(id)` to render a control disabled; a few
// cells are marked with `data-control="<id>"` instead and get CSS plus `inert` from here.
import type { Checked, Issue } from '$lib/arch/issues';
import { error } from '$lib/arch/issues';
import { fill, i18n } from '$lib/i18n/i18n.svelte';
import { lockMessages } from '$lib/i18n/messages/locks';
import {
	CONTROL_IDS,
	changedControls,
	classroomStyle,
	decodeLockIds,
	decodeLocks,
	encodeLocks,
	isControlId,
	lockMode,
	lockedSelector,
	locksFromAllowed,
	type ControlId,
	type LockedNetworks
} from '$lib/teach/locks';

export class ClassroomState {
	/** the controls taken away from students (empty: classroom mode is off) */
	locks = $state.raw<ReadonlySet<ControlId>>(new Set());
	/** opened by the teacher (a `teacher` link or a preview): the banner offers a way out */
	teacher = $state(false);
	/** problems with the `lock` text of the link, shown at the banner */
	problems = $state.raw<readonly Issue[]>([]);
	active = $derived(this.locks.size > 0);
	/** CSS hiding or greying every locked group (only known ids reach it) */
	css = $derived(classroomStyle(this.locks));
	/** elements to make `inert` (locked but still shown) */
	inertSelector = $derived(lockedSelector(this.locks));
	/** the `lock` field of a link */
	lockText = $derived(encodeLocks(this.locks));

	/** the teacher's ticks in the classroom panel: what students MAY touch (all by default) */
	allowed = $state.raw<ReadonlySet<ControlId>>(new Set(CONTROL_IDS));
	/** the network the classroom link opened with (the header's reset goes back to it); null outside classroom mode */
	teacherNetwork = $state.raw<LockedNetworks | null>(null);

	/** the locks a link made from the ticks would carry */
	draftLocks = $derived(locksFromAllowed(this.allowed));
	draftLockText = $derived(encodeLocks(this.draftLocks));

	/** Whether students cannot see `id` at all (components may skip rendering it). */
	hidden(id: string): boolean {
		return isControlId(id) && this.locks.has(id) && lockMode(id) === 'hide';
	}

	/** Whether `id` is taken away, hidden or shown locked. */
	locked(id: string): boolean {
		return isControlId(id) && this.locks.has(id);
	}

	/** Why a change of the networks from `before` to `after` may not happen: one problem per locked control it
	 * edits, in the page's language ([] when it may). The notebook's guard. */
	refusals(before: LockedNetworks, after: LockedNetworks): Issue[] {
		if (this.locks.size === 0) return [];
		const m = lockMessages[i18n.lang];
		return [...changedControls(before, after)]
			.filter((id) => this.locks.has(id))
			.map((id) => error(id, fill(m.lockedControl, { name: m[`control.${id}`] })));
	}

	/** Remember the network the link opened with (call after the link's network is on screen). */
	setTeacherNetwork(network: LockedNetworks | null): void {
		this.teacherNetwork = network;
	}

	setLocks(locks: Iterable<string>, options: { teacher?: boolean } = {}): void {
		this.locks = new Set([...locks].filter(isControlId));
		if (options.teacher !== undefined) this.teacher = options.teacher;
		this.problems = [];
	}

	/** Apply the `lock` field of a link. A field that cannot be read shows everything and keeps the problem. */
	load(text: string | null, options: { teacher?: boolean } = {}): void {
		if (options.teacher !== undefined) this.teacher = options.teacher;
		if (text === null) {
			this.locks = new Set();
			this.problems = [];
			return;
		}
		this.#apply(decodeLocks(text));
	}

	/** Apply a link's lock list given as ids (the notebook link stores a list); unknown ids are dropped with a warning. */
	loadIds(ids: readonly string[] | null, options: { teacher?: boolean } = {}): void {
		if (ids === null) return this.load(null, options);
		if (options.teacher !== undefined) this.teacher = options.teacher;
		this.#apply(decodeLockIds(ids));
	}

	#apply(checked: Checked<Set<ControlId>>): void {
		this.locks = checked.ok ? checked.value : new Set();
		this.problems = checked.ok ? checked.warnings : checked.issues;
	}

	/** Leave classroom mode (the teacher's exit, or the end of a preview). */
	exit(): void {
		this.locks = new Set();
		this.problems = [];
		this.teacherNetwork = null;
	}

	/** Try the draft locks on this page, as the teacher (who can exit again); `network` is what a student's reset
	 * goes back to. */
	preview(network: LockedNetworks | null = null): void {
		this.setLocks(this.draftLocks, { teacher: true });
		this.teacherNetwork = network;
	}

	/** Tick or untick every control of a group at once (a shortcut of the dialog). */
	setAllowedMany(ids: readonly ControlId[], allowed: boolean): void {
		const next = new Set(this.allowed);
		for (const id of ids) {
			if (allowed) next.add(id);
			else next.delete(id);
		}
		this.allowed = next;
	}

	isAllowed(id: ControlId): boolean {
		return this.allowed.has(id);
	}

	setAllowed(id: ControlId, allowed: boolean): void {
		const next = new Set(this.allowed);
		if (allowed) next.add(id);
		else next.delete(id);
		this.allowed = next;
	}

	allowAll(): void {
		this.allowed = new Set(CONTROL_IDS);
	}

	allowNone(): void {
		this.allowed = new Set();
	}
}
