// Classroom locks: which controls a classroom link takes away from students, their URL text, the CSS for the few
// that are hidden or made inert by markup, and which controls a change of the network touches (so the notebook can
// refuse a change that would edit a locked control, whatever path it came through).
import type { MnasnetSpec, MnasPresetId } from '$lib/arch/mnasnet/spec';
import type { NasfpnSpec, FpnPresetId } from '$lib/arch/nasfpn/spec';
import type { Checked, Issue } from '$lib/arch/issues';
import { error, warning } from '$lib/arch/issues';

/** Every lockable control, in the order the classroom dialog lists them. */
export const CONTROL_IDS = [
	'mnasnet-preset',
	'mnasnet-width',
	'mnasnet-resolution',
	'mnasnet-convention',
	'mnasnet-col-op',
	'mnasnet-col-t',
	'mnasnet-col-c',
	'mnasnet-col-n',
	'mnasnet-col-s',
	'mnasnet-col-k',
	'mnasnet-col-se',
	'mnasnet-col-skip',
	'mnasnet-blocks',
	'nasfpn-channels',
	'nasfpn-image-size',
	'nasfpn-repeats',
	'nasfpn-separable',
	'nasfpn-backbone',
	'nasfpn-edit',
	'nasfpn-steps',
	'spec-upload',
	'block-specs',
	'latency',
	'exports'
] as const;

export type ControlId = (typeof CONTROL_IDS)[number];

/** Single columns of the block table. */
const MNAS_COLUMN_IDS = [
	'mnasnet-col-op',
	'mnasnet-col-t',
	'mnasnet-col-c',
	'mnasnet-col-n',
	'mnasnet-col-s',
	'mnasnet-col-k',
	'mnasnet-col-se',
	'mnasnet-col-skip'
] as const satisfies readonly ControlId[];

/** Shortcuts of the classroom dialog: one tick for a whole group of controls. Old links may name them too. */
export const CONTROL_GROUPS = {
	'mnasnet-settings': ['mnasnet-preset', 'mnasnet-width', 'mnasnet-resolution', 'mnasnet-convention'],
	'mnasnet-table': [...MNAS_COLUMN_IDS, 'mnasnet-blocks'],
	'nasfpn-controls': ['nasfpn-channels', 'nasfpn-image-size', 'nasfpn-repeats', 'nasfpn-separable', 'nasfpn-backbone'],
	'nasfpn-graph': ['nasfpn-edit', 'nasfpn-steps'],
	files: ['spec-upload', 'block-specs', 'latency', 'exports']
} as const satisfies Record<string, readonly ControlId[]>;
export type ControlGroupId = keyof typeof CONTROL_GROUPS;
export const CONTROL_GROUP_IDS = Object.keys(CONTROL_GROUPS) as ControlGroupId[];

/** Ids that older classroom links used for a whole group, read as the controls they covered. */
const LEGACY_GROUPS: Record<string, readonly ControlId[]> = {
	'mnasnet-globals': ['mnasnet-width', 'mnasnet-resolution', 'mnasnet-convention'],
	'mnasnet-diagram-edit': ['mnasnet-blocks', 'mnasnet-col-k', 'mnasnet-col-se', 'mnasnet-col-n', 'mnasnet-col-c']
};

export function isControlId(v: unknown): v is ControlId {
	return typeof v === 'string' && (CONTROL_IDS as readonly string[]).includes(v);
}

/** The controls an id of a link stands for: itself, or the members of a group; [] for an unknown id. */
export function expandLockId(id: string): readonly ControlId[] {
	if (isControlId(id)) return [id];
	if (Object.hasOwn(CONTROL_GROUPS, id)) return CONTROL_GROUPS[id as ControlGroupId];
	return LEGACY_GROUPS[id] ?? [];
}

/** The controls that edit the block list in any way (the block strings text box needs all of them). */
export const MNAS_BLOCK_CONTROLS: readonly ControlId[] = CONTROL_GROUPS['mnasnet-table'];

