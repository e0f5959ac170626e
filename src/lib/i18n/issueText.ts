// An engine issue in the page's language. English shows the engine's own sentence; Korean fills the sentence for the
// issue's code with its params (field names, the value written, the layers named put in Korean words first). An
// issue without a known code gets a short Korean sentence rather than an English one.
import type { Issue } from '$lib/arch/issues';
import { fill, type Lang } from './i18n.svelte';
import { issueMessagesKo } from './messages/issuesKo';

type Catalog = Record<string, string>;

function fieldText(m: Catalog, field: string): string {
	return m[`field.${field}`] ?? field;
}

function gotText(m: Catalog, kind: string, got: string): string {
	return fill(m[`got.${kind}`] ?? m['got.other'], { got });
}

function layersText(m: Catalog, layers: string, more: number): string {
	const named = layers.replace(/\bstem\b/g, m['layer.stem']).replace(/\bhead\b/g, m['layer.head']);
	return more > 0 ? fill(m.layersMore, { layers: named, more }) : named;
}

export function issueText(issue: Issue, lang: Lang): string {
	if (lang === 'en') return issue.message;
	const m: Catalog = issueMessagesKo;
	const template = issue.code ? m[issue.code] : undefined;
	if (!template) return m.fallback;
	const p = { ...(issue.params ?? {}) };
	if ('field' in p) p.field = fieldText(m, String(p.field));
	if ('gotKind' in p) p.got = gotText(m, String(p.gotKind), String(p.got ?? ''));
	if ('want' in p) p.want = m[`want.${p.want}`] ?? String(p.want);
	if ('layers' in p) p.layers = layersText(m, String(p.layers), Number(p.more ?? 0));
	return fill(template, p);
}
