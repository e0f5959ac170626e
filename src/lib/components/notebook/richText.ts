// Split trusted article text into plain-text runs and inline TeX (`$…$`). Only used on the static prose messages.
export type Run = { math: false; text: string } | { math: true; tex: string };

export function splitMath(text: string): Run[] {
	const runs: Run[] = [];
	const re = /\$([^$]+)\$/g;
	let last = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (m.index > last) runs.push({ math: false, text: text.slice(last, m.index) });
		runs.push({ math: true, tex: m[1] });
		last = m.index + m[0].length;
	}
	if (last < text.length) runs.push({ math: false, text: text.slice(last) });
	return runs;
}
