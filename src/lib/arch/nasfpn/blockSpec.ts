// The official TF block-spec list `[(level, combine_fn, (input_offset0, input_offset1), is_output), …]`
// (tensorflow/tpu nasfpn.py NASFPN_BLOCK_SPECS, tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs) ↔ our cells. TF calls gp 'attention'.
// Parsing accepts the Python literal as printed (also [] for tuples, "…" strings, true/false, # comments,
// trailing commas and a leading `NAME =`), and 'gp' / 'global_attention' as names of gp. It checks the form only:
// levels and offsets against a pyramid are checked by validateNasfpn on the full spec.
import { error, type Checked, type Issue } from '../issues';
import type { FpnCell, FpnOp } from './spec';

const TF_OP: Record<FpnOp, string> = { sum: 'sum', gp: 'attention' };
const OP_NAMES: Record<string, FpnOp> = { sum: 'sum', attention: 'gp', gp: 'gp', global_attention: 'gp' };

export function formatBlockSpecs(cells: readonly FpnCell[], options: { multiline?: boolean } = {}): string {
	const entries = cells.map(
		(c) => `(${c.level}, '${TF_OP[c.op]}', (${c.inputs[0]}, ${c.inputs[1]}), ${c.output ? 'True' : 'False'})`
	);
	if (options.multiline) return entries.length === 0 ? '[]' : `[\n${entries.map((e) => `    ${e},`).join('\n')}\n]`;
	return `[${entries.join(', ')}]`;
}

type Node =
	| { kind: 'seq'; items: Node[]; start: number; end: number }
	| { kind: 'str'; value: string; start: number; end: number }
	| { kind: 'num'; value: number; start: number; end: number }
	| { kind: 'bool'; value: boolean; start: number; end: number };

class ParseError extends Error {
	constructor(
		message: string,
		readonly at: number
	) {
		super(message);
	}
}

/** A recursive-descent reader for the little Python-literal subset the list uses. */
class Reader {
	pos = 0;
	constructor(readonly text: string) {}

	skip(): void {
		for (;;) {
			while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
			if (this.text[this.pos] === '#') {
				while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
			} else return;
		}
	}

	value(): Node {
		this.skip();
		const start = this.pos;
		const ch = this.text[this.pos];
		if (ch === undefined) throw new ParseError('the text ends where a value was expected', start);
		if (ch === '[' || ch === '(') return this.seq(ch === '[' ? ']' : ')');
		if (ch === "'" || ch === '"') {
			const end = this.text.indexOf(ch, start + 1);
			const nl = this.text.indexOf('\n', start + 1);
			if (end < 0 || (nl >= 0 && nl < end)) throw new ParseError('a quoted name is not closed', start);
			this.pos = end + 1;
			return { kind: 'str', value: this.text.slice(start + 1, end), start, end: this.pos };
		}
		const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(start));
		if (word) {
			const w = word[0];
			if (w === 'True' || w === 'true' || w === 'False' || w === 'false') {
				this.pos += w.length;
				return { kind: 'bool', value: w === 'True' || w === 'true', start, end: this.pos };
			}
			throw new ParseError(`unexpected name ${w} (write True or False, or put op names in quotes)`, start);
		}
		const num = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(this.text.slice(start));
		if (num) {
			this.pos += num[0].length;
			return { kind: 'num', value: Number(num[0]), start, end: this.pos };
		}
		throw new ParseError(`unexpected character ${JSON.stringify(ch)}`, start);
	}

	seq(close: ']' | ')'): Node {
		const start = this.pos;
		this.pos++;
		const items: Node[] = [];
		for (;;) {
			this.skip();
			if (this.text[this.pos] === close) {
				this.pos++;
				return { kind: 'seq', items, start, end: this.pos };
			}
			items.push(this.value());
			this.skip();
			const ch = this.text[this.pos];
			if (ch === ',') this.pos++;
			else if (ch !== close) {
				throw new ParseError(
					ch === undefined ? `the text ends before the closing ${close}` : `expected "," or "${close}" here`,
					this.pos
				);
			}
		}
	}
}

