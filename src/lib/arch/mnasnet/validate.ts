// validateMnasnet: every problem of an untrusted spec at once, each with its field path and a plain sentence.
// zod checks the structure (types, enums, unknown fields); the range and whole-network checks follow by hand on
// the raw input, so a wrong type in one field never hides a bad value in another. Never throws.
import { z } from 'zod/mini'; // the functional build: only the checks used reach the page
import { error, gotParams, type Checked, type Issue } from '../issues';
import { isOddKernel, LIMITS } from './limits';
import { CONVENTIONS, MNAS_OPS, SKIP_OPS, type MnasnetSpec } from './spec';
import { mnasnetWarnings } from './warnings';
import { blockChannels, headChannels, stemChannels } from './widths';

const blockSchema = z.strictObject({
	op: z.enum(MNAS_OPS as [string, ...string[]]),
	t: z.number(),
	c: z.number(),
	n: z.number(),
	s: z.number(),
	k: z.number(),
	se: z.number(),
	skip: z.enum(SKIP_OPS as [string, ...string[]])
});

const specSchema = z.strictObject({
	kind: z.literal('mnasnet'),
	convention: z.enum(CONVENTIONS as [string, ...string[]]),
	widthMult: z.number(),
	resolution: z.number(),
	numClasses: z.number(),
	stem: z.number(),
	head: z.number(),
	blocks: z.array(blockSchema)
});

const SPEC_FIELDS = Object.keys(specSchema.shape);
const BLOCK_FIELDS = Object.keys(blockSchema.shape);

/** How each field is named in a message: its JSON name and what it means. */
const LABEL: Record<string, string> = {
	kind: 'kind',
	convention: 'convention',
	widthMult: 'widthMult (width multiplier)',
	resolution: 'resolution (input size in pixels)',
	numClasses: 'numClasses (number of classes)',
	stem: 'stem (channels of the first conv)',
	head: 'head (channels of the last 1×1 conv)',
	blocks: 'blocks',
	op: 'op (layer type)',
	t: 't (expansion ratio)',
	c: 'c (output channels)',
	n: 'n (repeats)',
	s: 's (stride)',
	k: 'k (kernel size)',
	se: 'se (squeeze-excitation ratio)',
	skip: 'skip'
};

function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out === '' ? String(part) : `.${String(part)}`;
	}
	return out === '' ? 'spec' : out;
}

function clip(text: string, max = 40): string {
	return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The value a student wrote, in words. */
function describe(v: unknown): string {
	if (v === undefined) return 'missing';
	if (v === null) return 'null';
	if (typeof v === 'number') return Number.isNaN(v) ? 'NaN (not a number)' : String(v);
	if (typeof v === 'string') return `the text "${clip(v)}"`;
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'an object';
	return String(v);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let v: unknown = root;
	for (const part of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<PropertyKey, unknown>)[part as string];
	}
	return v;
}

function labelOf(path: readonly PropertyKey[]): string {
	const last = path[path.length - 1];
	if (typeof last === 'string' && LABEL[last]) return LABEL[last];
	return formatPath(path);
}

/** The field a message names, language-free: its JSON name when it has a label, else its path. */
function fieldOf(path: readonly PropertyKey[]): string {
	const last = path[path.length - 1];
	return typeof last === 'string' && LABEL[last] ? last : formatPath(path);
}

/** Turns one zod issue into our issues (unknown keys give one issue per key). */
function fromZod(issue: z.core.$ZodIssue, root: unknown): Issue[] {
	const path = issue.path;
	const where = formatPath(path);
	const label = labelOf(path);
	const got = valueAt(root, path);
	const field = fieldOf(path);
	const g = gotParams(got);
	switch (issue.code) {
		case 'invalid_type': {
			if (path.length === 0)
				return [
					error(
						where,
						`The spec must be a JSON object with the fields ${SPEC_FIELDS.join(', ')}, but it is ${describe(got)}.`,
						'm.notObject',
						{
							fields: SPEC_FIELDS.join(', '),
							...g
						}
					)
				];
			if (got === undefined)
				return [error(where, `${label} is missing; add it (every field is required).`, 'm.missing', { field })];
			if (issue.expected === 'number')
				return [error(where, `${label} must be a number, but it is ${describe(got)}.`, 'm.notNumber', { field, ...g })];
			if (issue.expected === 'array')
				return [
					error(where, `${label} must be a list of blocks, but it is ${describe(got)}.`, 'm.notList', { field, ...g })
				];
			if (issue.expected === 'object')
				return [
					error(
						where,
						`${where} must be a block object with the fields ${BLOCK_FIELDS.join(', ')}, but it is ${describe(got)}.`,
						'm.blockNotObject',
						{
							where,
							fields: BLOCK_FIELDS.join(', '),
							...g
						}
					)
				];
			return [error(where, `${label} has the wrong type: ${describe(got)}.`, 'm.wrongType', { field, ...g })];
		}
		case 'invalid_value': {
			const options = issue.values.map((v) => `"${String(v)}"`).join(', ');
			if (got === undefined)
				return [
					error(
						where,
						`${label} is missing; it must be ${issue.values.length > 1 ? 'one of ' : ''}${options}.`,
						'm.enumMissing',
						{ field, options }
					)
				];
			return [
				error(
					where,
					`${label} must be ${issue.values.length > 1 ? 'one of ' : ''}${options}, but it is ${describe(got)}.`,
					'm.enumInvalid',
					{
						field,
						options,
						...g
					}
				)
			];
		}
		case 'unrecognized_keys': {
			const inBlock = path.length > 0;
			const fields = inBlock ? BLOCK_FIELDS : SPEC_FIELDS;
			return issue.keys.map((key) =>
				error(
					formatPath([...path, clip(key)]),
					`"${clip(key)}" is not a field of ${inBlock ? 'a block' : 'the spec'}; the fields are ${fields.join(', ')}.`,
					inBlock ? 'm.unknownBlockKey' : 'm.unknownKey',
					{ key: clip(key), fields: fields.join(', ') }
				)
			);
		}
		default:
			return [error(where, `${label}: ${issue.message}`, 'm.invalid', { field })];
	}
}

