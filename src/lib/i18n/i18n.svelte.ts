// The UI language. Each area of the app keeps its strings in src/lib/i18n/messages/<area>.ts as
// `defineMessages({ en: {...}, ko: {...} })`; components read `msgs[i18n.lang]`, so a switch re-renders everything.

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' };

class I18nState {
	lang = $state<Lang>('en');

	/** BCP 47 locale for Intl formatting */
	get locale(): string {
		return this.lang === 'ko' ? 'ko-KR' : 'en-US';
	}
}

export const i18n = new I18nState();

export function isLang(value: unknown): value is Lang {
	return value === 'en' || value === 'ko';
}

/** Korean must define every English key (and nothing else); the compiler checks it. */
export function defineMessages<T extends Record<string, string>>(m: { en: T; ko: { [K in keyof T]: string } }): {
	en: T;
	ko: { [K in keyof T]: string };
} {
	return m;
}

/** Fill `{name}` placeholders. Plain text in, plain text out (never HTML). */
export function fill(template: string, params: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
