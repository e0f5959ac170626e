// The notebook's URL format: the whole state in the fragment, so any view is a link.
//
//   https://…/#v1=<payload>
//
// `v1` is the format version; <payload> is base64url (RFC 4648 §5, no padding) of UTF-8 JSON, one object whose every
// field is optional (absent = the default), written in this key order:
//
//   m     MnasNet, as a diff against its preset:
//           p   preset id ('lecture' when absent): lecture | mnasnet-b1 | mnasnet-a1 | mnasnet-small | mnasnet-d1
//           cv  convention ('lecture' | 'tf'),  w  widthMult,  r  resolution,  nc  numClasses,  st  stem,  hd  head
//               (each only when it differs from the preset)
//           b   the whole block list, only when any block differs from the preset's:
//               rows [op, t, c, n, s, k, se, skip] with op 'c' conv | 's' sepconv | 'm' mbconv, skip 1 identity | 0 none
//   f     NAS-FPN, as a diff against the preset of its (a)–(f) step:
//           s   step 'a'…'f' ('f' when absent)
//           lo  minLevel,  hi  maxLevel,  c  channels,  i  imageSize,  r  repeats,  sp  separable (1/0)
//           bb  backbone widths {"3":512,…}, or 0 for no input stage (only when it differs from the preset's R-50)
//           x   the whole cell list, only when any cell differs from the step's:
//               rows [level, op, input0, input1, output] with op 0 sum | 1 gp, output 1/0
//   sb    selected MnasNet block (0-based)          sc    selected NAS-FPN cell (0-based)
//   lang  'en' | 'ko'
//   lock  classroom link: ids of the controls to hide or lock, e.g. ["mnas.blocks", "fpn.edit"]
//   tour  guided-tour step to open at (0-based)
//   cmp   compare two networks: [ref, ref], each "m" (the MnasNet being edited), "f" (the NAS-FPN being edited),
//         {"m": <m object>} or {"f": <f object>} (a network carried in the link, same diff form as above). An object
//         with only its preset id / step ({"m":{"p":"mnasnet-a1"}}, {"f":{"s":"c"}}, {"m":{}}) is that preset as shipped;
//         with anything more it is an edited network, shown exactly as carried (an edited side that equals its preset
//         is written with its rows, so it still reads as edited). "m"/"f" track the live network, which the same link
//         carries in `m`/`f`, so the receiver sees what the sender saw and the side keeps following edits.
//   ans   the student's exercise answers: {"<exercise id>": {"a": answer, "c": true | checked answer}}
//         (layout and limits in answers.ts; absent when nothing is answered)
//
// Examples: the defaults are `#v1=e30` ("{}"); lecture at width 1.25 is {"m":{"w":1.25}} → `#v1=eyJtIjp7InciOjEuMjV9fQ`.
// Decoding never throws and never trusts the link: it checks length, base64url, UTF-8 and JSON, rejects unknown
// fields, rebuilds each spec from its preset and validates it with validateMnasnet / validateNasfpn, and lists every
// problem with the field it came from (`mnasnet.blocks[2].k`). A link from a newer format (`#v2=…`) says so.
// One exception: a compare side that cannot be read does not reject the link. It falls back to the preset it names
// (or its kind's default) and carries its problems in `problems` (and in the warnings), for the Compare cell to show.
// Likewise a bad `ans` is left out, its problems in `answersDropped` (and the warnings), for the exercises cell.
import { error, warning, type Checked, type Issue } from '../issues';
import { kindOfCode, NETWORK_KIND_CODES, type NetworkKind } from '../kinds';
import { FAMILIES } from '../families';
import { isMnasPresetId, mnasPreset } from '../mnasnet';
import { fpnPreset, isFpnPresetId } from '../nasfpn';
import { decodeBase64url, encodeBase64url } from './base64url';
import { decodeAnswers, encodeAnswers } from './answers';
import { LINK_LIMITS, LOCK_ID_PATTERN, type CompareRef, type NotebookDoc } from './doc';
import { decodeMnasnet, encodeMnasnet } from './mnasnetDiff';
import { decodeNasfpn, encodeNasfpn } from './nasfpnDiff';
import { isPlainObject, own, show, unknownKeys, type Json } from './read';

