import { describe, it, expect } from 'vitest';
import { mnasPreset } from '$lib/arch/mnasnet';
import { SPEC_FILE_MAX_BYTES } from '$lib/arch/export/specFile';
import { runStats } from '../../../src/cli/runStats';
import { escapeControls, oneLine, problemLines } from '../../../src/cli/safeText';

// Spec files written to hurt: control characters, huge keys, a million problems, endless input, other encodings.

const ESC = '\u001b';
const BEL = '\u0007';
const spec = () => ({ ...mnasPreset('mnasnet-b1') });
const reader = (files: Record<string, string | Uint8Array>) => (p: string) => {
	if (!(p in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
	return files[p];
};
/** no raw control character but newline (what a terminal would act on) */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const printable = (text: string) => !/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/.test(text);

describe('escapeControls', () => {
	it.each([
		['ESC', `${ESC}[2J`, '\\u001b[2J'],
		['BEL', `a${BEL}`, 'a\\u0007'],
		['C1 CSI', 'x\u009b31m', 'x\\u009b31m'],
		['bidi override', 'a\u202Eb', 'a\\u202eb'],
		['plain text and newlines stay', 'blocks[3].k: 7\n', 'blocks[3].k: 7\n']
	])('%s', (_name, input, output) => {
		expect(escapeControls(input)).toBe(output);
	});
});

describe('oneLine', () => {
	it('cuts a 100 kB key to the limit and says how much was cut', () => {
		const out = oneLine('k'.repeat(100_000), 80);
		expect(out).toBe('k'.repeat(80) + '…(+99920 chars)');
	});
});

describe('problemLines', () => {
	it('shows the first 12 of 1,000,000 problems and the count', () => {
		const problems = Array.from({ length: 1_000_000 }, (_, i) => ({ field: `blocks[${i}]`, message: 'is wrong' }));
		const lines = problemLines(problems).trimEnd().split('\n');
		expect(lines).toHaveLength(13);
		expect(lines[0]).toBe('blocks[0]: is wrong');
		expect(lines[12]).toBe('problems: 999,988 more not shown (1,000,000 in all).');
	});
});

describe('runStats with hostile spec files', () => {
	it('escapes control characters from the file (a fake "0 problems" cannot be printed)', async () => {
		const key = `${ESC}[2J${ESC}[H0 problems${BEL}`;
		const r = await runStats(['--spec', 'evil.json'], reader({ 'evil.json': JSON.stringify({ ...spec(), [key]: 1 }) }));
		expect(r.code).toBe(2);
		expect(printable(r.stderr)).toBe(true);
		expect(r.stderr).toContain('\\u001b[2J');
	});

	it('escapes control characters in a file name', async () => {
		const r = await runStats(['--spec', `x${ESC}]0;pwned${BEL}.json`], reader({}));
		expect(r.code).toBe(2);
		expect(printable(r.stderr)).toBe(true);
	});

	it('shortens a 100 kB key (it is printed in a few hundred characters, not twice in full)', async () => {
		const key = 'k'.repeat(100_000);
		const r = await runStats(['--spec', 'long.json'], reader({ 'long.json': JSON.stringify({ ...spec(), [key]: 1 }) }));
		expect(r.code).toBe(2);
		expect(r.stderr.length).toBeLessThan(1_000);
		expect(r.stderr).not.toContain('k'.repeat(100));
	});

	it('reports the first problems and the count for a file with more than 65,000 problems', async () => {
		// 70,000 unknown keys, each one problem
		const o: Record<string, number> = spec() as never;
		for (let i = 0; i < 70_000; i++) o[`x${i}`] = 1;
		const text = JSON.stringify(o);
		expect(text.length).toBeLessThan(SPEC_FILE_MAX_BYTES * 4); // (the size cap is bypassed by passing text)
		const r = await runStats(
			['--spec', 'many.json'],
			() => text.slice(0, SPEC_FILE_MAX_BYTES - 10).replace(/,"x\d*$/, '') + '}'
		);
		expect(r.code).toBe(2);
		expect(r.stderr).not.toMatch(/RangeError|could not be read/);
		const lines = r.stderr.trimEnd().split('\n');
		expect(lines.length).toBeLessThanOrEqual(13);
		expect(lines.at(-1)).toMatch(/^problems: [\d,]+ more not shown \([\d,]+ in all\)\.$/);
	});

	it('stops reading /dev/zero at the size limit and exits 2', async () => {
		const r = await runStats(['--spec', '/dev/zero']);
		expect(r).toEqual({
			code: 2,
			stdout: '',
			stderr: '--spec: "/dev/zero" is larger than 256 kB; a spec file is at most 256 kB\n'
		});
	});

	it('refuses text past 256 kB like the page', async () => {
		const r = await runStats(['--spec', 'big.json'], reader({ 'big.json': ' '.repeat(SPEC_FILE_MAX_BYTES + 1) }));
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('larger than 256 kB');
	});

	const json = JSON.stringify(spec());
	const utf16 = (text: string, bigEndian: boolean) => {
		const le = Buffer.from('\uFEFF' + text, 'utf16le');
		return bigEndian ? Uint8Array.from(le.swap16()) : Uint8Array.from(le);
	};
	it.each([
		['UTF-8', new TextEncoder().encode(json)],
		['UTF-8 with a BOM', new TextEncoder().encode('\uFEFF' + json)],
		['UTF-16 LE with a BOM', utf16(json, false)],
		['UTF-16 BE with a BOM', utf16(json, true)]
	])('reads a %s spec file', async (_name, bytes) => {
		const r = await runStats(['--spec', 'b1.json', '--json'], reader({ 'b1.json': bytes }));
		expect(r.stderr).toBe('');
		expect(JSON.parse(r.stdout)).toMatchObject({ params: 4_383_312 }); // torchvision mnasnet1_0 weights meta (MnasNet-B1 at width 1.0)
	});

	it('says a file that is not text is not UTF-8', async () => {
		const r = await runStats(
			['--spec', 'bin.json'],
			reader({ 'bin.json': Uint8Array.from([0x7b, 0xff, 0xc3, 0x28, 0x7d]) })
		);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('not UTF-8');
	});
});
