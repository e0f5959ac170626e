// Checks an untrusted NAS-FPN spec (URL, file, typed text): zod for the shape, then the graph rules.
// Every problem is reported at once with the field path a student reads (`cells[3].inputs[1]`); never throws.
import { z } from 'zod/mini'; // the functional build: only the checks used reach the page
import { error, gotParams, warning, type Checked, type Issue } from '../issues';
import { resolveNasfpn } from './graph';
import { cellOffset, levelCount, readOrder } from './levels';
import type { FpnCell, NasfpnSpec } from './spec';
import { oncePerSpec } from '../perSpec';

export const NASFPN_LIMITS = {
	minLevel: [1, 9],
	maxLevel: [1, 9],
	channels: [1, 4096],
	imageSize: [32, 4096],
	repeats: [1, 16],
	cells: [1, 64]
} as const;

const int = z.int();
const ranged = (key: keyof typeof NASFPN_LIMITS) =>
	z.int().check(z.minimum(NASFPN_LIMITS[key][0]), z.maximum(NASFPN_LIMITS[key][1]));

const cellSchema = z.strictObject({
	level: int,
	op: z.enum(['sum', 'gp']),
	inputs: z.array(int).check(z.length(2)),
	output: z.boolean()
});

const specSchema = z.strictObject({
	kind: z.literal('nasfpn'),
	minLevel: ranged('minLevel'),
	maxLevel: ranged('maxLevel'),
	channels: ranged('channels'),
	imageSize: ranged('imageSize'),
	repeats: ranged('repeats'),
	separable: z.boolean(),
	// a backbone width is a channel count: the same cap as `channels`
	backboneChannels: z.optional(z.record(z.string(), ranged('channels'))),
	cells: z.array(cellSchema).check(z.minLength(1), z.maxLength(64))
});

type PathKey = PropertyKey;