export const LINK_VERSION = 1;
const TOP_KEYS = ['m', 'f', 'sb', 'sc', 'lang', 'lock', 'tour', 'cmp', 'ans'];

/** Whether a side's network object carries more than its preset id / step, i.e. is an edited network. */
const carriesEdit = (net: unknown, idKey: string): boolean =>
	isPlainObject(net) && Object.keys(net).some((k) => k !== idKey);

/** An edited side that equals its preset is written with its rows, so that it still reads back as edited. */
function encodeRef(ref: CompareRef): Json {
	if (ref.kind === 'current') return NETWORK_KIND_CODES[ref.net];
	if (ref.kind === 'mnasnet') {
		const m = encodeMnasnet(ref.spec, ref.presetId);
		return { m: ref.edited && !carriesEdit(m, 'p') ? encodeMnasnet(ref.spec, ref.presetId, true) : m };
	}
	const f = encodeNasfpn(ref.spec, ref.step);
	return { f: ref.edited && !carriesEdit(f, 's') ? encodeNasfpn(ref.spec, ref.step, true) : f };
}

/** The fragment for `doc`, without the leading '#': `v1=<payload>`. */
export function encodeNotebook(doc: NotebookDoc): string {
	const out: Record<string, Json> = {};
	const m = encodeMnasnet(doc.mnas, doc.mnasPresetId);
	if (Object.keys(m).length > 0) out.m = m;
	const f = encodeNasfpn(doc.fpn, doc.fpnStep);
	if (Object.keys(f).length > 0) out.f = f;
	if (doc.selectedBlock !== undefined && doc.selectedBlock !== null) out.sb = doc.selectedBlock;
	if (doc.selectedCell !== undefined && doc.selectedCell !== null) out.sc = doc.selectedCell;
	if (doc.lang) out.lang = doc.lang;
	if (doc.lock && doc.lock.length > 0) out.lock = [...doc.lock];
	if (doc.tour !== undefined) out.tour = doc.tour;
	if (doc.compare) out.cmp = [encodeRef(doc.compare[0]), encodeRef(doc.compare[1])];
	const ans = encodeAnswers(doc.answers);
	if (ans !== undefined) out.ans = ans;
	return `v${LINK_VERSION}=${encodeBase64url(JSON.stringify(out))}`;
}

const fail = (path: string, message: string): { ok: false; issues: Issue[] } => ({
	ok: false,
	issues: [error(path, message)]
});

/** What the fragment holds before any decoding: nothing of ours, a versioned payload, or something else. */
export type FragmentKind =
	| { kind: 'empty' }
	| { kind: 'anchor'; id: string }
	| { kind: 'state'; version: number; payload: string }
	| { kind: 'other' };

/** Classify a fragment (with or without its '#'). Plain section anchors (`#sources`) are not state. */
export function classifyFragment(fragment: string): FragmentKind {
	const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	if (f.trim() === '') return { kind: 'empty' };
	const m = /^v(\d{1,6})=([\s\S]*)$/.exec(f);
	if (m) return { kind: 'state', version: Number(m[1]), payload: m[2] };
	if (/^[A-Za-z][\w-]{0,63}$/.test(f)) return { kind: 'anchor', id: f };
	return { kind: 'other' };
}

