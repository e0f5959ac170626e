// Put a generated stylesheet into <head> while a component lives. The text goes in through textContent (never as
// HTML), and only CSS built from known ids reaches it (see $lib/teach/locks).

/** For `$effect(() => headStyle('classroom', css))`: adds a <style>, returns its removal. */
export function headStyle(owner: string, css: string): () => void {
	const el = document.createElement('style');
	el.dataset.owner = owner;
	el.textContent = css;
	document.head.append(el);
	return () => el.remove();
}

/**
 * Keep `inert` on every element matching `selector` under `root`, including elements rendered later (table rows
 * added by an edit). Returns a cleanup that removes the attribute again.
 */
export function keepInert(root: HTMLElement, selector: string): () => void {
	if (!selector) return () => {};
	const marked = new Set<Element>();
	const apply = () => {
		for (const el of root.querySelectorAll(selector)) {
			if (!el.hasAttribute('inert')) {
				el.setAttribute('inert', '');
				marked.add(el);
			}
		}
	};
	apply();
	const observer = new MutationObserver(apply);
	observer.observe(root, { childList: true, subtree: true });
	return () => {
		observer.disconnect();
		for (const el of marked) el.removeAttribute('inert');
	};
}