/** `cells[3].inputs[1]`, `backboneChannels.4`; the root is `spec`. */
export function formatPath(path: readonly PathKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out === '' ? 'spec' : out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function valueAt(root: unknown, path: readonly PathKey[]): { present: boolean; value: unknown } {
	let cur: unknown = root;
	for (const key of path) {
		if (typeof key === 'number' && Array.isArray(cur) && key < cur.length) cur = cur[key];
		else if (typeof key === 'string' && isRecord(cur) && Object.hasOwn(cur, key)) cur = cur[key];
		else return { present: false, value: undefined };
	}
	return { present: true, value: cur };
}

function describe(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
	if (typeof v === 'string') return `the text "${v.length > 20 ? v.slice(0, 20) + '…' : v}"`;
	if (typeof v === 'object') return 'an object';
	return String(v);
}

const EXPECTED: Record<string, string> = {
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object',
	record: 'an object'
};

/** One zod issue → our plain sentences (one per unknown key). */
function mapZodIssue(iss: z.core.$ZodIssue, input: unknown): Issue[] {
	const path = iss.path as PathKey[];
	const last = path[path.length - 1];
	const p = formatPath(path);
	const { present, value } = valueAt(input, path);
	const g = present && value === undefined ? { gotKind: 'other', got: 'undefined' } : gotParams(value, 20);
	switch (iss.code) {
		case 'unrecognized_keys':
			return iss.keys.map((k) =>
				error(formatPath([...path, k]), `"${k}" is not a known field.`, 'f.unknownKey', { key: k })
			);
		case 'invalid_type': {
			if (!present) return [error(p, 'is missing.', 'f.missing')];
			const want = EXPECTED[iss.expected] ?? iss.expected;
			return [error(p, `must be ${want}, not ${describe(value)}.`, 'f.wrongType', { want: iss.expected, ...g })];
		}
		case 'invalid_value':
			if (!present) return [error(p, 'is missing.', 'f.missing')];
			if (last === 'op') {
				if (typeof value === 'string')
					return [
						error(
							p,
							`unknown op "${value.slice(0, 20)}": use "sum" or "gp" (global-pool attention).`,
							'f.opUnknownText',
							{ op: value.slice(0, 20) }
						)
					];
				return [
					error(p, `unknown op ${describe(value)}: use "sum" or "gp" (global-pool attention).`, 'f.opUnknown', g)
				];
			}
			if (last === 'kind') return [error(p, `must be "nasfpn", not ${describe(value)}.`, 'f.kind', g)];
			return [error(p, `has a value that is not allowed (${describe(value)}).`, 'f.notAllowed', g)];
		case 'too_small':
		case 'too_big': {
			if (last === 'inputs') {
				const n = Array.isArray(value) ? value.length : 0;
				return [error(p, `needs exactly two inputs, not ${n}.`, 'f.inputsCount', { n })];
			}
			if (last === 'cells') {
				const n = Array.isArray(value) ? value.length : 0;
				return [
					n === 0
						? error(p, 'needs at least one cell.', 'f.cellsEmpty')
						: error(p, `has ${n} cells; at most ${NASFPN_LIMITS.cells[1]} are allowed.`, 'f.cellsTooMany', {
								n,
								max: NASFPN_LIMITS.cells[1]
							})
				];
			}
			if (path[0] === 'backboneChannels') {
				const [lo, hi] = NASFPN_LIMITS.channels;
				return [
					error(p, `a backbone width must be between ${lo} and ${hi}, not ${describe(value)}.`, 'f.backboneRange', {
						...g,
						lo,
						hi
					})
				];
			}
			if (typeof last === 'string' && last in NASFPN_LIMITS) {
				const [lo, hi] = NASFPN_LIMITS[last as keyof typeof NASFPN_LIMITS];
				return [error(p, `must be between ${lo} and ${hi}, not ${describe(value)}.`, 'f.range', { lo, hi, ...g })];
			}
			return [error(p, `is out of range (${describe(value)}).`, 'f.outOfRange', g)];
		}
		default:
			return [error(p, 'is not valid.', 'f.invalid')];
	}
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** The graph rules zod cannot express, checked on whatever parts of the input are well typed. */
function semanticIssues(input: unknown): Issue[] {
	if (!isRecord(input)) return [];
	const out: Issue[] = [];
	const { minLevel, maxLevel } = input;
	const levelsOk = isInt(minLevel) && isInt(maxLevel) && minLevel >= 1 && maxLevel <= 9;
	if (isInt(minLevel) && isInt(maxLevel) && minLevel >= maxLevel) {
		out.push(
			error('minLevel', `must be below maxLevel (got minLevel ${minLevel}, maxLevel ${maxLevel}).`, 'f.levelsOrder', {
				minLevel,
				maxLevel
			})
		);
	}
	const pyramidOk = levelsOk && (minLevel as number) < (maxLevel as number);
	const pyramid = pyramidOk ? { minLevel: minLevel as number, maxLevel: maxLevel as number } : null;
	const range = pyramidOk ? `P${minLevel}–P${maxLevel}` : '';

	if (Array.isArray(input.cells)) {
		input.cells.forEach((cell: unknown, c: number) => {
			if (!isRecord(cell)) return; // zod reports it
			if (pyramidOk && isInt(cell.level) && (cell.level < (minLevel as number) || cell.level > (maxLevel as number))) {
				out.push(
					error(`cells[${c}].level`, `level ${cell.level} is outside the pyramid ${range}.`, 'f.levelOutside', {
						level: cell.level,
						range
					})
				);
			}
			if (Array.isArray(cell.inputs)) {
				cell.inputs.forEach((src: unknown, k: number) => {
					if (!isInt(src)) return;
					const path = `cells[${c}].inputs[${k}]`;
					if (src < 0) out.push(error(path, `must be 0 or more, not ${src}.`, 'f.inputNegative', { src }));
					else if (pyramid && readOrder(pyramid, c, src) !== 'earlier') {
						const self = cellOffset(pyramid, c);
						out.push(
							src === self
								? error(
										path,
										`points at the cell's own node (${src}): a cell can only read earlier nodes (0–${self - 1}).`,
										'f.inputSelf',
										{
											src,
											last: self - 1
										}
									)
								: error(
										path,
										`points at node ${src}, which is made later: a cell can only read earlier nodes (0–${self - 1}), otherwise the graph has a cycle.`,
										'f.inputLater',
										{ src, last: self - 1 }
									)
						);
					}
				});
			}
		});
	}

	const bb = input.backboneChannels;
	if (isRecord(bb)) {
		const keys = Object.keys(bb);
		for (const key of keys) {
			const level = Number(key);
			if (!/^[1-9]\d*$/.test(key)) {
				out.push(error(`backboneChannels.${key}`, `"${key}" is not a level number.`, 'f.bbNotLevel', { key }));
			} else if (pyramidOk && (level < (minLevel as number) || level > (maxLevel as number))) {
				out.push(
					error(`backboneChannels.${key}`, `level ${level} is outside the pyramid ${range}.`, 'f.levelOutside', {
						level,
						range
					})
				);
			}
		}
		if (pyramidOk && !keys.includes(String(minLevel))) {
			out.push(
				error(
					'backboneChannels',
					`must give the width of the lowest level P${minLevel}: the other missing levels are pooled from the one below.`,
					'f.bbLowest',
					{ minLevel: minLevel as number }
				)
			);
		}
	}
	return out;
}

/** Warnings for a spec that is valid: padding, dead nodes, pass-through levels, a differing TF output rule. Worked
 * out once per spec object (validation and the cost report share the array). */
export const nasfpnWarnings: (spec: NasfpnSpec) => readonly Issue[] = oncePerSpec((spec) =>
	Object.freeze(computeWarnings(spec))
);

function computeWarnings(spec: NasfpnSpec): Issue[] {
	const out: Issue[] = [];
	const stride = 2 ** spec.maxLevel;
	if (spec.imageSize % stride !== 0) {
		out.push(
			warning(
				'imageSize',
				`${spec.imageSize} is not a multiple of 2^${spec.maxLevel} = ${stride}: the official code needs the image padded (e.g. to ${Math.ceil(spec.imageSize / stride) * stride}), or upsampled maps will not match.`,
				'f.wPad',
				{ size: spec.imageSize, maxLevel: spec.maxLevel, stride, padded: Math.ceil(spec.imageSize / stride) * stride }
			)
		);
	}
	const graph = resolveNasfpn(spec);
	for (const o of graph.deadNodes) {
		const node = graph.nodes[o];
		out.push(
			warning(
				`cells[${node.cell}]`,
				`node ${o} (P${node.level}) reaches no output of the pyramid: it is computed and then thrown away (a dead node).`,
				'f.wDead',
				{ node: o, level: node.level }
			)
		);
	}
	for (const level of graph.passThroughLevels) {
		out.push(
			warning(
				'cells',
				`no cell outputs P${level}: the P${level} input passes through to the next repeat unchanged.`,
				'f.wPass',
				{ level }
			)
		);
	}
	if (!graph.tfOutputsMatch) {
		out.push(
			warning(
				'cells',
				`the official code takes the last ${levelCount(spec)} nodes as the outputs (by level); for this graph that differs from the output cells, so the official code would build a different pyramid or fail.`,
				'f.wTfOutputs',
				{ n: levelCount(spec) }
			)
		);
	}
	return out;
}

function cleanCell(cell: z.infer<typeof cellSchema>): FpnCell {
	return { level: cell.level, op: cell.op, inputs: [cell.inputs[0], cell.inputs[1]], output: cell.output };
}

export function validateNasfpn(input: unknown): Checked<NasfpnSpec> {
	let issues: Issue[];
	let parsed: z.infer<typeof specSchema> | undefined;
	try {
		const result = specSchema.safeParse(input);
		issues = result.success ? [] : result.error.issues.flatMap((iss) => mapZodIssue(iss, input));
		if (result.success) parsed = result.data;
		issues.push(...semanticIssues(input));
	} catch {
		// Getters or proxies in hand-made objects; JSON input never gets here.
		return { ok: false, issues: [error('spec', 'could not be read.', 'f.unreadable')] };
	}
	// One message per field is enough when zod and a graph rule report the same spot.
	const seen = new Set<string>();
	issues = issues.filter((i) => {
		const key = `${i.path}\u0000${i.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	if (issues.length > 0 || !parsed) return { ok: false, issues };

	const spec: NasfpnSpec = {
		kind: 'nasfpn',
		minLevel: parsed.minLevel,
		maxLevel: parsed.maxLevel,
		channels: parsed.channels,
		imageSize: parsed.imageSize,
		repeats: parsed.repeats,
		separable: parsed.separable,
		cells: parsed.cells.map(cleanCell)
	};
	if (parsed.backboneChannels) {
		const bb: Record<string, number> = {};
		for (const key of Object.keys(parsed.backboneChannels).sort((a, b) => Number(a) - Number(b)))
			bb[String(Number(key))] = parsed.backboneChannels[key];
		spec.backboneChannels = bb;
	}
	return { ok: true, value: spec, warnings: nasfpnWarnings(spec) };
}
