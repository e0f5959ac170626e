// The NAS-FPN part of a link: the (a)–(f) step plus only what differs from that step's preset (globals by short key,
// the backbone widths, and the cells as compact rows when any cell differs). See codec.ts for the format.
import { error, type Checked, type Issue } from '../issues';
import type { FpnCell, FpnPresetId, NasfpnSpec } from '../nasfpn/spec';
import { fpnPreset, isFpnPresetId, validateNasfpn } from '../nasfpn';
import { isPlainObject, mergeIssues, own, prefixed, show, unknownKeys, type Json } from './read';

const GLOBAL_KEYS = [
	['minLevel', 'lo'],
	['maxLevel', 'hi'],
	['channels', 'c'],
	['imageSize', 'i'],
	['repeats', 'r']
] as const;
const KNOWN = ['s', 'sp', 'bb', 'x', ...GLOBAL_KEYS.map(([, k]) => k)];

/** row layout: [level, op (0 sum, 1 gp), input 0, input 1, output (0/1)] */
function cellRow(c: FpnCell): Json[] {
	return [c.level, c.op === 'gp' ? 1 : 0, c.inputs[0], c.inputs[1], c.output ? 1 : 0];
}

function sameCells(a: readonly FpnCell[], b: readonly FpnCell[]): boolean {
	return (
		a.length === b.length &&
		a.every(
			(x, i) =>
				x.level === b[i].level &&
				x.op === b[i].op &&
				x.output === b[i].output &&
				x.inputs[0] === b[i].inputs[0] &&
				x.inputs[1] === b[i].inputs[1]
		)
	);
}

function sameBackbone(a: NasfpnSpec['backboneChannels'], b: NasfpnSpec['backboneChannels']): boolean {
	if (!a || !b) return a === b;
	const ka = Object.keys(a);
	return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/** `withRows`: write the cell rows even when they equal the step's (an edited compare side must not read as the step). */
export function encodeNasfpn(spec: NasfpnSpec, step: FpnPresetId, withRows = false): Record<string, Json> {
	const base = fpnPreset(step);
	const out: Record<string, Json> = {};
	if (step !== 'f') out.s = step;
	for (const [field, key] of GLOBAL_KEYS) if (spec[field] !== base[field]) out[key] = spec[field];
	if (spec.separable !== base.separable) out.sp = spec.separable ? 1 : 0;
	if (!sameBackbone(spec.backboneChannels, base.backboneChannels)) {
		out.bb = spec.backboneChannels ? { ...spec.backboneChannels } : 0;
	}
	if (withRows || !sameCells(spec.cells, base.cells)) out.x = spec.cells.map(cellRow);
	return out;
}

function rowToCell(row: unknown, path: string, issues: Issue[]): unknown {
	if (!Array.isArray(row) || row.length !== 5) {
		const what = Array.isArray(row) ? `${row.length} values` : show(row);
		issues.push(error(path, `must be a list of 5 values (level, op, input, input, output), not ${what}.`));
		return undefined;
	}
	const [level, op, i0, i1, out] = row as unknown[];
	return {
		level,
		op: op === 0 ? 'sum' : op === 1 ? 'gp' : op,
		inputs: [i0, i1],
		output: out === 1 ? true : out === 0 ? false : out
	};
}

/** Backbone widths keyed by level digits only: any other key (`__proto__` included) is reported, never copied. */
function readBackbone(bb: unknown, path: string, issues: Issue[]): unknown {
	if (bb === 0) return undefined;
	if (!isPlainObject(bb)) {
		issues.push(error(path, `must be an object of level → width, or 0 for no input stage, not ${show(bb)}.`));
		return undefined;
	}
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(bb)) {
		if (!/^[1-9]$/.test(key)) issues.push(error(`${path}.${key.slice(0, 24)}`, 'is not a pyramid level (1–9).'));
		else out[key] = bb[key];
	}
	return out;
}

export interface DecodedFpn {
	spec: NasfpnSpec;
	step: FpnPresetId;
}

export function decodeNasfpn(value: unknown, path: string): Checked<DecodedFpn> {
	if (value === undefined) value = {};
	if (!isPlainObject(value)) return { ok: false, issues: [error(path, `must be an object, not ${show(value)}.`)] };
	const issues: Issue[] = unknownKeys(value, KNOWN, path);

	const s = Object.hasOwn(value, 's') ? value.s : 'f';
	if (!isFpnPresetId(s)) {
		issues.push(error(`${path}.step`, `${show(s)} is not one of the steps a–f.`));
		return { ok: false, issues };
	}
	const candidate: Record<string, unknown> = { ...fpnPreset(s) };
	for (const [field, key] of GLOBAL_KEYS) {
		if (Object.hasOwn(value, key)) candidate[field] = value[key];
	}
	if (Object.hasOwn(value, 'sp')) {
		const sp = value.sp;
		candidate.separable = sp === 1 ? true : sp === 0 ? false : sp;
	}
	if (Object.hasOwn(value, 'bb')) {
		const bb = readBackbone(value.bb, `${path}.backboneChannels`, issues);
		if (bb === undefined) delete candidate.backboneChannels;
		else candidate.backboneChannels = bb;
	}
	const rows = own(value, 'x');
	if (rows !== undefined) {
		if (!Array.isArray(rows)) issues.push(error(`${path}.cells`, `must be a list of cell rows, not ${show(rows)}.`));
		else candidate.cells = rows.map((row, i) => rowToCell(row, `${path}.cells[${i}]`, issues));
	}
	const checked = validateNasfpn(candidate);
	if (!checked.ok || issues.length > 0) {
		return { ok: false, issues: mergeIssues(issues, checked.ok ? [] : prefixed(path, checked.issues)) };
	}
	return { ok: true, value: { spec: checked.value, step: s }, warnings: prefixed(path, checked.warnings) };
}
