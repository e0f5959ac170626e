// Every string the page can show, per language, with where it comes from: each messages file (any `{ en, ko }`
// export, found by glob so new catalogs are covered without editing this file), the latency panel's text, the
// (a)–(f) steps, the tour, and the exercises rendered for several networks.
import { FPN_STEPS, fpnPreset } from '$lib/arch/nasfpn';
import { mnasPreset } from '$lib/arch/mnasnet';
import { TOUR_STEPS } from '$lib/teach/tourSteps';
import { EXERCISES, type ExerciseContext } from '$lib/teach/exercises';
import type { Lang } from '$lib/i18n/i18n.svelte';

export interface CatalogString {
	where: string;
	text: string;
}

const catalogModules = {
	...import.meta.glob('/src/lib/i18n/messages/*.ts', { eager: true }),
	...import.meta.glob('/src/lib/components/**/text.ts', { eager: true })
} as Record<string, Record<string, unknown>>;

function isCatalog(v: unknown): v is { en: Record<string, string>; ko: Record<string, string> } {
	return typeof v === 'object' && v !== null && 'en' in v && 'ko' in v;
}

function messageStrings(lang: Lang): CatalogString[] {
	const out: CatalogString[] = [];
	for (const [file, mod] of Object.entries(catalogModules)) {
		for (const [name, value] of Object.entries(mod)) {
			if (!isCatalog(value)) continue;
			for (const [key, text] of Object.entries(value[lang])) {
				if (typeof text === 'string') out.push({ where: `${file} ${name}.${lang}.${key}`, text });
			}
		}
	}
	return out;
}

const CONTEXTS: ExerciseContext[] = [
	{ mnas: mnasPreset('lecture'), fpn: fpnPreset('f') },
	{ mnas: mnasPreset('mnasnet-a1'), fpn: fpnPreset('a') },
	{ mnas: mnasPreset('mnasnet-b1'), fpn: fpnPreset('c') }
];

function exerciseStrings(lang: Lang): CatalogString[] {
	const out: CatalogString[] = [];
	CONTEXTS.forEach((ctx, c) => {
		for (const ex of EXERCISES) {
			const at = `exercise ${ex.id} (context ${c}, ${lang})`;
			out.push({ where: `${at} question`, text: ex.question(ctx, lang) });
			for (const o of ex.options?.(ctx, lang) ?? []) out.push({ where: `${at} option ${o.id}`, text: o.label });
			const sol = ex.solve(ctx, lang);
			if (!sol) continue;
			out.push({ where: `${at} explanation`, text: sol.explanation });
			if (sol.valueText) out.push({ where: `${at} value`, text: sol.valueText });
			for (const r of sol.rows) out.push({ where: `${at} row`, text: `${r.label} ${r.value}` });
		}
	});
	return out;
}

/** Every string of the given language. */
export function catalogStrings(lang: Lang): CatalogString[] {
	return [
		...messageStrings(lang),
		...FPN_STEPS.flatMap((s) => [
			{ where: `step ${s.label} title.${lang}`, text: s.title[lang] },
			{ where: `step ${s.label} text.${lang}`, text: s.text[lang] },
			{ where: `step ${s.label} source.${lang}`, text: s.source[lang] }
		]),
		...TOUR_STEPS.flatMap((s) => [
			{ where: `tour ${s.id} title.${lang}`, text: s.title[lang] },
			{ where: `tour ${s.id} text.${lang}`, text: s.text[lang] }
		]),
		...exerciseStrings(lang)
	];
}

/** How many catalogs the glob found (a test checks the glob is not silently empty). */
export const catalogFileCount = Object.keys(catalogModules).length;
