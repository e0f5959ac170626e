// The one place where the engines' field paths become the names users see on screen. Validators report JSON paths
// (`widthMult`, `blocks[1].c`, `cells[2].inputs[0]`); the page labels the same things `width_mult`, `c of block 2`,
// `input 1 of cell 3`. Messages shown at a field, in a list or in an alert go through `onScreen`.
import type { Lang } from './i18n.svelte';

/** Column names as the block table's header shows them (the same in both languages). */
const COLUMN: Record<string, string> = { op: 'op', t: 't', c: 'c', n: 'n', s: 's', k: 'k', se: 'SE', skip: 'skip' };
/** Top-level fields whose on-screen name differs from the JSON name. */
const TOP: Record<string, string> = { widthMult: 'width_mult' };

function fieldOfBlock(field: string, block: number, lang: Lang): string {
	const name = COLUMN[field] ?? field;
	return lang === 'ko' ? `블록 ${block}의 ${name}` : `${name} of block ${block}`;
}

function inputOfCell(input: number, cell: number, lang: Lang): string {
	return lang === 'ko' ? `셀 ${cell}의 입력 ${input}` : `input ${input} of cell ${cell}`;
}

function fieldOfCell(field: string, cell: number, lang: Lang): string {
	return lang === 'ko' ? `셀 ${cell}의 ${field}` : `${field} of cell ${cell}`;
}

const block = (i: number, lang: Lang) => (lang === 'ko' ? `블록 ${i}` : `block ${i}`);
const cell = (i: number, lang: Lang) => (lang === 'ko' ? `셀 ${i}` : `cell ${i}`);

// one pattern for every path form; the link codec prefixes paths with the network (`mnasnet.`, `nasfpn.`)
const PATH =
	/\b(?:mnasnet\.|nasfpn\.)?(?:blocks\[(\d+)\](?:\.(\w+))?|cells\[(\d+)\](?:\.inputs\[(\d+)\]|\.(\w+))?|(widthMult)(?: \(width multiplier\))?)/g;

/** An engine sentence with every field path in it replaced by the name on screen. */
export function onScreen(message: string, lang: Lang): string {
	return message.replace(PATH, (whole, b?: string, bf?: string, c?: string, ci?: string, cf?: string, top?: string) => {
		if (b !== undefined) return bf ? fieldOfBlock(bf, Number(b) + 1, lang) : block(Number(b) + 1, lang);
		if (c !== undefined) {
			if (ci !== undefined) return inputOfCell(Number(ci) + 1, Number(c) + 1, lang);
			return cf ? fieldOfCell(cf, Number(c) + 1, lang) : cell(Number(c) + 1, lang);
		}
		if (top) return TOP[top] ?? top;
		return whole;
	});
}
