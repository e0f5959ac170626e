// Base64url (RFC 4648 §5, no padding) for UTF-8 text, written out by hand so that decoding is strict: `atob` skips
// whitespace and accepts padding in odd places, and a corrupt link must be reported, not half-read.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE: Record<string, number> = Object.create(null);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET[i]] = i;

export function encodeBase64url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const b0 = bytes[i];
		const b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
		const b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
		out += ALPHABET[b0 >> 2] + ALPHABET[((b0 & 3) << 4) | (b1 >> 4)];
		if (i + 1 < bytes.length) out += ALPHABET[((b1 & 15) << 2) | (b2 >> 6)];
		if (i + 2 < bytes.length) out += ALPHABET[b2 & 63];
	}
	return out;
}

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** Strict decode: only the base64url alphabet, no padding, no leftover bits, valid UTF-8. */
export function decodeBase64url(data: string): Decoded {
	for (let i = 0; i < data.length; i++) {
		if (VALUE[data[i]] === undefined) {
			const ch = data[i];
			const shown = /[\x21-\x7e]/.test(ch)
				? `"${ch}"`
				: `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
			return {
				ok: false,
				reason: `it contains the character ${shown} at position ${i + 1}, which a link's data never has`
			};
		}
	}
	if (data.length % 4 === 1) return { ok: false, reason: 'it is cut off (its data has an impossible length)' };
	const bytes = new Uint8Array(Math.floor((data.length * 3) / 4));
	let n = 0;
	for (let i = 0; i < data.length; i += 4) {
		const c0 = VALUE[data[i]];
		const c1 = VALUE[data[i + 1]];
		const c2 = i + 2 < data.length ? VALUE[data[i + 2]] : -1;
		const c3 = i + 3 < data.length ? VALUE[data[i + 3]] : -1;
		bytes[n++] = (c0 << 2) | (c1 >> 4);
		if (c2 >= 0) bytes[n++] = ((c1 & 15) << 4) | (c2 >> 2);
		else if ((c1 & 15) !== 0)
			return { ok: false, reason: 'it is cut off (its data ends in the middle of a character)' };
		if (c3 >= 0) bytes[n++] = ((c2 & 3) << 6) | c3;
		else if (c2 >= 0 && (c2 & 3) !== 0)
			return { ok: false, reason: 'it is cut off (its data ends in the middle of a character)' };
	}
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n)) };
	} catch {
		return { ok: false, reason: 'its data is not valid text (UTF-8)' };
	}
}
