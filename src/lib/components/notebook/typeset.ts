// The app's one KaTeX call. Only for trusted TeX (formulas.ts, the `$…$` runs of the static article text): the result
// is inserted as HTML. KaTeX is ~70 kB gzip, so nothing in the first-load bundle imports this module statically:
// the prerender loads it through typesetOnServer.ts, the browser on demand through typesetLazily.ts.
import katex from 'katex';

export type MathMode = 'inline' | 'display';

export function typeset(tex: string, mode: MathMode): string {
	return katex.renderToString(tex, {
		displayMode: mode === 'display',
		throwOnError: false,
		output: 'htmlAndMathml',
		strict: 'ignore'
	});
}
