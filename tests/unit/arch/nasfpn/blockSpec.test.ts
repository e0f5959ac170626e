import { describe, it, expect } from 'vitest';
import { formatBlockSpecs, parseBlockSpecs, FPN_STEPS, sampleSearchSpace } from '$lib/arch/nasfpn';

// tensorflow/tpu detection/modeling/architecture/nasfpn.py block specs: NASFPN_BLOCK_SPECS as in tensorflow/tpu nasfpn.py
const TF_TEXT = `NASFPN_BLOCK_SPECS = [
    (4, 'attention', (1, 3), False),
    (4, 'sum', (1, 5), False),
    (3, 'sum', (0, 6), True),
    (4, 'sum', (6, 7), True),
    (5, 'attention', (7, 8), True),
    (7, 'attention', (6, 9), True),
    (6, 'attention', (9, 10), True),
]`;

describe('formatBlockSpecs', () => {
	it('writes (f) as the official list', () => {
		expect(formatBlockSpecs(FPN_STEPS[5].cells)).toBe(
			"[(4, 'attention', (1, 3), False), (4, 'sum', (1, 5), False), (3, 'sum', (0, 6), True), (4, 'sum', (6, 7), True), (5, 'attention', (7, 8), True), (7, 'attention', (6, 9), True), (6, 'attention', (9, 10), True)]"
		);
		expect(formatBlockSpecs(FPN_STEPS[5].cells, { multiline: true })).toBe(
			TF_TEXT.slice('NASFPN_BLOCK_SPECS = '.length)
		);
	});
});

describe('parseBlockSpecs', () => {
	it('reads the TF source text, assignment and trailing comma included', () => {
		const r = parseBlockSpecs(TF_TEXT);
		expect(r.ok && r.value).toEqual(FPN_STEPS[5].cells);
	});

	it.each([...FPN_STEPS.map((s) => [s.label, s.cells] as const), ['sample 7', sampleSearchSpace(7)] as const])(
		'round-trips %s',
		(_label, cells) => {
			for (const multiline of [false, true]) {
				const r = parseBlockSpecs(formatBlockSpecs(cells, { multiline }));
				expect(r.ok && r.value).toEqual(cells);
			}
		}
	);

	it('accepts gp / global_attention, double quotes, lists for tuples, true/false and comments', () => {
		const r = parseBlockSpecs(`# mine
[[4, "gp", [1, 3], false], (4, 'global_attention', (1, 5), true),]`);
		expect(r.ok && r.value).toEqual([
			{ level: 4, op: 'gp', inputs: [1, 3], output: false },
			{ level: 4, op: 'gp', inputs: [1, 5], output: true }
		]);
	});

	it.each([
		{ text: "[(4, 'concat', (1, 3), False)]", path: 'blockSpecs[0].op', msg: "unknown op 'concat'" },
		{ text: "[(4, 'sum', (1, 3), False), (4, 'sum', (1,), True)]", path: 'blockSpecs[1].inputs', msg: 'pair' },
		{ text: "[(4, 'sum', (1, 3))]", path: 'blockSpecs[0]', msg: '(level, op, (i, j), is_output)' },
		{ text: "[(4.5, 'sum', (1, 3), False)]", path: 'blockSpecs[0].level', msg: 'whole number' },
		{ text: "[(4, 'sum', (1, -3), False)]", path: 'blockSpecs[0].inputs[1]', msg: '0 or more' },
		{ text: "[(4, 'sum', (1, 3), 1)]", path: 'blockSpecs[0].output', msg: 'True or False' },
		{ text: '[(4, sum, (1, 3), False)]', path: 'blockSpecs', msg: 'unexpected name sum' },
		{ text: "[(4, 'sum', (1, 3), False)", path: 'blockSpecs', msg: 'ends before' },
		{ text: "[(4, 'sum' (1, 3), False)]", path: 'blockSpecs', msg: 'line 1, column 12' },
		{ text: "[(4, 'sum', (1, 3), False)] junk", path: 'blockSpecs', msg: 'after the end' },
		{ text: '', path: 'blockSpecs', msg: 'empty' },
		{ text: '[]', path: 'blockSpecs', msg: 'empty' },
		{ text: "'sum'", path: 'blockSpecs', msg: 'must be a list' }
	])('rejects $text → $path', ({ text, path, msg }) => {
		const r = parseBlockSpecs(text);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const hit = r.issues.find((i) => i.path === path);
		expect(hit, JSON.stringify(r.issues)).toBeDefined();
		expect(hit?.message).toContain(msg);
	});

	it('names the bad entry in the message and reports all bad entries', () => {
		const r = parseBlockSpecs("[(4, 'max', (1, 3), False), (4, 'sum', (1, 5), False), (3, 'sum', (0, 6), maybe)]");
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues).toHaveLength(1); // `maybe` is a syntax error, reported alone
		const r2 = parseBlockSpecs("[(4, 'max', (1, 3), False), (4, 'sum', (1, 5), False), (3, 'sum', (0, 6), 'yes')]");
		expect(r2.ok).toBe(false);
		if (r2.ok) return;
		expect(r2.issues.map((i) => i.path)).toEqual(['blockSpecs[0].op', 'blockSpecs[2].output']);
		expect(r2.issues[0].message).toContain("entry 0 (4, 'max', (1, 3), False)");
	});
});
