import { describe, it, expect } from 'vitest';
import { mnasPreset, validateMnasnet } from '$lib/arch/mnasnet';
import { fpnPreset, validateNasfpn } from '$lib/arch/nasfpn';
import type { Issue } from '$lib/arch/issues';
import { issueText } from '$lib/i18n/issueText';
import { fill } from '$lib/i18n/i18n.svelte';
import { issueMessages } from '$lib/i18n/messages/issues';

const lecture = mnasPreset('lecture');
const b1 = mnasPreset('mnasnet-b1');
const f = fpnPreset('f');
const block0 = lecture.blocks[0];

// Inputs a student can type, paste or load; each gives errors or warnings from the engines.
const MNAS_CASES: [string, unknown][] = [
	['widthMult text', { ...lecture, widthMult: 'abc' }],
	['widthMult 0', { ...lecture, widthMult: 0 }],
	['widthMult 0.01 (layers at 0 channels)', { ...b1, widthMult: 0.01 }],
	['widthMult 4 on wide layers', { ...b1, widthMult: 4, head: 4096 }],
	['resolution 223.5', { ...lecture, resolution: 223.5 }],
	['resolution 8', { ...lecture, resolution: 8 }],
	['resolution 1 (stride below 1×1)', { ...lecture, resolution: 1 }],
	['resolution 200 (lecture warning)', { ...lecture, resolution: 200 }],
	['missing head', { ...lecture, head: undefined }],
	['not an object', 'hello'],
	['unknown field', { ...lecture, extra: 1 }],
	['unknown block field', { ...lecture, blocks: [{ ...block0, q: 1 }, ...lecture.blocks.slice(1)] }],
	['bad convention', { ...lecture, convention: 'keras' }],
	[
		'block stride 3, kernel 4, se 2, k 99',
		{
			...lecture,
			blocks: [
				{ ...block0, s: 3, k: 4, se: 2 },
				{ ...block0, k: 99 }
			]
		}
	],
	['blocks not a list', { ...lecture, blocks: 5 }],
	['block not an object', { ...lecture, blocks: [3] }],
	['no blocks', { ...lecture, blocks: [] }],
	[
		'lecture SE and t = 1 warnings',
		{ ...lecture, widthMult: 0.5, blocks: lecture.blocks.map((b) => ({ ...b, se: 0.25, t: 1 })) }
	],
	[
		'tf stem and c not a multiple of 8',
		{ ...b1, stem: 30, blocks: [{ ...b1.blocks[0], c: 17 }, ...b1.blocks.slice(1)] }
	]
];

const FPN_CASES: [string, unknown][] = [
	['channels text', { ...f, channels: 'wide' }],
	['channels 0', { ...f, channels: 0 }],
	['repeats 99', { ...f, repeats: 99 }],
	['image size 600 (padding warning)', { ...f, imageSize: 600 }],
	['levels reversed', { ...f, minLevel: 7, maxLevel: 3 }],
	['unknown field', { ...f, extra: true }],
	['missing separable', { ...f, separable: undefined }],
	[
		'bad op, level, inputs',
		{ ...f, cells: [{ level: 9, op: 'max', inputs: [0, 99], output: true }, ...f.cells.slice(1)] }
	],
	['self input, negative input', { ...f, cells: [{ ...f.cells[0], inputs: [5, -1] }, ...f.cells.slice(1)] }],
	['three inputs', { ...f, cells: [{ ...f.cells[0], inputs: [0, 1, 2] }, ...f.cells.slice(1)] }],
	['no cells', { ...f, cells: [] }],
	['backbone problems', { ...f, backboneChannels: { x: 3, '9': 2, '4': 0 } }],
	[
		'dead node and pass-through',
		{
			...f,
			cells: [
				{ level: 5, op: 'sum', inputs: [0, 1], output: false },
				{ level: 3, op: 'sum', inputs: [0, 1], output: true }
			]
		}
	],
	['kind', { ...f, kind: 'fpn' }]
];

