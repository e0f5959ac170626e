// Keeps the notebook in the address bar and in localStorage. The URL fragment (`#v1=…`, format in
// $lib/arch/serialize/codec.ts) wins over localStorage; a bad link or a corrupt saved entry never replaces the network
// on screen. The link is a pure function of the states: the network from NotebookState, the teaching fields (locks,
// tour step, comparison, answers) from the teaching states' own `toLink()` (a TeachingLink), nothing mirrored.
// Opening a link never overwrites the notebook saved in this browser: storage is written only once the user changes
// what the link showed, and the saved notebook it then replaces is kept aside (`savedBefore`, restorable).
// Browser access goes through a small `PersistenceEnv`, so the logic is testable in Node.
import type { Issue } from '$lib/arch/issues';
import {
	classifyFragment,
	decodeNotebook,
	encodeNotebook,
	type LinkAnswers,
	type NotebookDoc
} from '$lib/arch/serialize';
import { i18n, type Lang } from '$lib/i18n/i18n.svelte';
import type { NotebookState } from './notebook.svelte';
import { SavedNotebook, type StorageLike } from './savedNotebook.svelte';

export { STORAGE_KEY, BACKUP_KEY } from './savedNotebook.svelte';
/** URL writes wait this long after the last change, so a dragged slider does not flood the history API. */
export const WRITE_DELAY_MS = 120;

export interface PersistenceEnv {
	/** the current fragment, with its '#' (location.hash) */
	readFragment(): string;
	/** replace the current history entry's fragment (no navigation, no new entry) */
	writeFragment(fragment: string): void;
	/** the full page address for a fragment (for "Copy link") */
	pageUrl(fragment: string): string;
	/** null: blocked */
	storage: StorageLike | null;
	/** the browser's preferred language, for a first visit */
	preferredLang?(): Lang | null;
}

/** The link fields the classroom, tour, compare and exercise features own. */
export type TeachingFields = Pick<NotebookDoc, 'lock' | 'tour' | 'compare' | 'answers'>;

/** The teaching states as the link sees them (built by `teachingLink` in ./teachingLink.ts). */
export interface TeachingLink {
	/** the teaching fields from the live states; reactive (the link is re-derived whenever they change) */
	toLink(): TeachingFields;
	/** show exactly what a link carries (its locks, tour step, comparison and answers) */
	openLink(doc: NotebookDoc): void;
	/** show the answers saved in this browser */
	openSaved(answers: LinkAnswers | null): void;
}

/** A page without teaching features: links carry none of their fields. */
const NO_TEACHING: TeachingLink = { toLink: () => ({}), openLink: () => {}, openSaved: () => {} };

/** What of a notebook the user would miss: the networks and the answers (not the selection or the language). */
function workKey(doc: NotebookDoc): string {
	return encodeNotebook({
		mnas: doc.mnas,
		mnasPresetId: doc.mnasPresetId,
		fpn: doc.fpn,
		fpnStep: doc.fpnStep,
		answers: doc.answers
	});
}

export class Persistence {
	/** problems with the link that opened the page (or was pasted later); shown as an alert until dismissed */
	linkIssues = $state.raw<Issue[] | null>(null);
	/** the notebook saved in this browser, with its notices (blocked or full, newer version, unreadable) */
	readonly saved: SavedNotebook;
	/** the saved notebook a link replaced on screen (kept in storage until restored or forgotten); null: none */
	savedBefore = $state.raw<NotebookDoc | null>(null);

	#nb: NotebookState;
	#env: PersistenceEnv;
	#teaching: TeachingLink;
	/** the fragment last written or read, so an unchanged state is not written again */
	#last = '';
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** the saved notebook as it is in storage now */
	#stored: NotebookDoc | null = null;
	/** the work (workKey) a link showed; storage is not written while the work on screen is still that */
	#fromLink: string | null = null;
	#backupWritten = false;

	constructor(nb: NotebookState, env: PersistenceEnv, teaching: TeachingLink = NO_TEACHING) {
		this.#nb = nb;
		this.#env = env;
		this.#teaching = teaching;
		this.saved = new SavedNotebook(() => this.#env.storage);
	}

	/** a saved state in localStorage could not be read (quiet notice) */
	get storageIgnored(): boolean {
		return this.saved.corrupt;
	}

	/** Everything a link carries, from the live states. */
	doc(): NotebookDoc {
		const nb = this.#nb;
		const t = this.#teaching.toLink();
		return {
			mnas: nb.mnas,
			mnasPresetId: nb.mnasPresetId,
			fpn: nb.fpn,
			fpnStep: nb.fpnStep,
			selectedBlock: nb.selectedBlock,
			selectedCell: nb.selectedCell,
			lang: i18n.lang,
			lock: t.lock && t.lock.length > 0 ? t.lock : undefined,
			tour: t.tour ?? undefined,
			compare: t.compare ?? undefined,
			answers: t.answers ?? undefined
		};
	}

	/** The fragment (without '#') for the current state. Reactive: reads every field it encodes. */
	fragment(): string {
		return encodeNotebook(this.doc());
	}

	/** The shareable address of what is on screen now. */
	link(): string {
		return this.#env.pageUrl(this.fragment());
	}

	/**
	 * The address of what is on screen with some link fields replaced (a classroom link's locks, a tour step). The
	 * student's own answers stay out of these links unless given: they are for handing out, not for handing in.
	 */
	linkWith(fields: Pick<NotebookDoc, 'lock' | 'tour' | 'compare' | 'lang' | 'answers'>): string {
		return this.#env.pageUrl(encodeNotebook({ ...this.doc(), answers: undefined, ...fields }));
	}

	#applyDoc(doc: NotebookDoc, undoable: boolean): void {
		const snapshot = { mnas: doc.mnas, mnasPresetId: doc.mnasPresetId, fpn: doc.fpn, fpnStep: doc.fpnStep };
		if (undoable) this.#nb.apply(snapshot);
		else this.#nb.restore(snapshot);
		this.#nb.selectedBlock = doc.selectedBlock ?? null;
		this.#nb.selectedCell = doc.selectedCell ?? null;
		if (doc.lang) i18n.lang = doc.lang;
	}

