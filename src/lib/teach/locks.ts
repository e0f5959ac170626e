// Classroom locks: which control groups a classroom link takes away from students, their URL text, and the CSS
// that hides or locks them. Decoupled from the cells: a cell marks each control group with
// `data-control="<id>"` (several ids may share one element, space-separated), and the page adds the CSS below.
import type { Checked, Issue } from '$lib/arch/issues';
import { error, warning } from '$lib/arch/issues';

/** Whole control groups, in the order the classroom panel lists them. */
export const CONTROL_GROUP_IDS = [
	'mnasnet-preset',
	'mnasnet-globals',
	'mnasnet-table',
	'mnasnet-diagram-edit',
	'nasfpn-controls',
	'nasfpn-edit',
	'nasfpn-steps',
	'latency',
	'exports'
] as const;

/** Single columns of the block table; they only matter while the table itself stays open. */
export const MNAS_COLUMN_IDS = [
	'mnasnet-col-op',
	'mnasnet-col-t',
	'mnasnet-col-c',
	'mnasnet-col-n',
	'mnasnet-col-s',
	'mnasnet-col-k',
	'mnasnet-col-se',
	'mnasnet-col-skip'
] as const;

export type ControlGroupId = (typeof CONTROL_GROUP_IDS)[number];
export type MnasColumnId = (typeof MNAS_COLUMN_IDS)[number];
export type ControlId = ControlGroupId | MnasColumnId;

export const CONTROL_IDS: readonly ControlId[] = [...CONTROL_GROUP_IDS, ...MNAS_COLUMN_IDS];

export function isControlId(v: unknown): v is ControlId {
	return typeof v === 'string' && (CONTROL_IDS as readonly string[]).includes(v);
}

/**
 * How a locked control is taken away. `hide`: not displayed at all. `lock`: still shown (students read the block
 * table's numbers) but greyed and inert, so neither mouse nor keyboard can change it.
 */
export type LockMode = 'hide' | 'lock';

export function lockMode(id: ControlId): LockMode {
	return id === 'mnasnet-table' || id.startsWith('mnasnet-col-') ? 'lock' : 'hide';
}

/** Locks from the ticks of the classroom panel: everything the teacher did not allow. Columns are only listed
 * while the table itself is allowed (a locked table locks every column anyway). */
export function locksFromAllowed(allowed: ReadonlySet<ControlId>): Set<ControlId> {
	const locks = new Set<ControlId>();
	for (const id of CONTROL_GROUP_IDS) if (!allowed.has(id)) locks.add(id);
	if (allowed.has('mnasnet-table')) for (const id of MNAS_COLUMN_IDS) if (!allowed.has(id)) locks.add(id);
	return locks;
}

// '.' is unreserved in URLs, so the list needs no escaping: lock=mnasnet-globals.nasfpn-edit
const SEPARATOR = '.';
const MAX_TEXT = 1000;

/** URL text of a lock set: known ids in panel order, '.'-joined; '' for no locks. */
export function encodeLocks(locks: Iterable<string>): string {
	const set = new Set(locks);
	return CONTROL_IDS.filter((id) => set.has(id)).join(SEPARATOR);
}

/**
 * Parse the `lock` field of a link. Unknown ids (a newer link, a typo) are dropped with a warning; text that is not a
 * list of ids at all is rejected, so a mangled link shows every control rather than a random subset.
 */
export function decodeLocks(text: string): Checked<Set<ControlId>> {
	const trimmed = text.trim();
	if (trimmed.length > MAX_TEXT) return { ok: false, issues: [error('lock', `the lock list is too long (${trimmed.length} characters)`)] };
	if (!/^[a-z0-9.,-]*$/i.test(trimmed))
		return { ok: false, issues: [error('lock', 'the lock list may only hold control ids separated by "."')] };
	const locks = new Set<ControlId>();
	const warnings: Issue[] = [];
	// ',' is accepted too: hand-written links often use it
	for (const part of trimmed.toLowerCase().split(/[.,]/)) {
		if (part === '') continue;
		if (isControlId(part)) locks.add(part);
		else warnings.push(warning('lock', `unknown control "${part.slice(0, 40)}" ignored`));
	}
	return { ok: true, value: locks, warnings };
}

/** The lock list of a link that stores it as a list of ids (the notebook's URL codec): unknown entries are dropped
 * with a warning each; more than 64 entries is not a lock list. */
export function decodeLockIds(ids: readonly unknown[]): Checked<Set<ControlId>> {
	if (ids.length > 64) return { ok: false, issues: [error('lock', `the lock list has ${ids.length} entries`)] };
	const locks = new Set<ControlId>();
	const warnings: Issue[] = [];
	for (const id of ids) {
		if (isControlId(id)) locks.add(id);
		else warnings.push(warning('lock', `unknown control "${String(id).slice(0, 40)}" ignored`));
	}
	return { ok: true, value: locks, warnings };
}

/** An attribute selector for one id; ids are from CONTROL_IDS (letters, digits, '-'), so no escaping is needed. */
function selector(attr: string, id: string): string {
	return `[${attr}~="${id}"]`;
}

/** CSS that hides (display: none) or locks (greyed, no pointer) every locked group. Unknown ids are ignored. */
export function classroomStyle(locks: Iterable<string>): string {
	const hide: string[] = [];
	const lock: string[] = [];
	for (const id of new Set(locks)) {
		if (!isControlId(id)) continue;
		(lockMode(id) === 'hide' ? hide : lock).push(selector('data-control', id));
	}
	const rules: string[] = [];
	if (hide.length) rules.push(`${hide.join(', ')} { display: none !important; }`);
	if (lock.length)
		rules.push(`${lock.join(', ')} { pointer-events: none !important; opacity: 0.6; filter: grayscale(0.6); }`);
	return rules.join('\n');
}

/** Selector of every element that a locked (`lock` mode) id covers; the page makes those elements `inert`. */
export function lockedSelector(locks: Iterable<string>): string {
	return [...new Set(locks)]
		.filter((id): id is ControlId => isControlId(id) && lockMode(id) === 'lock')
		.map((id) => selector('data-control', id))
		.join(', ');
}

/** CSS outlining the tour's current target: elements with a matching `data-tour-target` or `data-control`. */
export function tourHighlightStyle(target: string | null): string {
	if (!target || !/^[a-z0-9-]+$/.test(target)) return '';
	return (
		`${selector('data-tour-target', target)}, ${selector('data-control', target)} ` +
		// drawn inside the element: cells often clip overflow, which would cut an outer outline
		'{ outline: 3px solid var(--tour-outline, #f59e0b) !important; outline-offset: -1px; border-radius: 4px; ' +
		'background-color: rgb(245 158 11 / 0.08); }'
	);
}
