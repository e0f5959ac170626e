// The notebook saved in this browser (localStorage): reading it, writing it without ever losing the user's work, and
// the copy kept aside when a link replaced it. Three rules:
// - an entry written by a newer version of the page is never overwritten (this page cannot read it, the newer one can);
// - storage that is blocked or full is said once (`unavailable`), never silently ignored;
// - the saved notebook a link replaced is kept under BACKUP_KEY until the user restores or forgets it.
import { classifyFragment, decodeNotebook, LINK_VERSION, type NotebookDoc } from '$lib/arch/serialize';

export const STORAGE_KEY = 'nas-notebook:v1';
/** the saved notebook as it was before a link's network was edited and saved over it */
export const BACKUP_KEY = 'nas-notebook:v1:before-link';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type SavedRead =
	| { kind: 'none' }
	| { kind: 'ok'; doc: NotebookDoc; text: string }
	/** written by a newer version: kept, never overwritten */
	| { kind: 'newer' }
	| { kind: 'corrupt' };

function read(storage: StorageLike | null, key: string): SavedRead | 'blocked' {
	let text: string | null;
	try {
		if (!storage) return 'blocked';
		text = storage.getItem(key);
	} catch {
		return 'blocked';
	}
	if (text === null) return { kind: 'none' };
	const kind = classifyFragment(text);
	if (kind.kind === 'state' && kind.version > LINK_VERSION) return { kind: 'newer' };
	const r = decodeNotebook(text);
	return r.ok ? { kind: 'ok', doc: r.value, text } : { kind: 'corrupt' };
}

export class SavedNotebook {
	/** storage is blocked or full: changes are not saved in this browser */
	unavailable = $state(false);
	/** the saved entry was written by a newer version; it is kept and this page does not write over it */
	newer = $state(false);
	/** the saved entry could not be read and was ignored */
	corrupt = $state(false);

	#storage: () => StorageLike | null;
	/** the text in storage, as last read or written (a write of the same text is skipped) */
	#text: string | null = null;

	constructor(storage: () => StorageLike | null) {
		this.#storage = storage;
	}

	/** The saved notebook, if there is a readable one; sets the flags above. */
	load(): NotebookDoc | null {
		const r = read(this.#storage(), STORAGE_KEY);
		if (r === 'blocked') {
			this.unavailable = true;
			return null;
		}
		this.newer = r.kind === 'newer';
		this.corrupt = r.kind === 'corrupt';
		if (r.kind !== 'ok') return null;
		this.#text = r.text;
		return r.doc;
	}

	/** The notebook kept aside when a link's network was saved over it (null: none). */
	backup(): NotebookDoc | null {
		const r = read(this.#storage(), BACKUP_KEY);
		return r !== 'blocked' && r.kind === 'ok' ? r.doc : null;
	}

	/** Save `text` (an encoded notebook) unless an entry of a newer version is there. False when it could not be saved. */
	write(text: string): boolean {
		if (this.newer) return false;
		if (text === this.#text) return true;
		if (!this.#set(STORAGE_KEY, text)) return false;
		this.#text = text;
		return true;
	}

	/** Keep `text` aside as the notebook a link replaced. */
	writeBackup(text: string): boolean {
		return this.#set(BACKUP_KEY, text);
	}

	forgetBackup(): void {
		try {
			this.#storage()?.removeItem(BACKUP_KEY);
		} catch {
			// nothing kept, nothing to forget
		}
	}

	#set(key: string, text: string): boolean {
		try {
			const storage = this.#storage();
			if (!storage) throw new Error('no storage');
			storage.setItem(key, text);
			return true;
		} catch {
			// blocked (private mode, privacy settings) or full (QuotaExceededError): say so, the link still holds it all
			this.unavailable = true;
			return false;
		}
	}
}
