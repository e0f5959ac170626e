// Split a short label into at most `maxLines` lines of about `width` characters, at spaces (SVG text does not wrap).
export function wrapLabel(text: string, width: number, maxLines = 3): string[] {
	const words = text.split(/\s+/).filter((w) => w.length > 0);
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		if (line === '') line = w;
		else if (line.length + 1 + w.length <= width) line += ' ' + w;
		else {
			lines.push(line);
			line = w;
		}
	}
	if (line !== '') lines.push(line);
	if (lines.length <= maxLines) return lines;
	return [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')];
}