function isIndex(v: unknown): v is number {
	return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function decodeSelection(v: unknown, path: string, count: number, what: string, issues: Issue[]): number | null {
	if (v === undefined) return null;
	if (!isIndex(v) || v >= count) {
		issues.push(error(path, `must be a ${what} index from 0 to ${count - 1}, not ${show(v)}.`));
		return null;
	}
	return v;
}

function decodeLock(v: unknown, issues: Issue[]): string[] | undefined {
	if (v === undefined) return undefined;
	if (!Array.isArray(v)) {
		issues.push(error('link.lock', `must be a list of control ids, not ${show(v)}.`));
		return undefined;
	}
	if (v.length > LINK_LIMITS.lockEntries) {
		issues.push(error('link.lock', `has ${v.length} entries; at most ${LINK_LIMITS.lockEntries} are allowed.`));
		return undefined;
	}
	const out: string[] = [];
	v.forEach((id, i) => {
		if (typeof id !== 'string' || id.length > LINK_LIMITS.lockIdChars || !LOCK_ID_PATTERN.test(id)) {
			issues.push(error(`link.lock[${i}]`, `${show(id)} is not a control id (letters, digits and . _ : - only).`));
		} else if (!out.includes(id)) out.push(id);
	});
	return out;
}

type Net = NetworkKind;
/** A compare side as read: the side, or why it cannot be read (and its kind, when the link says which). */
type SideRead = { ref: CompareRef } | { net: Net | null; problems: Issue[] };

function readSide(v: unknown, path: string, warnings: Issue[]): SideRead {
	const current = kindOfCode(v);
	if (current) return { ref: { kind: 'current', net: current } };
	if (isPlainObject(v) && Object.keys(v).length === 1) {
		if (Object.hasOwn(v, 'm')) {
			const r = decodeMnasnet(v.m, `${path}.mnasnet`);
			if (!r.ok) return { net: 'mnasnet', problems: r.issues };
			warnings.push(...r.warnings);
			const ref: CompareRef = { kind: 'mnasnet', presetId: r.value.presetId, spec: r.value.spec };
			return { ref: carriesEdit(v.m, 'p') ? { ...ref, edited: true } : ref };
		}
		if (Object.hasOwn(v, 'f')) {
			const r = decodeNasfpn(v.f, `${path}.nasfpn`);
			if (!r.ok) return { net: 'nasfpn', problems: r.issues };
			warnings.push(...r.warnings);
			const ref: CompareRef = { kind: 'nasfpn', step: r.value.step, spec: r.value.spec };
			return { ref: carriesEdit(v.f, 's') ? { ...ref, edited: true } : ref };
		}
	}
	return { net: null, problems: [error(path, `must be "m", "f", {"m": …} or {"f": …}, not ${show(v)}.`)] };
}

const netOf = (r: SideRead): Net | null => ('ref' in r ? (r.ref.kind === 'current' ? r.ref.net : r.ref.kind) : r.net);

/**
 * The side shown in place of an unreadable one: the preset or step it names when that id is readable, else its
 * kind's default (lecture, step (f): what a link without `p` / `s` means). `v` is the link's raw side.
 */
function fallbackSide(v: unknown, net: Net, problems: Issue[]): CompareRef {
	const body = isPlainObject(v) ? own(v, NETWORK_KIND_CODES[net]) : undefined;
	if (net === 'mnasnet') {
		const p = isPlainObject(body) ? own(body, 'p') : undefined;
		const presetId = isMnasPresetId(p) ? p : FAMILIES.mnasnet.defaultPreset;
		return { kind: 'mnasnet', presetId, spec: mnasPreset(presetId), problems };
	}
	const s = isPlainObject(body) ? own(body, 's') : undefined;
	const step = isFpnPresetId(s) ? s : FAMILIES.nasfpn.defaultPreset;
	return { kind: 'nasfpn', step, spec: fpnPreset(step), problems };
}

/** The two sides of `cmp`; an unreadable side falls back (to the other side's kind when its own is unknown). */
function decodePair(cmp: readonly unknown[], warnings: Issue[]): [CompareRef, CompareRef] {
	const reads = [0, 1].map((i) => readSide(cmp[i], `link.compare[${i}]`, warnings));
	const pairNet = netOf(reads[0]) ?? netOf(reads[1]) ?? 'mnasnet';
	const [a, b] = reads.map((r, i) => {
		if ('ref' in r) return r.ref;
		warnings.push(...r.problems.map((p) => warning(p.path, p.message)));
		return fallbackSide(cmp[i], r.net ?? pairNet, r.problems);
	});
	return [a, b];
}

/**
 * Read a fragment (`v1=…`, with or without '#'). Every problem is listed; nothing throws. An empty fragment or a
 * plain section anchor is not a state: use classifyFragment first when that case needs telling apart.
 */
export function decodeNotebook(fragment: string): Checked<NotebookDoc> {
	try {
		return decodeUnsafe(fragment);
	} catch {
		// Not reachable with JSON input (the readers above do not throw); kept so a bug can never break the page.
		return fail('link', 'could not be read.');
	}
}

function decodeUnsafe(fragment: string): Checked<NotebookDoc> {
	if (typeof fragment !== 'string') return fail('link', 'is not text.');
	if (fragment.length > LINK_LIMITS.maxChars) {
		return fail('link', `is ${fragment.length} characters long; a notebook link has at most ${LINK_LIMITS.maxChars}.`);
	}
	const kind = classifyFragment(fragment.trim());
	if (kind.kind !== 'state') return fail('link', 'does not hold a notebook state (it should start with #v1=).');
	if (kind.version !== LINK_VERSION) {
		return kind.version > LINK_VERSION
			? fail(
					'link',
					`was made by a newer version of nas-notebook (format v${kind.version}); this page reads v${LINK_VERSION} links. Open it with the newer page.`
				)
			: fail('link', `uses format v${kind.version}, which this page does not read (it reads v${LINK_VERSION}).`);
	}
	const text = decodeBase64url(kind.payload);
	if (!text.ok) return fail('link', `could not be decoded: ${text.reason}.`);
	let json: unknown;
	try {
		json = JSON.parse(text.text);
	} catch {
		return fail('link', 'is damaged: its data is not valid JSON (was it cut off when copied?).');
	}
	if (!isPlainObject(json)) return fail('link', `must hold an object, not ${show(json)}.`);

	const issues: Issue[] = unknownKeys(json, TOP_KEYS, 'link');
	const warnings: Issue[] = [];
	const m = decodeMnasnet(own(json, 'm'), 'mnasnet');
	const f = decodeNasfpn(own(json, 'f'), 'nasfpn');
	if (!m.ok) issues.push(...m.issues);
	else warnings.push(...m.warnings);
	if (!f.ok) issues.push(...f.issues);
	else warnings.push(...f.warnings);

	const doc: Partial<NotebookDoc> = {};
	if (m.ok)
		doc.selectedBlock = decodeSelection(own(json, 'sb'), 'link.sb', m.value.spec.blocks.length, 'block', issues);
	if (f.ok) doc.selectedCell = decodeSelection(own(json, 'sc'), 'link.sc', f.value.spec.cells.length, 'cell', issues);

	const lang = own(json, 'lang');
	if (lang === 'en' || lang === 'ko') doc.lang = lang;
	else if (lang !== undefined) issues.push(error('link.lang', `must be "en" or "ko", not ${show(lang)}.`));

	const lock = decodeLock(own(json, 'lock'), issues);
	if (lock) doc.lock = lock;

	const tour = own(json, 'tour');
	if (isIndex(tour) && tour <= LINK_LIMITS.tourSteps) doc.tour = tour;
	else if (tour !== undefined)
		issues.push(error('link.tour', `must be a step number from 0 to ${LINK_LIMITS.tourSteps}, not ${show(tour)}.`));

	const cmp = own(json, 'cmp');
	if (cmp !== undefined) {
		if (!Array.isArray(cmp) || cmp.length !== 2) {
			issues.push(error('link.compare', `must be a list of two networks, not ${show(cmp)}.`));
		} else {
			doc.compare = decodePair(cmp, warnings);
		}
	}

	const ans = own(json, 'ans');
	if (ans !== undefined) {
		const r = decodeAnswers(ans);
		if (r.ok) doc.answers = r.value;
		else {
			doc.answersDropped = r.issues;
			warnings.push(...r.issues.map((p) => warning(p.path, p.message)));
		}
	}

	if (issues.length > 0 || !m.ok || !f.ok) return { ok: false, issues };
	return {
		ok: true,
		value: {
			...doc,
			mnas: m.value.spec,
			mnasPresetId: m.value.presetId,
			fpn: f.value.spec,
			fpnStep: f.value.step
		},
		warnings
	};
}
