import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The layers of src/lib and what each may import (CONTRIBUTING.md draws them). This reads every import statement
// (static, re-export, side-effect and dynamic) of every file under src/lib and fails on an import across a wall:
//   arch        pure TypeScript: imports nothing of the app outside arch/
//   tfjs        builds and times models: no state/, no components/, and no rune files (.svelte.ts)
//   state       rune state classes: no components/

const ROOT = resolve(__dirname, '../../src/lib');

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|svelte)$/.test(e.name) ? [join(dir, e.name)] : []
	);
}

const IMPORT =
	/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a source file imports. */
function importsOf(source: string): string[] {
	return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
}

/** The layer (first folder under src/lib) an import lands in, or null for a package (or outside src/lib). */
function layerOf(spec: string, from: string): string | null {
	let target: string;
	if (spec.startsWith('$lib/')) target = join(ROOT, spec.slice(5));
	else if (spec.startsWith('.')) target = resolve(dirname(from), spec);
	else return null;
	const rel = relative(ROOT, target);
	return rel.startsWith('..') ? null : rel.split(/[\\/]/)[0];
}

const FORBIDDEN: Record<string, (layer: string) => boolean> = {
	arch: (layer) => layer !== 'arch',
	tfjs: (layer) => layer === 'state' || layer === 'components',
	state: (layer) => layer === 'components'
};

const all = files(ROOT);

describe('importsOf', () => {
	it.each([
		["import { a } from './a';", ['./a']],
		['import type { B } from \'$lib/b\';\nexport { c } from "../c";', ['$lib/b', '../c']],
		["import 'd3-transition';", ['d3-transition']],
		["const m = await import('$lib/tfjs/worker');", ['$lib/tfjs/worker']],
		["import {\n\ta,\n\tb\n} from './multi';", ['./multi']],
		['// no imports here', []]
	])('importsOf(%j)', (source, expected) => expect(importsOf(source)).toEqual(expected));
});

describe('layer boundaries', () => {
	it('finds the layers it guards', () => {
		for (const layer of Object.keys(FORBIDDEN))
			expect(all.some((f) => relative(ROOT, f).startsWith(layer + '/'))).toBe(true);
	});

	for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
		it(`${layer}/ imports only what it may`, () => {
			const wrong: string[] = [];
			for (const file of all.filter((f) => relative(ROOT, f).startsWith(layer + '/'))) {
				for (const spec of importsOf(readFileSync(file, 'utf8'))) {
					const target = layerOf(spec, file);
					if (target !== null && forbidden(target)) wrong.push(`${relative(ROOT, file)} → ${spec}`);
				}
			}
			expect(wrong).toEqual([]);
		});
	}

	it('tfjs/ holds no rune files (.svelte.ts)', () => {
		expect(all.filter((f) => relative(ROOT, f).startsWith('tfjs/') && f.endsWith('.svelte.ts'))).toEqual([]);
	});
});
