// Small readers for untrusted JSON values (from a link): they never throw and never copy a prototype.
import { error, type Issue } from '../issues';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isPlainObject(v: unknown): v is Record<string, unknown> {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
	const proto = Object.getPrototypeOf(v);
	return proto === Object.prototype || proto === null;
}

/** Show a value inside a message, short and as plain text (the page renders messages with text interpolation). */
export function show(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'string') return `the text "${v.length > 24 ? v.slice(0, 24) + '…' : v}"`;
	if (typeof v === 'object') return 'an object';
	return String(v);
}

/** Issues for keys of `obj` that are not in `known` (`__proto__` and friends included: they are data, not keys). */
export function unknownKeys(obj: Record<string, unknown>, known: readonly string[], path: string): Issue[] {
	return Object.keys(obj)
		.filter((k) => !known.includes(k))
		.map((k) => error(`${path}.${k.length > 24 ? k.slice(0, 24) + '…' : k}`, 'is not a field a notebook link has.'));
}

/** Own property or undefined: never walks the prototype chain (so `constructor`, `__proto__` read as absent). */
export function own(obj: Record<string, unknown>, key: string): unknown {
	return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Prefix an engine issue's path (`blocks[3].k`) with the part of the link it came from. */
export function prefixed(prefix: string, issues: readonly Issue[]): Issue[] {
	return issues.map((i) => ({ ...i, path: i.path === 'spec' ? prefix : `${prefix}.${i.path}` }));
}

/** The link-level problems first, then the engine's, leaving out engine issues about a field already reported. */
export function mergeIssues(own: readonly Issue[], engine: readonly Issue[]): Issue[] {
	const covered = (p: string) =>
		own.some((o) => p === o.path || p.startsWith(o.path + '.') || p.startsWith(o.path + '['));
	return [...own, ...engine.filter((e) => !covered(e.path))];
}
