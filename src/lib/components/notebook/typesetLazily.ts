// Typesetting in the browser, without KaTeX in the first-load bundle. The page arrives with every formula typeset at
// prerender (FormulaPrerendered.svelte), each in a span whose data-tex/data-mode name what it shows. When a formula's
// TeX changes (a language switch reorders the inline formulas of a paragraph), the span first gets a copy of a
// prerendered formula with that TeX; only TeX the page never showed loads KaTeX (once, a separate chunk), with the
// plain TeX shown until it arrives. Trusted TeX only (see Formula.svelte): the result is inserted as HTML.
import type { Attachment } from 'svelte/attachments';
import type { MathMode, typeset } from './typeset';

const keyOf = (tex: string, mode: MathMode): string => `${mode}:${tex}`;

/** typeset formulas by key: the prerendered ones (collected on first use), then each one KaTeX made here */
let known: Map<string, DocumentFragment> | null = null;

function knownFormulas(doc: Document): Map<string, DocumentFragment> {
	if (known) return known;
	known = new Map();
	// runs before this module changes any span, so every marked span still shows the formula it names
	for (const el of doc.querySelectorAll<HTMLElement>('.math[data-tex][data-mode]')) {
		const key = keyOf(el.dataset.tex!, el.dataset.mode as MathMode);
		if (known.has(key)) continue;
		const copy = doc.createDocumentFragment();
		// Svelte's hydration markers (comments) are not part of the formula
		for (const node of el.childNodes) if (node.nodeType !== Node.COMMENT_NODE) copy.append(node.cloneNode(true));
		known.set(key, copy);
	}
	return known;
}

let katexChunk: Promise<typeof typeset> | null = null;

/** KaTeX, imported the first time a formula needs it; a failed load (offline) is retried by the next formula */
function loadTypeset(): Promise<typeof typeset> {
	katexChunk ??= import('./typeset').then(
		(m) => m.typeset,
		(error: unknown) => {
			katexChunk = null;
			throw error;
		}
	);
	return katexChunk;
}

function show(el: HTMLElement, formula: DocumentFragment, tex: string): void {
	el.replaceChildren(formula.cloneNode(true));
	el.dataset.tex = tex;
}

/** Keeps `el` showing `tex` typeset. Re-run by Svelte whenever `tex` changes. */
export function typesetLazily(tex: string, mode: MathMode): Attachment<HTMLElement> {
	return (el) => {
		if (el.dataset.tex === tex) return; // the prerendered markup (or an earlier run) already shows it
		const formulas = knownFormulas(el.ownerDocument);
		const key = keyOf(tex, mode);
		const copy = formulas.get(key);
		if (copy) return show(el, copy, tex);

		delete el.dataset.tex;
		el.textContent = tex; // readable plain TeX until KaTeX is here (and for good if it cannot load)
		let current = true;
		loadTypeset().then(
			(typesetWithKatex) => {
				const template = el.ownerDocument.createElement('template');
				template.innerHTML = typesetWithKatex(tex, mode);
				formulas.set(key, template.content);
				if (current) show(el, template.content, tex);
			},
			() => {} // the plain TeX stays; there is nothing better to show
		);
		return () => {
			current = false;
		};
	};
}