function finite(v: unknown): v is number {
	return typeof v === 'number' && Number.isFinite(v);
}

function checkWhole(out: Issue[], path: string, v: unknown, min: number, max: number): void {
	if (!finite(v)) return;
	const name = path.replace(/^.*\./, '');
	const label = LABEL[name] ?? path;
	const field = LABEL[name] ? name : path;
	if (!Number.isInteger(v))
		out.push(
			error(path, `${label} must be a whole number from ${min} to ${max}; ${v} is not whole.`, 'm.notWhole', {
				field,
				min,
				max,
				value: v
			})
		);
	else if (v < min || v > max)
		out.push(
			error(path, `${label} must be a whole number from ${min} to ${max}; it is ${v}.`, 'm.range', {
				field,
				min,
				max,
				value: v
			})
		);
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Range checks of one block's fields (only those that are finite numbers; zod reports the rest). */
function checkBlock(out: Issue[], raw: unknown, i: number): void {
	if (!isRecord(raw)) return;
	const p = `blocks[${i}]`;
	checkWhole(out, `${p}.t`, raw.t, LIMITS.expansion.min, LIMITS.expansion.max);
	checkWhole(out, `${p}.c`, raw.c, LIMITS.channels.min, LIMITS.channels.max);
	checkWhole(out, `${p}.n`, raw.n, LIMITS.repeats.min, LIMITS.repeats.max);
	if (finite(raw.s) && raw.s !== 1 && raw.s !== 2)
		out.push(
			error(`${p}.s`, `${LABEL.s} must be 1 (keep the size) or 2 (halve it); it is ${raw.s}.`, 'm.stride', {
				field: 's',
				value: raw.s
			})
		);
	if (finite(raw.k) && !isOddKernel(raw.k))
		out.push(
			raw.k > LIMITS.kernel.max
				? error(`${p}.k`, `${LABEL.k} must be at most ${LIMITS.kernel.max}; it is ${raw.k}.`, 'm.kernelMax', {
						field: 'k',
						max: LIMITS.kernel.max,
						value: raw.k
					})
				: error(
						`${p}.k`,
						`${LABEL.k} must be an odd whole number from 1 to 11 (padding k//2 keeps the size only for odd k); it is ${raw.k}.`,
						'm.kernelOdd',
						{ field: 'k', value: raw.k }
					)
		);
	if (finite(raw.se) && (raw.se < LIMITS.se.min || raw.se > LIMITS.se.max))
		out.push(
			error(`${p}.se`, `${LABEL.se} must be between 0 (no SE) and 1 (MnasNet-A1 uses 0.25); it is ${raw.se}.`, 'm.se', {
				field: 'se',
				value: raw.se
			})
		);
}

/** Checks that need several valid fields together: widths after scaling and the feature-map size. */
function checkNetwork(out: Issue[], spec: MnasnetSpec): void {
	// each layer twice: in the English sentence ("the stem") and language-free for the page ("stem")
	const scaled: [string, string][] = [];
	const tooWide: [string, string][] = [];
	const note = (name: string, id: string, written: number, width: number) => {
		if (width < LIMITS.channels.min) scaled.push([`${name} (${written} → ${width})`, `${id} (${written} → ${width})`]);
		else if (width > LIMITS.channels.max)
			tooWide.push([`${name} (${written} → ${width})`, `${id} (${written} → ${width})`]);
	};
	note('the stem', 'stem', spec.stem, stemChannels(spec));
	spec.blocks.forEach((b, i) => note(`blocks[${i}]`, `blocks[${i}]`, b.c, blockChannels(spec, b)));
	note('the head', 'head', spec.head, headChannels(spec));
	const list = (items: [string, string][]) =>
		items.length > 4
			? `${items
					.slice(0, 4)
					.map((x) => x[0])
					.join(', ')} and ${items.length - 4} more`
			: items.map((x) => x[0]).join(', ');
	const layers = (items: [string, string][]) => ({
		layers: items
			.slice(0, 4)
			.map((x) => x[1])
			.join(', '),
		more: Math.max(0, items.length - 4)
	});
	if (scaled.length > 0)
		out.push(
			error(
				'widthMult',
				`widthMult ${spec.widthMult} scales ${list(scaled)} to 0 channels; raise widthMult or the channels so every layer keeps at least 1.`,
				'm.zeroChannels',
				{ width: spec.widthMult, ...layers(scaled) }
			)
		);
	if (tooWide.length > 0)
		out.push(
			error(
				'widthMult',
				`widthMult ${spec.widthMult} makes ${list(tooWide)} wider than ${LIMITS.channels.max} channels; lower widthMult.`,
				'm.tooWide',
				{ width: spec.widthMult, max: LIMITS.channels.max, ...layers(tooWide) }
			)
		);

	let size = Math.ceil(spec.resolution / 2);
	let stride2 = 1; // the stem
	for (let i = 0; i < spec.blocks.length; i++) {
		if (spec.blocks[i].s !== 2) continue;
		stride2++;
		if (size === 1) {
			const need = 2 ** (stride2 - 1) + 1;
			const fits = need <= LIMITS.resolution.max;
			const fix = fits ? `use a resolution of at least ${need}, or stride 1 there` : 'use fewer stride-2 blocks';
			out.push(
				error(
					'resolution',
					`At resolution ${spec.resolution} the feature map is already 1×1 before blocks[${i}], whose stride 2 would shrink it below 1×1; ${fix}.`,
					fits ? 'm.tooSmall' : 'm.tooManyStrides',
					{ resolution: spec.resolution, block: `blocks[${i}]`, need }
				)
			);
			break;
		}
		size = Math.ceil(size / 2);
	}
}

function validate(input: unknown): Checked<MnasnetSpec> {
	const issues: Issue[] = [];
	let forZod = input;
	if (isRecord(input) && Array.isArray(input.blocks)) {
		const n = input.blocks.length;
		if (n < LIMITS.blocks.min)
			issues.push(error('blocks', 'blocks is empty; a network needs at least 1 block.', 'm.blocksEmpty'));
		if (n > LIMITS.blocks.max) {
			issues.push(
				error('blocks', `blocks has ${n} blocks; at most ${LIMITS.blocks.max} are allowed.`, 'm.blocksTooMany', {
					n,
					max: LIMITS.blocks.max
				})
			);
			forZod = { ...input, blocks: input.blocks.slice(0, LIMITS.blocks.max) }; // bound the work on huge lists
		}
	}
	const parsed = specSchema.safeParse(forZod);
	if (!parsed.success) for (const zi of parsed.error.issues) issues.push(...fromZod(zi, forZod));

	if (isRecord(forZod)) {
		const raw = forZod;
		if (finite(raw.widthMult) && (raw.widthMult <= LIMITS.widthMult.min || raw.widthMult > LIMITS.widthMult.max))
			issues.push(
				error(
					'widthMult',
					`${LABEL.widthMult} must be greater than 0 and at most 4 (1 is the standard width); it is ${raw.widthMult}.`,
					'm.widthRange',
					{
						field: 'widthMult',
						value: raw.widthMult
					}
				)
			);
		checkWhole(issues, 'resolution', raw.resolution, LIMITS.resolution.min, LIMITS.resolution.max);
		checkWhole(issues, 'numClasses', raw.numClasses, LIMITS.numClasses.min, LIMITS.numClasses.max);
		checkWhole(issues, 'stem', raw.stem, LIMITS.channels.min, LIMITS.channels.max);
		checkWhole(issues, 'head', raw.head, LIMITS.channels.min, LIMITS.channels.max);
		if (Array.isArray(raw.blocks)) raw.blocks.forEach((b, i) => checkBlock(issues, b, i));
	}

	if (issues.length > 0 || !parsed.success) return { ok: false, issues };
	const spec = parsed.data as MnasnetSpec;
	checkNetwork(issues, spec);
	const warnings = mnasnetWarnings(spec);
	if (issues.length > 0) return { ok: false, issues: [...issues, ...warnings] };
	return { ok: true, value: spec, warnings };
}

/** Every problem of `input` at once; on success a fresh spec object (unknown fields are errors, never kept). */
export function validateMnasnet(input: unknown): Checked<MnasnetSpec> {
	try {
		return validate(input);
	} catch (e) {
		// a getter that throws, a Proxy, …: still an answer, never an exception
		return {
			ok: false,
			issues: [
				error('spec', `The spec could not be read (${clip(String(e), 80)}).`, 'm.unreadable', {
					reason: clip(String(e), 80)
				})
			]
		};
	}
}
