// The engine's structured cell diff as sentences for the page, with the page's 1-based cell numbers and node
// names (localised; the engine also writes English and Korean summaries).
import type { FpnCell, FpnDiff } from '$lib/arch/nasfpn';
import { fill } from '$lib/i18n/i18n.svelte';
import type { nasfpnMessages } from '$lib/i18n/messages/nasfpn';

type Msgs = (typeof nasfpnMessages)['en'];

/** `P4 gp(1, 3), output` */
export function describeCell(c: FpnCell, m: Pick<Msgs, 'output'>): string {
	return `P${c.level} ${c.op}(${c.inputs[0]}, ${c.inputs[1]})${c.output ? `, ${m.output}` : ''}`;
}

export function diffLines(
	diff: FpnDiff,
	a: readonly FpnCell[],
	b: readonly FpnCell[],
	numInputs: number,
	m: Msgs
): string[] {
	const lines: { cell: number; text: string }[] = [];
	const at = (cell: number) => ({ cell: cell + 1, offset: numInputs + cell });
	for (const cell of diff.added)
		lines.push({ cell, text: fill(m.diffAdded, { ...at(cell), desc: describeCell(b[cell], m) }) });
	for (const cell of diff.removed)
		lines.push({ cell, text: fill(m.diffRemoved, { ...at(cell), desc: describeCell(a[cell], m) }) });
	for (const ch of diff.changed) {
		const parts: string[] = [];
		if (ch.levelChanged) parts.push(fill(m.partLevel, { a: ch.before.level, b: ch.after.level }));
		if (ch.opChanged) parts.push(fill(m.partOp, { a: ch.before.op, b: ch.after.op }));
		if (ch.rewired) parts.push(fill(m.partInputs, { a: ch.before.inputs.join(', '), b: ch.after.inputs.join(', ') }));
		else if (ch.swapped) parts.push(fill(m.partSwapped, { b: ch.after.inputs.join(', ') }));
		if (ch.outputChanged) parts.push(ch.after.output ? m.partNowOutput : m.partNoOutput);
		lines.push({ cell: ch.cell, text: fill(m.diffChanged, { ...at(ch.cell), parts: parts.join('; ') }) });
	}
	if (lines.length === 0) return [m.noChange];
	return lines.sort((x, y) => x.cell - y.cell).map((l) => l.text);
}
