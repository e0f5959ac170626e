// Undo/redo shortcuts: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ on macOS). Not while the user types in a text field,
// whose own undo must keep working. Pure: takes event-like and element-like values so it is testable in Node.

export type HistoryAction = 'undo' | 'redo';

export interface KeyLike {
	key: string;
	/** physical key (KeyZ): still right when a Korean IME turns `key` into 'ㅋ' */
	code?: string;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
	altKey: boolean;
}

export function historyShortcut(e: KeyLike): HistoryAction | null {
	if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
	// A Latin letter decides by itself (AZERTY's Ctrl+W must not undo); other layouts fall back to the physical key.
	const latin = e.key.length === 1 && /[a-z]/i.test(e.key);
	const letter = latin ? e.key.toLowerCase() : e.code === 'KeyZ' ? 'z' : e.code === 'KeyY' ? 'y' : '';
	const isZ = letter === 'z';
	const isY = letter === 'y';
	if (isZ) return e.shiftKey ? 'redo' : 'undo';
	if (isY && !e.shiftKey) return 'redo';
	return null;
}

/** input types whose text the browser edits (and undoes) itself */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'url', 'email', 'tel', 'password', 'number']);

export interface ElementLike {
	tagName?: string;
	type?: string;
	isContentEditable?: boolean;
	readOnly?: boolean;
}

/** True when the focused element handles Ctrl+Z itself: a textarea, a text-like input, or contenteditable. */
export function isTextEntry(target: unknown): boolean {
	if (typeof target !== 'object' || target === null) return false;
	const el = target as ElementLike;
	if (el.isContentEditable) return true;
	const tag = (el.tagName ?? '').toUpperCase();
	if (tag === 'TEXTAREA') return !el.readOnly;
	if (tag === 'INPUT') return !el.readOnly && TEXT_INPUT_TYPES.has((el.type ?? '').toLowerCase());
	return false;
}
