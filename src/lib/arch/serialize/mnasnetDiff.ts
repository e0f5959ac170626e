// The MnasNet part of a link: the preset id plus only what differs from that preset (globals by short key, blocks as
// compact rows when any block differs). See codec.ts for the format.
import { error, type Checked, type Issue } from '../issues';
import type { MnasBlock, MnasnetSpec, MnasPresetId } from '../mnasnet/spec';
import { isMnasPresetId, mnasPreset, validateMnasnet } from '../mnasnet';
import { isPlainObject, mergeIssues, own, prefixed, show, unknownKeys, type Json } from './read';

/** global field → short key in the link */
const GLOBAL_KEYS = [
	['convention', 'cv'],
	['widthMult', 'w'],
	['resolution', 'r'],
	['numClasses', 'nc'],
	['stem', 'st'],
	['head', 'hd']
] as const;
const KNOWN = ['p', 'b', ...GLOBAL_KEYS.map(([, k]) => k)];

const OP_CODE = { conv: 'c', sepconv: 's', mbconv: 'm' } as const;
const CODE_OP: Record<string, MnasBlock['op']> = { c: 'conv', s: 'sepconv', m: 'mbconv' };
/** row layout: [op, t, c, n, s, k, se, skip] */
const ROW_FIELDS = ['op', 't', 'c', 'n', 's', 'k', 'se', 'skip'] as const;

function blockRow(b: MnasBlock): Json[] {
	return [OP_CODE[b.op], b.t, b.c, b.n, b.s, b.k, b.se, b.skip === 'identity' ? 1 : 0];
}

function sameBlocks(a: readonly MnasBlock[], b: readonly MnasBlock[]): boolean {
	return a.length === b.length && a.every((x, i) => ROW_FIELDS.every((f) => x[f] === b[i][f]));
}

/** `withRows`: write the block rows even when they equal the preset's (an edited compare side must not read as the preset). */
export function encodeMnasnet(spec: MnasnetSpec, presetId: MnasPresetId, withRows = false): Record<string, Json> {
	const base = mnasPreset(presetId);
	const out: Record<string, Json> = {};
	if (presetId !== 'lecture') out.p = presetId;
	for (const [field, key] of GLOBAL_KEYS) if (spec[field] !== base[field]) out[key] = spec[field];
	if (withRows || !sameBlocks(spec.blocks, base.blocks)) out.b = spec.blocks.map(blockRow);
	return out;
}

/** A row back to a block-shaped object; values stay as they came so the engine's validation words the problems. */
function rowToBlock(row: unknown, path: string, issues: Issue[]): unknown {
	if (!Array.isArray(row)) {
		issues.push(
			error(path, `must be a list of ${ROW_FIELDS.length} values (op, t, c, n, s, k, se, skip), not ${show(row)}.`)
		);
		return undefined;
	}
	if (row.length !== ROW_FIELDS.length) {
		issues.push(error(path, `must have ${ROW_FIELDS.length} values (op, t, c, n, s, k, se, skip), not ${row.length}.`));
		return undefined;
	}
	const [op, t, c, n, s, k, se, skip] = row as unknown[];
	return {
		op: typeof op === 'string' && Object.hasOwn(CODE_OP, op) ? CODE_OP[op] : op,
		t,
		c,
		n,
		s,
		k,
		se,
		skip: skip === 1 ? 'identity' : skip === 0 ? 'none' : skip
	};
}

export interface DecodedMnas {
	spec: MnasnetSpec;
	presetId: MnasPresetId;
}

/** `value` is the link's `m` object (or undefined for the default preset); `path` names it in messages. */
export function decodeMnasnet(value: unknown, path: string): Checked<DecodedMnas> {
	if (value === undefined) value = {};
	if (!isPlainObject(value)) return { ok: false, issues: [error(path, `must be an object, not ${show(value)}.`)] };
	const issues: Issue[] = unknownKeys(value, KNOWN, path);

	const p = Object.hasOwn(value, 'p') ? value.p : 'lecture';
	if (!isMnasPresetId(p)) {
		issues.push(error(`${path}.preset`, `${show(p)} is not a MnasNet preset.`));
		return { ok: false, issues };
	}
	const candidate: Record<string, unknown> = { ...mnasPreset(p) };
	for (const [field, key] of GLOBAL_KEYS) {
		if (Object.hasOwn(value, key)) candidate[field] = value[key];
	}
	const rows = own(value, 'b');
	if (rows !== undefined) {
		if (!Array.isArray(rows)) issues.push(error(`${path}.blocks`, `must be a list of block rows, not ${show(rows)}.`));
		else candidate.blocks = rows.map((row, i) => rowToBlock(row, `${path}.blocks[${i}]`, issues));
	}
	const checked = validateMnasnet(candidate);
	if (!checked.ok || issues.length > 0) {
		return { ok: false, issues: mergeIssues(issues, checked.ok ? [] : prefixed(path, checked.issues)) };
	}
	return { ok: true, value: { spec: checked.value, presetId: p }, warnings: prefixed(path, checked.warnings) };
}
