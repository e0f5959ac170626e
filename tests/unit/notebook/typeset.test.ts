import { describe, it, expect } from 'vitest';
import { typeset, type MathMode } from '$lib/components/notebook/typeset';
import { typesetOnServer } from '$lib/components/notebook/typesetOnServer';
import { FORMULAS } from '$lib/components/notebook/formulas';

describe('typeset', () => {
	// root element per mode: katex.org/docs/options (displayMode wraps the formula in .katex-display)
	it.each([
		['x', 'inline', '<span class="katex">'],
		['x', 'display', '<span class="katex-display">'],
		[FORMULAS.objective, 'display', '<span class="katex-display">'],
		['T = 75', 'inline', '<span class="katex">']
	] as [string, MathMode, string][])('%s (%s) starts with %s', (tex, mode, root) => {
		const html = typeset(tex, mode);
		expect(html.startsWith(root)).toBe(true);
		expect(html.includes('katex-display')).toBe(mode === 'display');
	});

	// output: 'htmlAndMathml' (katex.org/docs/options): MathML for screen readers, carrying the TeX as its annotation
	it.each([
		['x', 'x'],
		['a < b', 'a &lt; b'], // text is escaped in the markup
		[String.raw`\mathrm{LAT}(m)`, String.raw`\mathrm{LAT}(m)`]
	])('%s: MathML beside the visual HTML, annotated with the TeX', (tex, annotation) => {
		const html = typeset(tex, 'inline');
		expect(html).toContain('<span class="katex-mathml"><math');
		expect(html).toContain('<span class="katex-html"');
		expect(html).toContain(`<annotation encoding="application/x-tex">${annotation}</annotation>`);
	});

	// throwOnError: false (katex.org/docs/options): nothing throws; a parse error shows as a .katex-error span holding
	// the source, an unknown command as its name in errorColor (#cc0000 by default)
	it.each([
		[
			String.raw`\frac{`,
			/^<span class="katex-error" title="ParseError: KaTeX parse error: [^"]*" style="color:#cc0000">\\frac\{<\/span>$/
		],
		[String.raw`\notacommand`, /<span class="mord" style="color:#cc0000;">\\notacommand<\/span>/]
	])('%s is shown, not thrown', (tex, shown) => {
		expect(typeset(tex, 'inline')).toMatch(shown);
	});
});

describe('typesetOnServer', () => {
	// the prerender path (vitest runs modules as the server does: import.meta.env.SSR) gives the same markup
	it.each(Object.entries(FORMULAS))('%s: same markup as typeset, in both modes', (_id, tex) => {
		expect(typesetOnServer(tex, 'display')).toBe(typeset(tex, 'display'));
		expect(typesetOnServer(tex, 'inline')).toBe(typeset(tex, 'inline'));
	});
});
