// Spec JSON files: write a spec as readable JSON, and read an untrusted file back into a validated spec.
// Reading never throws; every problem comes back as an Issue (the file's, then the validator's).
import { error, type Issue } from '../issues';
import type { MnasnetSpec } from '../mnasnet/spec';
import type { NasfpnSpec } from '../nasfpn/spec';
import { validateAs, type KindedSpec } from '../families';
import { isNetworkKind, NETWORK_KINDS, NETWORK_KIND_NAMES, type NetworkKind } from '../kinds';

/** A spec is a few kB; anything past this is not one (and is not worth parsing in the page). */
export const SPEC_FILE_MAX_BYTES = 256 * 1024;

export type SpecFileResult = ({ ok: true; warnings: readonly Issue[] } & KindedSpec) | { ok: false; issues: Issue[] };

export function specFileName(kind: NetworkKind): string {
	return `${kind}-spec.json`;
}

/**
 * JSON for people: one key per line at the top, each element of a list on one line
 * (a block, a cell), nested objects such as `backboneChannels` on one line.
 */
export function formatSpecJson(spec: MnasnetSpec | NasfpnSpec): string {
	const entries = Object.entries(spec).map(([key, value]) => {
		let text: string;
		if (Array.isArray(value)) {
			text = value.length === 0 ? '[]' : `[\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
		} else text = JSON.stringify(value);
		return `  ${JSON.stringify(key)}: ${text}`;
	});
	return `{\n${entries.join(',\n')}\n}\n`;
}

/** The size check, for a File before reading it (bytes) or for text already read (UTF-16 length is close enough). */
export function fileSizeIssue(size: number): Issue | null {
	if (size > SPEC_FILE_MAX_BYTES) {
		const kb = Math.round(size / 1024);
		return error('file', `is ${kb} kB; a spec file is at most ${SPEC_FILE_MAX_BYTES / 1024} kB.`);
	}
	return null;
}

/**
 * The text of a spec file's bytes, as editors save it: UTF-8 (with or without a byte-order mark), or UTF-16 with its
 * byte-order mark (little- or big-endian, as Windows Notepad writes "Unicode"). Bytes that are not valid UTF-8 are
 * an issue, not replacement characters.
 */
export function decodeSpecBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; issue: Issue } {
	const tooBig = fileSizeIssue(bytes.length);
	if (tooBig) return { ok: false, issue: tooBig };
	const [a, b] = bytes;
	const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
	try {
		// TextDecoder drops the BOM of the encoding it decodes
		return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
	} catch {
		return {
			ok: false,
			issue: error(
				'file',
				encoding === 'utf-8'
					? 'is not UTF-8 text (save it as UTF-8 or UTF-16).'
					: `is not valid ${encoding.toUpperCase()} text.`
			)
		};
	}
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kindName(v: unknown): string {
	if (typeof v === 'string') return `"${v.length > 20 ? v.slice(0, 20) + '…' : v}"`;
	return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : String(v);
}

/**
 * Parse and validate a spec file's text. `expected`: the network the file must describe (omit to accept either).
 * A leading byte-order mark is ignored.
 */
export function parseSpecFile(text: string, expected?: NetworkKind): SpecFileResult {
	if (typeof text !== 'string') return { ok: false, issues: [error('file', 'could not be read as text.')] };
	const tooBig = fileSizeIssue(text.length);
	if (tooBig) return { ok: false, issues: [tooBig] };
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') return { ok: false, issues: [error('file', 'is empty.')] };

	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch (e) {
		const detail = e instanceof Error ? e.message : String(e);
		const short = detail.length > 160 ? detail.slice(0, 160) + '…' : detail;
		return { ok: false, issues: [error('file', `is not valid JSON (${short}).`)] };
	}
	if (!isRecord(data)) {
		return { ok: false, issues: [error('file', `must hold a JSON object (a spec), not ${kindName(data)}.`)] };
	}
	const kinds = NETWORK_KINDS.map((k) => `"${k}"`);
	if (!Object.hasOwn(data, 'kind')) {
		return {
			ok: false,
			issues: [error('kind', `is missing: a spec file says ${kinds.map((k) => `"kind": ${k}`).join(' or ')}.`)]
		};
	}
	const kind = data.kind;
	if (!isNetworkKind(kind)) {
		return { ok: false, issues: [error('kind', `must be ${kinds.join(' or ')}, not ${kindName(kind)}.`)] };
	}
	if (expected && kind !== expected) {
		return {
			ok: false,
			issues: [
				error(
					'kind',
					`this file holds a ${NETWORK_KIND_NAMES[kind]} spec; a ${NETWORK_KIND_NAMES[expected]} spec was expected.`
				)
			]
		};
	}
	const checked = validateAs(kind, data);
	if (!checked.ok) return { ok: false, issues: checked.issues };
	// the spec is the one validateAs(kind) accepted, so it belongs to `kind`
	return { ok: true, warnings: checked.warnings, ...({ kind, spec: checked.value } as KindedSpec) };
}
