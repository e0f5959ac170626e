// Keeps the notebook in the address bar and in localStorage. The URL fragment (`#v1=…`, format in
// $lib/arch/serialize/codec.ts) wins over localStorage; a bad link or a corrupt saved entry never replaces the network
// on screen. Browser access goes through a small `PersistenceEnv`, so the logic is testable in Node.
import type { Issue } from '$lib/arch/issues';
import {
	classifyFragment,
	decodeNotebook,
	encodeNotebook,
	type CompareRef,
	type LinkAnswers,
	type NotebookDoc
} from '$lib/arch/serialize';
import { i18n, type Lang } from '$lib/i18n/i18n.svelte';
import type { NotebookState } from './notebook.svelte';

export const STORAGE_KEY = 'nas-notebook:v1';
/** URL writes wait this long after the last change, so a dragged slider does not flood the history API. */
export const WRITE_DELAY_MS = 120;

export interface PersistenceEnv {
	/** the current fragment, with its '#' (location.hash) */
	readFragment(): string;
	/** replace the current history entry's fragment (no navigation, no new entry) */
	writeFragment(fragment: string): void;
	/** the full page address for a fragment (for "Copy link") */
	pageUrl(fragment: string): string;
	storage: Pick<Storage, 'getItem' | 'setItem'> | null;
	/** the browser's preferred language, for a first visit */
	preferredLang?(): Lang | null;
}

/** Link fields the classroom, tour, compare and exercise features own; they come from a link and go back into it. */
export class LinkExtras {
	lock = $state.raw<string[]>([]);
	tour = $state<number | null>(null);
	compare = $state.raw<[CompareRef, CompareRef] | null>(null);
	/** the exercise answers (also saved in localStorage, unlike the fields above) */
	answers = $state.raw<LinkAnswers | null>(null);
	/** why the applied link's answers were left out (empty: they were read, or there were none) */
	answersDropped = $state.raw<Issue[]>([]);
}

export class Persistence {
	/** problems with the link that opened the page (or was pasted later); shown as an alert until dismissed */
	linkIssues = $state.raw<Issue[] | null>(null);
	/** a saved state in localStorage could not be read (quiet notice) */
	storageIgnored = $state(false);
	readonly extras = new LinkExtras();
	/** bumped whenever a link (on load or pasted later) set the extras, so the features that own them can follow */
	extrasFromLink = $state(0);
	/** bumped whenever a link or the saved state set `extras.answers`, so the exercises can follow */
	answersApplied = $state(0);

	#nb: NotebookState;
	#env: PersistenceEnv;
	/** the fragment last written or read, so an unchanged state is not written again */
	#last = '';
	#timer: ReturnType<typeof setTimeout> | null = null;

	constructor(nb: NotebookState, env: PersistenceEnv) {
		this.#nb = nb;
		this.#env = env;
	}

	/** Everything a link carries, from the live state. */
	doc(): NotebookDoc {
		const nb = this.#nb;
		return {
			mnas: nb.mnas,
			mnasPresetId: nb.mnasPresetId,
			fpn: nb.fpn,
			fpnStep: nb.fpnStep,
			selectedBlock: nb.selectedBlock,
			selectedCell: nb.selectedCell,
			lang: i18n.lang,
			lock: this.extras.lock.length > 0 ? this.extras.lock : undefined,
			tour: this.extras.tour ?? undefined,
			compare: this.extras.compare ?? undefined,
			answers: this.extras.answers ?? undefined
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

	#applyExtras(doc: NotebookDoc): void {
		this.extras.lock = doc.lock ?? [];
		this.extras.tour = doc.tour ?? null;
		this.extras.compare = doc.compare ?? null;
		this.extrasFromLink++;
		this.#applyAnswers(doc.answers ?? null, doc.answersDropped ?? []);
	}

	#applyAnswers(answers: LinkAnswers | null, dropped: Issue[]): void {
		this.extras.answers = answers;
		this.extras.answersDropped = dropped;
		this.answersApplied++;
	}

	#readStorage(): { doc: NotebookDoc | null; corrupt: boolean } {
		let text: string | null = null;
		try {
			text = this.#env.storage?.getItem(STORAGE_KEY) ?? null;
		} catch {
			return { doc: null, corrupt: false }; // storage disabled: nothing saved, nothing to say
		}
		if (text === null) return { doc: null, corrupt: false };
		const r = decodeNotebook(text);
		return r.ok ? { doc: r.value, corrupt: false } : { doc: null, corrupt: true };
	}

	/** First load: the link if it holds a valid state, else the saved state, else the presets. */
	load(): void {
		const fragment = this.#env.readFragment();
		const kind = classifyFragment(fragment).kind;
		const stored = this.#readStorage();
		this.storageIgnored = stored.corrupt;
		let fromLink: NotebookDoc | null = null;
		if (kind === 'state' || kind === 'other') {
			const r = decodeNotebook(fragment);
			if (r.ok) fromLink = r.value;
			else this.linkIssues = r.issues;
		}
		if (fromLink) {
			this.#applyDoc(fromLink, false);
			this.#applyExtras(fromLink);
			if (!fromLink.lang && stored.doc?.lang) i18n.lang = stored.doc.lang;
		} else if (stored.doc) {
			this.#applyDoc(stored.doc, false);
			if (stored.doc.answers) this.#applyAnswers(stored.doc.answers, []);
		}
		if (!fromLink?.lang && !stored.doc?.lang) {
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
		this.#applyExtras(r.value);
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
		try {
			this.#env.storage?.setItem(STORAGE_KEY, encodeNotebook(own));
		} catch {
			// storage full or disabled (private mode): the link still holds everything
		}
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
