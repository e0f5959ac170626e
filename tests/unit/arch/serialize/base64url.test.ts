import { describe, it, expect } from 'vitest';
import { decodeBase64url, encodeBase64url } from '$lib/arch/serialize/base64url';

describe('encodeBase64url', () => {
	// Expected strings: RFC 4648 §10 test vectors ("f" → "Zg==", "fo" → "Zm8=", …) with '=' padding removed.
	it.each([
		['', ''],
		['f', 'Zg'],
		['fo', 'Zm8'],
		['foo', 'Zm9v'],
		['foob', 'Zm9vYg'],
		['fooba', 'Zm9vYmE'],
		['foobar', 'Zm9vYmFy']
	])('%j → %j (RFC 4648 §10)', (text, b64) => {
		expect(encodeBase64url(text)).toBe(b64);
		expect(decodeBase64url(b64)).toEqual({ ok: true, text });
	});

	it('uses the URL-safe alphabet (- and _ instead of + and /)', () => {
		// bytes 0xfb 0xff → standard base64 "+/8=" → base64url "-_8" (RFC 4648 §5)
		expect(encodeBase64url('\u00fb\u00ff')).toBe(Buffer.from('\u00fb\u00ff', 'utf8').toString('base64url'));
		expect(encodeBase64url('?>>')).toBe('Pz4-');
		expect(encodeBase64url('??')).toBe('Pz8');
		expect(encodeBase64url('???')).toBe('Pz8_');
	});

	it.each(['한국어', '×·→ ≤ α β', '😀 emoji', '{"m":{"w":1.25}}'])('round-trips UTF-8 %j like Node', (text) => {
		const b64 = encodeBase64url(text);
		expect(b64).toBe(Buffer.from(text, 'utf8').toString('base64url'));
		expect(decodeBase64url(b64)).toEqual({ ok: true, text });
	});
});

describe('decodeBase64url', () => {
	it.each([
		['Zm9v=', 'character "="'],
		['Zm9v+', 'character "+"'],
		['Zm9v/', 'character "/"'],
		['Zm 9v', 'U+0020'],
		['Zm9v\n', 'U+000A'],
		['Zm9v%3D', 'character "%"'],
		['Z', 'cut off'],
		['Zm9vY', 'cut off'],
		['Zh', 'middle of a character'], // 'h' leaves non-zero leftover bits: not a canonical encoding
		['Zm9', 'middle of a character'],
		['_w', 'UTF-8'] // byte 0xff is never valid UTF-8
	])('rejects %j (%s)', (input, reason) => {
		const r = decodeBase64url(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toContain(reason);
	});
});
