// What a notebook link carries, as plain values (the codec's input and output). Structurally the same as the page's
// NotebookSnapshot plus the optional fields the classroom, tour and compare features use.
import type { Issue } from '../issues';
import type { NetworkKind } from '../kinds';
import type { LinkAnswers } from './answers';
import type { MnasnetSpec, MnasPresetId } from '../mnasnet/spec';
import type { NasfpnSpec, FpnPresetId } from '../nasfpn/spec';

export type LinkLang = 'en' | 'ko';

/**
 * One side of a comparison: the network being edited (tracked live), or a network carried in the link.
 * A carried network is either a preset / (a)–(f) step as shipped (`edited` absent), or `edited`: this exact spec, an
 * edited network or a kept copy, shown as it is. Decoding sets `edited` when the link's side carries anything besides
 * its preset id or step; encoding an `edited` side always writes something besides it (its rows, at least).
 * `problems`: set by decoding only, when the link's side could not be read and this side is the fallback (the preset
 * it named, or its kind's default); never written to a link.
 */
export type CompareRef =
	| { kind: 'current'; net: NetworkKind }
	| { kind: 'mnasnet'; presetId: MnasPresetId; spec: MnasnetSpec; edited?: boolean; problems?: Issue[] }
	| { kind: 'nasfpn'; step: FpnPresetId; spec: NasfpnSpec; edited?: boolean; problems?: Issue[] };

export interface NotebookDoc {
	mnas: MnasnetSpec;
	mnasPresetId: MnasPresetId;
	fpn: NasfpnSpec;
	fpnStep: FpnPresetId;
	/** 0-based block selected in the MnasNet table/diagram */
	selectedBlock?: number | null;
	/** 0-based cell selected in the NAS-FPN graph */
	selectedCell?: number | null;
	lang?: LinkLang;
	/** control ids a classroom link hides or locks */
	lock?: string[];
	/** 0-based step of the guided tour to open at */
	tour?: number;
	compare?: [CompareRef, CompareRef];
	/** the student's exercise answers (answers.ts); absent or empty: none */
	answers?: LinkAnswers;
	/** set by decoding only, when the link's `ans` could not be read and was left out; never written to a link */
	answersDropped?: Issue[];
}

/** Bounds on the extension fields (kept small: a link is typed into chat apps and QR codes). */
export const LINK_LIMITS = {
	/** characters of the whole fragment, checked before anything is decoded */
	maxChars: 16_384,
	lockEntries: 64,
	lockIdChars: 64,
	tourSteps: 999
} as const;

/** A control id in a classroom `lock` list: a short identifier, never markup. */
export const LOCK_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.:-]*$/;
