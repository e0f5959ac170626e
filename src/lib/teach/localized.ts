// Text in both UI languages, for teaching data (tour steps, exercises) that lives beside its numbers.
export interface Localized {
	en: string;
	ko: string;
}
