// The UI language. Each area of the app keeps its strings in src/lib/i18n/messages/<area>.ts as
// `defineMessages({ en: {...}, ko: {...} })`; components read `msgs[i18n.lang]`, so a switch re-renders everything.

import { PARTICLE_FORMS, withParticle } from './particle';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };

class I18nState {
	lang = $state<Lang>('en');
}

export const i18n = new I18nState();

export function isLang(value: unknown): value is Lang {
	return value === 'en' || value === 'ko';
}

/** Korean must define every English key (and nothing else); the compiler checks it. */
export function defineMessages<T extends Record<string, string>>(m: {
	en: T;
	ko: { [K in keyof T]: string };
}): {
	en: T;
	ko: { [K in keyof T]: string };
} {
	return m;
}

/**
 * Fill `{name}` placeholders. Plain text in, plain text out (never HTML). Korean templates write `{name|을}` (any form
 * of 은/는, 이/가, 을/를, 과/와, 으로/로) for a particle that must agree with the filled-in value.
 */
export function fill(template: string, params: Record<string, string | number>): string {
	return template.replace(/\{(\w+)(?:\|(으로|[은는이가을를과와로]))?\}/g, (whole, key: string, form?: string) => {
		if (!(key in params)) return whole;
		const value = String(params[key]);
		return form ? withParticle(value, PARTICLE_FORMS[form]) : value;
	});
}
