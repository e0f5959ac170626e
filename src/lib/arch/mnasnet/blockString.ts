// TF block strings (tensorflow/tpu mnasnet_models.py MnasNetDecoder, tensorflow/tpu models/official/mnasnet/mnasnet_models.py):
//   r{repeats}_k{kernel}_s{sh}{sw}_e{expand}_i{in}_o{out}[_se{ratio}][_noskip]
// plus this app's extension `_op{conv|sep}` for the search space's non-MBConv ops (absent = mbconv; `e1` is an
// MBConv with t = 1, which the tf convention builds exactly like a SepConv). Tokens may come in any order, as in TF.
// `i` is informational: a spec's block takes its input from the previous block, so the parser reports it separately.
import { error, type Checked, type Issue } from '../issues';
import { isOddKernel, LIMITS } from './limits';
import type { MnasBlock, MnasnetSpec, MnasOp } from './spec';

const OP_SUFFIX: Record<string, MnasOp> = { conv: 'conv', sep: 'sepconv' };
const OP_TOKEN: Record<MnasOp, string> = { conv: 'conv', sepconv: 'sep', mbconv: '' };

export interface ParsedBlockString {
	block: MnasBlock;
	/** the string's `i` (input channels as written) */
	inChannels: number;
}

const INT = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/** Parses one block string and also returns its `i`; every problem names the bad token. */
export function parseBlockStringDetailed(text: string, path = 'block'): Checked<ParsedBlockString> {
	const issues: Issue[] = [];
	const src = typeof text === 'string' ? text.trim() : '';
	if (src === '')
		return { ok: false, issues: [error(path, 'The block string is empty; write one like r2_k3_s22_e6_i16_o24.')] };

	const ints: Record<string, number> = {};
	let se = 0;
	let skip: MnasBlock['skip'] = 'identity';
	let op: MnasOp = 'mbconv';
	const seen = new Set<string>();
	const once = (key: string, token: string): boolean => {
		if (seen.has(key)) {
			issues.push(error(path, `"${token}" repeats the "${key}" part of "${src}"; write each part once.`));
			return false;
		}
		seen.add(key);
		return true;
	};

	for (const token of src.split('_')) {
		if (token === 'noskip') {
			if (once('noskip', token)) skip = 'none';
			continue;
		}
		if (token.startsWith('se')) {
			const v = token.slice(2);
			if (!DECIMAL.test(v)) issues.push(error(path, `"${token}": the SE ratio must be a number like se0.25.`));
			else if (once('se', token)) {
				se = Number(v);
				if (se > LIMITS.se.max) issues.push(error(path, `"${token}": the SE ratio must be between 0 and 1.`));
			}
			continue;
		}
		if (token.startsWith('op')) {
			const v = token.slice(2);
			const o = OP_SUFFIX[v];
			if (o === undefined || !Object.hasOwn(OP_SUFFIX, v))
				issues.push(error(path, `"${token}": the op must be opconv or opsep (no op part means MBConv).`));
			else if (once('op', token)) op = o;
			continue;
		}
		const key = token.charAt(0);
		const v = token.slice(1);
		if (key === '' || !'rkseio'.includes(key)) {
			issues.push(
				error(path, `"${token}" is not a part of a block string; the parts are r, k, s, e, i, o, se, noskip and op.`)
			);
			continue;
		}
		if (!INT.test(v)) {
			issues.push(error(path, `"${token}": "${key}" must be followed by a whole number.`));
			continue;
		}
		if (!once(key, token)) continue;
		if (key === 's') {
			if (v.length !== 2 || v[0] !== v[1] || (v[0] !== '1' && v[0] !== '2')) {
				issues.push(
					error(path, `"${token}": the stride must be s11 or s22 (the same stride in both directions, 1 or 2).`)
				);
			} else ints.s = Number(v[0]);
			continue;
		}
		ints[key] = Number(v);
	}

	const need: [string, string][] = [
		['r', 'repeats, e.g. r2'],
		['k', 'kernel size, e.g. k3'],
		['s', 'stride, e.g. s22'],
		['e', 'expansion ratio, e.g. e6'],
		['i', 'input channels, e.g. i16'],
		['o', 'output channels, e.g. o24']
	];
	for (const [key, what] of need) {
		if (!seen.has(key)) issues.push(error(path, `"${src}" has no "${key}" part (${what}).`));
	}
	const range = (key: string, min: number, max: number, what: string) => {
		const v = ints[key];
		if (v !== undefined && (v < min || v > max))
			issues.push(error(path, `"${key}${v}": ${what} must be between ${min} and ${max}.`));
	};
	range('r', LIMITS.repeats.min, LIMITS.repeats.max, 'the repeats');
	range('e', LIMITS.expansion.min, LIMITS.expansion.max, 'the expansion ratio');
	range('i', LIMITS.channels.min, LIMITS.channels.max, 'the input channels');
	range('o', LIMITS.channels.min, LIMITS.channels.max, 'the output channels');
	if (ints.k !== undefined && !isOddKernel(ints.k))
		issues.push(error(path, `"k${ints.k}": the kernel size must be odd, from 1 to 11.`));

	if (issues.length > 0) return { ok: false, issues };
	return {
		ok: true,
		value: {
			block: { op, t: ints.e, c: ints.o, n: ints.r, s: ints.s, k: ints.k, se, skip },
			inChannels: ints.i
		},
		warnings: []
	};
}

