// KaTeX while rendering on the server (prerender, dev SSR). The import is awaited when this module loads, so the
// synchronous server render can typeset. In the browser build `import.meta.env.SSR` is the constant false: the
// branch and its import are dropped, and KaTeX stays out of the first-load JavaScript.
import type { MathMode, typeset } from './typeset';

const serverTypeset: typeof typeset | null = import.meta.env.SSR ? (await import('./typeset')).typeset : null;

export function typesetOnServer(tex: string, mode: MathMode): string {
	if (!serverTypeset) throw new Error('typesetOnServer runs only while rendering on the server');
	return serverTypeset(tex, mode);
}
