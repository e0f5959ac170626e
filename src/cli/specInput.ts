// Reading a `--spec` file: at most SPEC_FILE_MAX_BYTES (like the page), so `--spec /dev/zero` or a huge file stops
// at once instead of reading forever; the bytes are decoded as the page decodes an upload (UTF-8, BOM, UTF-16).
import { closeSync, openSync, readSync } from 'node:fs';
import { decodeSpecBytes, SPEC_FILE_MAX_BYTES } from '../lib/arch/export/specFile';

/** The file's first `max + 1` bytes at most (one more than allowed, so "too big" is known without reading it all). */
export function readCapped(path: string, max: number = SPEC_FILE_MAX_BYTES): Uint8Array {
	const buf = Buffer.alloc(max + 1);
	const fd = openSync(path, 'r');
	try {
		let n = 0;
		while (n < buf.length) {
			const got = readSync(fd, buf, n, buf.length - n, null);
			if (got === 0) break;
			n += got;
		}
		return buf.subarray(0, n);
	} finally {
		closeSync(fd);
	}
}

/** The spec text, or why it cannot be used (too big, not text). A string (tests) is taken as its UTF-8 bytes. */
export function specText(read: string | Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
	const bytes = typeof read === 'string' ? new TextEncoder().encode(read) : read;
	if (bytes.length > SPEC_FILE_MAX_BYTES)
		return {
			ok: false,
			message: `is larger than ${SPEC_FILE_MAX_BYTES / 1024} kB; a spec file is at most ${SPEC_FILE_MAX_BYTES / 1024} kB`
		};
	const r = decodeSpecBytes(bytes);
	return r.ok
		? { ok: true, text: r.text.replace(/^\uFEFF/, '') }
		: { ok: false, message: r.issue.message.replace(/\.$/, '') };
}