	/** A link is on screen (tidied by the teaching states): keep the saved notebook until the user changes it. */
	#openedLink(doc: NotebookDoc): void {
		this.#teaching.openLink(doc);
		const shown = workKey(this.doc());
		this.#fromLink = shown;
		const stored = this.#stored;
		if (stored && workKey(stored) !== shown) {
			this.savedBefore = stored;
			this.#backupWritten = false;
		} else if (this.savedBefore === null) {
			// a reload of a link already saved: the notebook kept aside earlier, if any, stays on offer
			const backup = this.saved.backup();
			if (backup && workKey(backup) !== shown) {
				this.savedBefore = backup;
				this.#backupWritten = true;
			}
		}
	}

	/** First load: the link if it holds a valid state, else the saved state, else the presets. */
	load(): void {
		const fragment = this.#env.readFragment();
		const kind = classifyFragment(fragment).kind;
		this.#stored = this.saved.load();
		let fromLink: NotebookDoc | null = null;
		if (kind === 'state' || kind === 'other') {
			const r = decodeNotebook(fragment);
			if (r.ok) fromLink = r.value;
			else this.linkIssues = r.issues;
		}
		const stored = this.#stored;
		if (fromLink) {
			this.#applyDoc(fromLink, false);
			this.#openedLink(fromLink);
			if (!fromLink.lang && stored?.lang) i18n.lang = stored.lang;
		} else if (stored) {
			this.#applyDoc(stored, false);
			if (stored.answers) this.#teaching.openSaved(stored.answers);
			const backup = this.saved.backup();
			if (backup && workKey(backup) !== workKey(stored)) {
				this.savedBefore = backup;
				this.#backupWritten = true;
			}
		}
		if (!fromLink?.lang && !stored?.lang) {
			const preferred = this.#env.preferredLang?.();
			if (preferred) i18n.lang = preferred;
		}
		// Leave a bad link in the address bar until the next edit (the user may want to look at it); otherwise the
		// address already matches the state when it came from the link.
		this.#last = fromLink || this.linkIssues ? this.fragment() : '';
	}

	/** The address bar changed by hand (a pasted link): apply it as one undoable step, or show why it is unreadable. */
	onFragmentChange(): void {
		const fragment = this.#env.readFragment();
		const kind = classifyFragment(fragment).kind;
		if (kind === 'empty' || kind === 'anchor') return;
		if (fragment.replace(/^#/, '') === this.#last) return;
		const r = decodeNotebook(fragment);
		if (!r.ok) {
			this.linkIssues = r.issues;
			return;
		}
		this.linkIssues = null;
		this.#applyDoc(r.value, true);
		this.#openedLink(r.value);
		this.#last = this.fragment();
	}

	/** Write the state now: the fragment into the URL, the network and answers (without classroom/tour/compare) into storage. */
	save(): void {
		this.#cancelTimer();
		const fragment = this.fragment();
		if (fragment === this.#last) return;
		this.#last = fragment;
		try {
			this.#env.writeFragment('#' + fragment);
		} catch {
			// the address bar is a convenience: the state on screen is what matters
		}
		const { lock: _l, tour: _t, compare: _c, ...own } = this.doc();
		if (this.#fromLink !== null && workKey(own) === this.#fromLink) return; // still the link as opened
		this.#fromLink = null;
		const before = this.savedBefore;
		if (before && !this.#backupWritten) this.#backupWritten = this.saved.writeBackup(encodeNotebook(before));
		if (this.saved.write(encodeNotebook(own))) this.#stored = own;
	}

	/** Put the notebook a link replaced back on screen (one undoable step) and save it again. */
	restoreSaved(): void {
		const doc = this.savedBefore;
		if (!doc) return;
		this.#applyDoc(doc, true);
		this.#teaching.openSaved(doc.answers ?? null);
		this.forgetSaved();
		this.#fromLink = null;
		this.save();
	}

	/** Keep what is on screen and drop the notebook kept aside. */
	forgetSaved(): void {
		this.savedBefore = null;
		this.#backupWritten = false;
		this.saved.forgetBackup();
	}

	/** Called after every change; writes once changes pause for WRITE_DELAY_MS. */
	schedule(): void {
		this.#cancelTimer();
		this.#timer = setTimeout(() => this.save(), WRITE_DELAY_MS);
	}

	#cancelTimer(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}

	dismissLinkIssues(): void {
		this.linkIssues = null;
	}

	/** Browser wiring: call from onMount after load(); returns the cleanup. */
	start(): () => void {
		const stopEffect = $effect.root(() => {
			$effect(() => {
				// Reading the fragment subscribes to every field a link carries.
				if (this.fragment() !== this.#last) this.schedule();
			});
		});
		const onHash = () => this.onFragmentChange();
		const onHide = () => this.save();
		window.addEventListener('hashchange', onHash);
		window.addEventListener('pagehide', onHide);
		return () => {
			stopEffect();
			window.removeEventListener('hashchange', onHash);
			window.removeEventListener('pagehide', onHide);
			this.save();
		};
	}
}
