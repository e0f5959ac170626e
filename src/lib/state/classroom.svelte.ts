// Classroom mode: the locks a classroom link carries (the controls students may not touch), the teacher's draft of
// them in the classroom panel, and the CSS that applies them. The cells know nothing about it: they mark control
// groups with `data-control="<id>"` and this state hides or locks whatever carries a locked id.
import type { Checked, Issue } from '$lib/arch/issues';
import {
	CONTROL_IDS,
	classroomStyle,
	decodeLockIds,
	decodeLocks,
	encodeLocks,
	isControlId,
	lockMode,
	lockedSelector,
	locksFromAllowed,
	type ControlId
} from '$lib/teach/locks';

export class ClassroomState {
	/** the controls taken away from students (empty: classroom mode is off) */
	locks = $state.raw<ReadonlySet<ControlId>>(new Set());
	/** opened by the teacher (a `teacher` link or a preview): the banner offers a way out */
	teacher = $state(false);
	/** problems with the `lock` text of the link, shown at the banner */
	problems = $state.raw<Issue[]>([]);
	active = $derived(this.locks.size > 0);
	/** CSS hiding or greying every locked group (only known ids reach it) */
	css = $derived(classroomStyle(this.locks));
	/** elements to make `inert` (locked but still shown) */
	inertSelector = $derived(lockedSelector(this.locks));
	/** the `lock` field of a link */
	lockText = $derived(encodeLocks(this.locks));

	/** the teacher's ticks in the classroom panel: what students MAY touch (all by default) */
	allowed = $state.raw<ReadonlySet<ControlId>>(new Set(CONTROL_IDS));
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
	}

	/** Try the draft locks on this page, as the teacher (who can exit again). */
	preview(): void {
		this.setLocks(this.draftLocks, { teacher: true });
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