/** Parses one block string to a block (`path` prefixes every problem, e.g. `blocks[2]`). */
export function parseBlockString(text: string, path = 'block'): Checked<MnasBlock> {
	const parsed = parseBlockStringDetailed(text, path);
	return parsed.ok ? { ok: true, value: parsed.value.block, warnings: parsed.warnings } : parsed;
}

/** Strips the quotes and brackets of a pasted Python list, then splits on commas, whitespace and newlines. */
export function splitBlockStrings(text: string): string[] {
	return scanBlockStrings(text, Infinity).tokens;
}

/** The first `keep` tokens of splitBlockStrings and how many there are in all, in one pass without a list of them all. */
function scanBlockStrings(text: string, keep: number): { tokens: string[]; count: number } {
	const tokens: string[] = [];
	let count = 0;
	if (typeof text !== 'string') return { tokens, count };
	for (const m of text.matchAll(/[^\s,]+/g)) {
		const t = m[0].replace(/^['"[\]]+|['"[\]]+$/g, '');
		if (t === '') continue;
		if (count < keep) tokens.push(t);
		count++;
	}
	return { tokens, count };
}

/** Parses one block string per line (or separated by commas or whitespace); problems carry `blocks[i]`. */
export function parseBlockStrings(text: string): Checked<MnasBlock[]> {
	// past the limit the list is refused anyway: parse only what could be used, so a huge paste stays fast
	const { tokens, count } = scanBlockStrings(text, LIMITS.blocks.max);
	if (count === 0)
		return {
			ok: false,
			issues: [error('blocks', 'There are no block strings; write one per line, like r2_k3_s22_e6_i16_o24.')]
		};
	const issues: Issue[] = [];
	const blocks: MnasBlock[] = [];
	if (count > LIMITS.blocks.max)
		issues.push(error('blocks', `There are ${count} block strings; at most ${LIMITS.blocks.max} blocks are allowed.`));
	tokens.forEach((token, i) => {
		const parsed = parseBlockString(token, `blocks[${i}]`);
		if (parsed.ok) blocks.push(parsed.value);
		else issues.push(...parsed.issues);
	});
	return issues.length > 0 ? { ok: false, issues } : { ok: true, value: blocks, warnings: [] };
}

/** A number without exponent notation (String(1e-7) is "1e-7", which the grammar does not accept). */
function plainDecimal(x: number): string {
	const s = String(x);
	return s.includes('e') ? x.toFixed(12).replace(/\.?0+$/, '') : s;
}

/** The block as a TF block string; `inChannels` fills the `i` part (in spec units). */
export function formatBlockString(block: MnasBlock, inChannels: number): string {
	const parts = [`r${block.n}`, `k${block.k}`, `s${block.s}${block.s}`, `e${block.t}`, `i${inChannels}`, `o${block.c}`];
	if (block.se > 0) parts.push(`se${plainDecimal(block.se)}`);
	if (block.skip === 'none') parts.push('noskip');
	if (OP_TOKEN[block.op]) parts.push(`op${OP_TOKEN[block.op]}`);
	return parts.join('_');
}

/** One block string per block; `i` is the previous block's `c` (the stem for the first), in spec units. */
export function formatBlockStrings(spec: Pick<MnasnetSpec, 'stem' | 'blocks'>): string[] {
	let inChannels = spec.stem;
	return spec.blocks.map((b) => {
		const s = formatBlockString(b, inChannels);
		inChannels = b.c;
		return s;
	});
}
