import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PALETTE, cssVar, type Token } from '$lib/styles/palette';

// One palette: PALETTE (palette.ts) and the custom properties of tokens.css hold the same names and values, and no
// other source file under src/ writes a colour literal, so a new colour has to become a named token first.

const SRC = resolve(__dirname, '../../../src');
const TOKENS_CSS = join(SRC, 'lib/styles/tokens.css');
/** The two files that define the palette; everywhere else a colour is var(--token) or PALETTE[token]. */
const DEFINITIONS = new Set(['lib/styles/palette.ts', 'lib/styles/tokens.css']);

/** `--name: value;` declarations of a stylesheet, in order. */
function customProperties(css: string): [string, string][] {
	const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
	return [...withoutComments.matchAll(/--([a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]);
}

/** Custom properties a component passes to a child as Svelte style props: `<Child --name="value" />`. */
function styleProps(markup: string): string[] {
	return [...markup.matchAll(/\s--([a-z0-9-]+)="[^"]*"/g)].map((m) => m[1]);
}

/** Hex colour literals (#rgb, #rgba, #rrggbb, #rrggbbaa) in a source text; `&#123;` entities are not colours. */
function hexColours(text: string): string[] {
	return [...text.matchAll(/(?<![&\w])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi)].map((m) => m[0]);
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(svelte|ts|css)$/.test(e.name) ? [join(dir, e.name)] : []
	);
}

describe('hexColours', () => {
	it.each([
		['color: #fff;', ['#fff']],
		['fill="#4e79a7" stroke="#B8BCC4"', ['#4e79a7', '#B8BCC4']],
		['background: #ffffff80', ['#ffffff80']],
		['<a href="#top">', []],
		['<a href="#add-block">', []],
		['&#123; and &#x2014;', []],
		['fill: var(--series-blue)', []],
		['#12345', []]
	])('%s → %j', (text, expected) => {
		expect(hexColours(text)).toEqual(expected);
	});
});

describe('PALETTE and tokens.css', () => {
	const declared = customProperties(readFileSync(TOKENS_CSS, 'utf8'));

	it('declares every token once, with the value of PALETTE', () => {
		expect(declared.map(([name]) => name)).toEqual(Object.keys(PALETTE));
		expect(Object.fromEntries(declared)).toEqual(PALETTE);
	});

	it.each(Object.entries(PALETTE))('%s is a six-digit lower-case hex colour', (_name, value) => {
		expect(value).toMatch(/^#[0-9a-f]{6}$/);
	});
});

describe('cssVar', () => {
	it.each([
		['muted', 'var(--muted)'],
		['series-blue', 'var(--series-blue)']
	] as [Token, string][])('%s → %s', (token, expected) => {
		expect(cssVar(token)).toBe(expected);
	});
});

describe('colour literals under src/', () => {
	const files = sourceFiles(SRC).filter((f) => !DEFINITIONS.has(relative(SRC, f)));

	it('finds the source files', () => {
		expect(files.some((f) => f.endsWith('.svelte'))).toBe(true);
	});

	it('no source file outside the palette writes a hex colour', () => {
		const found = files.flatMap((f) => hexColours(readFileSync(f, 'utf8')).map((hex) => `${relative(SRC, f)}: ${hex}`));
		expect(found).toEqual([]);
	});

	it('every var(--token) a source file reads is a token or a local property', () => {
		const local = new Set(
			files.flatMap((f) => {
				const text = readFileSync(f, 'utf8');
				return [...customProperties(text).map(([name]) => name), ...styleProps(text)];
			})
		);
		const unknown = files.flatMap((f) =>
			[...readFileSync(f, 'utf8').matchAll(/var\(--([a-z0-9-]+)/g)]
				.map((m) => m[1])
				.filter((name) => !(name in PALETTE) && !local.has(name))
				.map((name) => `${relative(SRC, f)}: --${name}`)
		);
		expect(unknown).toEqual([]);
	});
});