function issuesOf(checked: ReturnType<typeof validateMnasnet> | ReturnType<typeof validateNasfpn>): readonly Issue[] {
	return checked.ok ? checked.warnings : checked.issues;
}

// JSON field names are identifiers, not English words
const FIELD_NAMES =
	/\b(kind|convention|widthMult|resolution|numClasses|stem|head|blocks|op|skip|minLevel|maxLevel|channels|imageSize|repeats|separable|backboneChannels|cells)\b/g;

// A run of three or more English words (letters only, two or more letters each) is an English sentence.
const ENGLISH_RUN = /\b[A-Za-z]{2,}(?:[\s,]+[A-Za-z]{2,}){2,}\b/;

const cases: [string, Issue][] = [
	...MNAS_CASES.flatMap(([name, input]) =>
		issuesOf(validateMnasnet(input)).map((i): [string, Issue] => [`mnasnet ${name}: ${i.path}`, i])
	),
	...FPN_CASES.flatMap(([name, input]) =>
		issuesOf(validateNasfpn(input)).map((i): [string, Issue] => [`nasfpn ${name}: ${i.path}`, i])
	)
];

describe('issueText', () => {
	it('the cases reach many codes', () => {
		const codes = new Set(cases.map(([, i]) => i.code));
		expect(codes.size).toBeGreaterThanOrEqual(35);
	});

	it.each(cases)(
		'%s: has a code with a Korean sentence, and the English catalog says what the engine says',
		(_name, issue) => {
			expect(issue.code).toBeDefined();
			const code = issue.code as keyof typeof issueMessages.en;
			expect(issueMessages.ko[code]).toBeDefined();
			expect(issueText(issue, 'en')).toBe(issue.message);
			// the English template, filled the way issueText fills the Korean one, gives the engine's sentence
			const enParams = { ...issue.params };
			const en = issueMessages.en as Record<string, string>;
			if ('field' in enParams) enParams.field = en[`field.${enParams.field}`] ?? String(enParams.field);
			if ('gotKind' in enParams) enParams.got = fill(en[`got.${enParams.gotKind}`], { got: String(enParams.got) });
			if ('want' in enParams) enParams.want = en[`want.${enParams.want}`];
			if ('layers' in enParams) {
				const named = String(enParams.layers)
					.replace(/\bstem\b/g, en['layer.stem'])
					.replace(/\bhead\b/g, en['layer.head']);
				enParams.layers =
					Number(enParams.more) > 0 ? fill(en.layersMore, { layers: named, more: enParams.more }) : named;
			}
			expect(fill(en[code], enParams)).toBe(issue.message);
		}
	);

	it.each(cases)('%s: the Korean sentence is Korean, with every placeholder filled', (_name, issue) => {
		const ko = issueText(issue, 'ko');
		expect(ko).toMatch(/[가-힣]/);
		expect(ko).not.toMatch(/\{\w+(\|[^}]*)?\}/);
		// identifiers (widthMult, input_size, depth_multiplier None, "sum") may appear; sentences may not
		const words = ko.replace(/"[^"]*"|“[^”]*”|\([^)]*\)/g, ' ').replace(FIELD_NAMES, ' ');
		expect(words).not.toMatch(ENGLISH_RUN);
	});

	it('an issue without a code is a short Korean sentence, not English', () => {
		expect(issueText({ path: 'x', message: 'Something went wrong here.', severity: 'error' }, 'ko')).toBe(
			issueMessages.ko.fallback
		);
	});

	it('issueText(widthMult "abc", ko) names the field and the text in Korean', () => {
		const issue = issuesOf(validateMnasnet({ ...lecture, widthMult: 'abc' }))[0];
		expect(issueText(issue, 'ko')).toBe('너비 배수(widthMult)는 숫자여야 하는데, 지금은 텍스트 "abc"입니다.');
	});
});
