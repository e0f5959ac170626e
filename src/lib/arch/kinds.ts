// The network families the notebook knows, declared once. Everything that switches on a family (spec files, links,
// the compare cell, run history, exports) takes its kind from here; what each family provides is registered in
// families.ts. A new family is one more entry in NETWORK_KINDS and one line in FAMILIES.

export const NETWORK_KINDS = ['mnasnet', 'nasfpn'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** the family's name as the page and messages write it (the same in English and Korean) */
export const NETWORK_KIND_NAMES: Readonly<Record<NetworkKind, string>> = { mnasnet: 'MnasNet', nasfpn: 'NAS-FPN' };

/** the one-letter code a link uses for the family (`cmp` sides, the notebook's `m` and `f` fields) */
export const NETWORK_KIND_CODES: Readonly<Record<NetworkKind, 'm' | 'f'>> = { mnasnet: 'm', nasfpn: 'f' };

/** The family a link's one-letter code stands for; null for any other value. */
export function kindOfCode(code: unknown): NetworkKind | null {
	return NETWORK_KINDS.find((k) => NETWORK_KIND_CODES[k] === code) ?? null;
}

export function isNetworkKind(v: unknown): v is NetworkKind {
	return typeof v === 'string' && (NETWORK_KINDS as readonly string[]).includes(v);
}