function snippet(text: string, node: { start: number; end: number }): string {
	const s = text.slice(node.start, node.end).replace(/\s+/g, ' ');
	return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

function lineCol(text: string, at: number): string {
	const before = text.slice(0, at);
	const line = before.split('\n').length;
	const col = at - before.lastIndexOf('\n');
	return `line ${line}, column ${col}`;
}

export function parseBlockSpecs(text: string): Checked<FpnCell[]> {
	if (typeof text !== 'string') return { ok: false, issues: [error('blockSpecs', 'must be text.')] };
	const reader = new Reader(text);
	let root: Node;
	try {
		reader.skip();
		const assign = /^[A-Za-z_][A-Za-z0-9_]*\s*=/.exec(text.slice(reader.pos));
		if (assign) reader.pos += assign[0].length;
		reader.skip();
		if (reader.pos >= text.length)
			return { ok: false, issues: [error('blockSpecs', 'is empty: write a list of cells.')] };
		root = reader.value();
		reader.skip();
		if (reader.pos < text.length) throw new ParseError('unexpected text after the end of the list', reader.pos);
	} catch (e) {
		if (e instanceof ParseError) {
			return { ok: false, issues: [error('blockSpecs', `${lineCol(text, e.at)}: ${e.message}.`)] };
		}
		return { ok: false, issues: [error('blockSpecs', 'could not be read.')] };
	}
	if (root.kind !== 'seq') {
		return { ok: false, issues: [error('blockSpecs', 'must be a list of (level, op, (i, j), is_output) entries.')] };
	}
	const issues: Issue[] = [];
	const cells: FpnCell[] = [];
	root.items.forEach((entry, k) => {
		const at = `blockSpecs[${k}]`;
		const where = `entry ${k} ${snippet(text, entry)}`;
		if (entry.kind !== 'seq' || entry.items.length !== 4) {
			issues.push(error(at, `${where}: must have the form (level, op, (i, j), is_output).`));
			return;
		}
		const [lv, op, pair, out] = entry.items;
		const before = issues.length;
		if (lv.kind !== 'num' || !Number.isInteger(lv.value)) {
			issues.push(error(`${at}.level`, `${where}: the level must be a whole number.`));
		}
		let fpnOp: FpnOp | undefined;
		if (op.kind !== 'str') issues.push(error(`${at}.op`, `${where}: the op must be a quoted name such as 'sum'.`));
		else {
			fpnOp = Object.hasOwn(OP_NAMES, op.value) ? OP_NAMES[op.value] : undefined;
			if (!fpnOp)
				issues.push(error(`${at}.op`, `${where}: unknown op '${op.value}'; use 'sum' or 'attention' (also 'gp').`));
		}
		if (pair.kind !== 'seq' || pair.items.length !== 2) {
			issues.push(error(`${at}.inputs`, `${where}: the inputs must be a pair of node offsets (i, j).`));
		} else {
			pair.items.forEach((p, m) => {
				if (p.kind !== 'num' || !Number.isInteger(p.value) || p.value < 0) {
					issues.push(error(`${at}.inputs[${m}]`, `${where}: an input offset must be a whole number, 0 or more.`));
				}
			});
		}
		if (out.kind !== 'bool') issues.push(error(`${at}.output`, `${where}: is_output must be True or False.`));
		if (issues.length > before || !fpnOp || lv.kind !== 'num' || pair.kind !== 'seq' || out.kind !== 'bool') return;
		const [i, j] = pair.items as { value: number }[];
		cells.push({ level: lv.value, op: fpnOp, inputs: [i.value, j.value], output: out.value });
	});
	if (root.items.length === 0) issues.push(error('blockSpecs', 'is empty: write at least one cell.'));
	if (issues.length > 0) return { ok: false, issues };
	return { ok: true, value: cells, warnings: [] };
}
