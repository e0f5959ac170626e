// Python literals for generated source. Everything that reaches the source goes through one of these, so a
// corrupted value (NaN, a string with quotes or newlines, an unknown enum) throws instead of producing code.

/** A non-negative whole number as a Python int. */
export function pyInt(value: number, what: string): string {
	if (!Number.isSafeInteger(value) || value < 0)
		throw new Error(`${what} must be a whole number ≥ 0, got ${String(value)}`);
	return String(value);
}

/** A finite number as a Python float (JS and Python share the shortest round-trip form: 0.2, 1e-05). */
export function pyFloat(value: number, what: string): string {
	if (typeof value !== 'number' || !Number.isFinite(value))
		throw new Error(`${what} must be a finite number, got ${String(value)}`);
	const s = String(value);
	return /[.e]/.test(s) ? s : `${s}.0`;
}

export function pyBool(value: boolean): string {
	return value ? 'True' : 'False';
}

/** JSON text with every non-ASCII character (and U+2028/9) escaped: safe inside a Python comment or string. */
export function asciiJson(value: unknown, indent?: number): string {
	return JSON.stringify(value, null, indent).replace(
		/[\u007f-\uffff]/g,
		(ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** A Python string literal (an ASCII JSON string is a valid Python one: the escapes are the same). */
export function pyStr(value: string): string {
	return asciiJson(String(value));
}

/** Comment lines: `# ` before each line, carriage returns and other control characters removed. */
export function pyComment(text: string, prefix = '# '): string {
	return (
		text
			.split('\n')
			// eslint-disable-next-line no-control-regex -- control characters are what this replaces
			.map((line) => (prefix + line.replace(/[\u0000-\u001f\u007f-\uffff]/g, '?')).trimEnd())
			.join('\n')
	);
}