/**
 * How a locked control is taken away. `disable`: the component renders it disabled (it asks `locked(id)`).
 * `inert`: still shown, but greyed and `inert` through its `data-control` mark (cells that do not ask).
 * `hide`: not displayed at all (the latency runs: a run edits nothing, a locked run is just not offered).
 */
export type LockMode = 'disable' | 'inert' | 'hide';

export function lockMode(id: ControlId): LockMode {
	if (id === 'latency') return 'hide';
	if (id === 'nasfpn-edit' || id === 'nasfpn-steps') return 'inert';
	return 'disable';
}

/** Locks from the ticks of the classroom dialog: every control the teacher did not allow. */
export function locksFromAllowed(allowed: ReadonlySet<ControlId>): Set<ControlId> {
	return new Set(CONTROL_IDS.filter((id) => !allowed.has(id)));
}

// '.' is unreserved in URLs, so the list needs no escaping: lock=mnasnet-width.nasfpn-edit
const SEPARATOR = '.';
const MAX_TEXT = 1000;

/** URL text of a lock set: known ids in dialog order, '.'-joined; '' for no locks. */
export function encodeLocks(locks: Iterable<string>): string {
	const set = new Set(locks);
	return CONTROL_IDS.filter((id) => set.has(id)).join(SEPARATOR);
}

function collect(parts: Iterable<unknown>): { locks: Set<ControlId>; warnings: Issue[] } {
	const locks = new Set<ControlId>();
	const warnings: Issue[] = [];
	for (const part of parts) {
		if (part === '') continue;
		const ids = typeof part === 'string' ? expandLockId(part) : [];
		if (ids.length === 0) warnings.push(warning('lock', `unknown control "${String(part).slice(0, 40)}" ignored`));
		for (const id of ids) locks.add(id);
	}
	return { locks, warnings };
}

/**
 * Parse the `lock` field of a link. Unknown ids (a newer link, a typo) are dropped with a warning; text that is not a
 * list of ids at all is rejected, so a mangled link shows every control rather than a random subset.
 */
export function decodeLocks(text: string): Checked<Set<ControlId>> {
	const trimmed = text.trim();
	if (trimmed.length > MAX_TEXT)
		return { ok: false, issues: [error('lock', `the lock list is too long (${trimmed.length} characters)`)] };
	if (!/^[a-z0-9.,-]*$/i.test(trimmed))
		return { ok: false, issues: [error('lock', 'the lock list may only hold control ids separated by "."')] };
	// ',' is accepted too: hand-written links often use it
	const { locks, warnings } = collect(trimmed.toLowerCase().split(/[.,]/));
	return { ok: true, value: locks, warnings };
}

/** The lock list of a link that stores it as a list of ids (the notebook's URL codec): unknown entries are dropped
 * with a warning each; more than 64 entries is not a lock list. */
export function decodeLockIds(ids: readonly unknown[]): Checked<Set<ControlId>> {
	if (ids.length > 64) return { ok: false, issues: [error('lock', `the lock list has ${ids.length} entries`)] };
	const { locks, warnings } = collect(ids);
	return { ok: true, value: locks, warnings };
}

/** An attribute selector for one id; ids are from CONTROL_IDS (letters, digits, '-'), so no escaping is needed. */
function selector(attr: string, id: string): string {
	return `[${attr}~="${id}"]`;
}

/** CSS that hides (`hide`) or greys (`inert`) the locked controls marked by `data-control`. Unknown ids are ignored. */
export function classroomStyle(locks: Iterable<string>): string {
	const hide: string[] = [];
	const grey: string[] = [];
	for (const id of new Set(locks)) {
		if (!isControlId(id)) continue;
		const mode = lockMode(id);
		if (mode === 'hide') hide.push(selector('data-control', id));
		else if (mode === 'inert') grey.push(selector('data-control', id));
	}
	const rules: string[] = [];
	if (hide.length) rules.push(`${hide.join(', ')} { display: none !important; }`);
	if (grey.length) rules.push(`${grey.join(', ')} { opacity: 0.6; filter: grayscale(0.6); }`);
	return rules.join('\n');
}

