// Accessible names in the page's language. Each names file keeps its English set (what tests and checks on the
// English page find controls by) and a Korean twin of the same shape; components read `namesFor(lang)`.
import type { Lang } from '$lib/i18n/i18n.svelte';

/** The same keys as an English names object, with strings and string-returning functions of the same arguments. */
export type NamesLike<T> = {
	[K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export function pickNames<T>(en: T, ko: NamesLike<T>): (lang: Lang) => NamesLike<T> {
	return (lang) => (lang === 'ko' ? ko : (en as NamesLike<T>));
}
