// Text from a spec file or the command line is printed to a terminal: control characters in it could clear the
// screen, move the cursor or print a fake result (ESC, BEL, CSI sequences), so they are written as visible escapes;
// a key 100 kB long is shortened; a list of a million problems shows its first lines and a count.
import { formatInt } from '../lib/arch/format';
import { capList, SHOWN_ISSUES } from '../lib/arch/issues';
import type { CliProblem } from './args';

/** C0 (except newline and tab), DEL, C1, and the bidirectional overrides that reorder what a terminal shows. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `\u001b` for ESC and so on: readable, and still a valid escape inside a JSON string. */
export function escapeControls(text: string): string {
	return text.replace(CONTROL, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** One line of untrusted text: newlines and tabs escaped too, cut to `max` characters with the count cut. */
export function oneLine(text: string, max: number): string {
	const cut = text.length > max ? `${text.slice(0, max)}…(+${text.length - max} chars)` : text;
	return escapeControls(cut).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** a field path is short (`blocks[3].k`); a longer one quotes a key from the file */
const FIELD_CHARS = 80;
const MESSAGE_CHARS = 240;

/** `field: message` lines, the first SHOWN_ISSUES of them, then how many more there are. */
export function problemLines(problems: readonly CliProblem[]): string {
	const { shown, more } = capList(problems, SHOWN_ISSUES);
	const lines = shown.map((p) => `${oneLine(p.field, FIELD_CHARS)}: ${oneLine(p.message, MESSAGE_CHARS)}`);
	// a `field: message` line too, so the output keeps one shape
	if (more > 0) lines.push(`problems: ${formatInt(more)} more not shown (${formatInt(problems.length)} in all).`);
	return lines.join('\n') + '\n';
}