/** Selector of every element an `inert`-mode lock covers; the page makes those elements `inert`. */
export function lockedSelector(locks: Iterable<string>): string {
	return [...new Set(locks)]
		.filter((id): id is ControlId => isControlId(id) && lockMode(id) === 'inert')
		.map((id) => selector('data-control', id))
		.join(', ');
}

/** What a lock guards: the two networks and the presets they came from (the notebook's snapshot). */
export interface LockedNetworks {
	mnas: MnasnetSpec;
	mnasPresetId: MnasPresetId;
	fpn: NasfpnSpec;
	fpnStep: FpnPresetId;
}

const COLUMN_OF: Record<string, ControlId> = {
	op: 'mnasnet-col-op',
	t: 'mnasnet-col-t',
	c: 'mnasnet-col-c',
	n: 'mnasnet-col-n',
	s: 'mnasnet-col-s',
	k: 'mnasnet-col-k',
	se: 'mnasnet-col-se',
	skip: 'mnasnet-col-skip'
};

function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The controls a change from `before` to `after` edits. A preset or step change is one edit of that control (the
 * network it loads comes with it); a different number of blocks is an edit of the block list; otherwise each
 * changed field of a block counts for its column.
 */
export function changedControls(before: LockedNetworks, after: LockedNetworks): Set<ControlId> {
	const out = new Set<ControlId>();
	const a = before.mnas;
	const b = after.mnas;
	if (before.mnasPresetId !== after.mnasPresetId) out.add('mnasnet-preset');
	else if (a !== b) {
		if (a.widthMult !== b.widthMult) out.add('mnasnet-width');
		if (a.resolution !== b.resolution) out.add('mnasnet-resolution');
		if (a.convention !== b.convention) out.add('mnasnet-convention');
		if (a.stem !== b.stem || a.head !== b.head || a.numClasses !== b.numClasses || a.blocks.length !== b.blocks.length)
			out.add('mnasnet-blocks');
		else
			a.blocks.forEach((block, i) => {
				const other = b.blocks[i];
				for (const field of Object.keys(COLUMN_OF))
					if (
						(block as unknown as Record<string, unknown>)[field] !==
						(other as unknown as Record<string, unknown>)[field]
					)
						out.add(COLUMN_OF[field]);
			});
	}
	const f = before.fpn;
	const g = after.fpn;
	if (f !== g) {
		if (f.channels !== g.channels) out.add('nasfpn-channels');
		if (f.imageSize !== g.imageSize) out.add('nasfpn-image-size');
		if (f.repeats !== g.repeats) out.add('nasfpn-repeats');
		if (f.separable !== g.separable) out.add('nasfpn-separable');
		if (!sameJson(f.backboneChannels ?? null, g.backboneChannels ?? null)) out.add('nasfpn-backbone');
	}
	if (before.fpnStep !== after.fpnStep) out.add('nasfpn-steps');
	else if (f !== g && (f.minLevel !== g.minLevel || f.maxLevel !== g.maxLevel || !sameJson(f.cells, g.cells)))
		out.add('nasfpn-edit');
	return out;
}

/** CSS outlining the tour's current target: elements with a matching `data-tour-target` or `data-control`. */
export function tourHighlightStyle(target: string | null): string {
	if (!target || !/^[a-z0-9-]+$/.test(target)) return '';
	return (
		`${selector('data-tour-target', target)}, ${selector('data-control', target)} ` +
		// drawn inside the element: cells often clip overflow, which would cut an outer outline
		'{ outline: 3px solid var(--highlight) !important; outline-offset: -1px; border-radius: 4px; ' +
		'background-color: color-mix(in srgb, var(--highlight) 8%, transparent); }'
	);
}
