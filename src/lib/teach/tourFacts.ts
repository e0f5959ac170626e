// Live numbers for the tour texts' `{name}` placeholders, from the notebook's current specs and reports.
import { blockLabel, costMnasnet, isBlockRow, type MnasCostReport, type MnasnetSpec } from '$lib/arch/mnasnet';
import type { FpnCostReport, NasfpnSpec } from '$lib/arch/nasfpn';
import { PARTICLE_FORMS, withParticle } from '$lib/i18n/particle';
import { DEFAULT_LOCALE, formatCount, formatShare } from '$lib/arch/format';

export interface TourFactsInput {
	mnas: MnasnetSpec;
	mnasReport: MnasCostReport;
	/** the chosen preset as shipped */
	mnasBaseReport: MnasCostReport;
	selectedBlock: number | null;
	fpn: NasfpnSpec;
	fpnReport: FpnCostReport;
	selectedCell: number | null;
}

/** "MBConv3 k5×5 SE0.25 ×3": the engine's block label without its 0-based "b2" prefix. */
export function shortBlockLabel(spec: MnasnetSpec, index: number): string {
	return blockLabel(index, spec.blocks[index]).replace(/^b\d+ /, '');
}

/** What SE adds to block `index`: the block's cost minus the same block with se = 0. Null without SE. */
export function seCost(
	spec: MnasnetSpec,
	report: MnasCostReport,
	index: number
): { params: number; macs: number } | null {
	const block = spec.blocks[index];
	if (!block || block.se <= 0) return null;
	const without = costMnasnet({ ...spec, blocks: spec.blocks.map((b, i) => (i === index ? { ...b, se: 0 } : b)) });
	const row = report.blocks.find((r) => isBlockRow(r.row, index));
	const rowWithout = without.blocks.find((r) => isBlockRow(r.row, index));
	if (!row || !rowWithout) return null;
	return { params: row.params - rowWithout.params, macs: row.macs - rowWithout.macs };
}

export function tourFacts(f: TourFactsInput, locale = DEFAULT_LOCALE): Record<string, string> {
	const count = (n: number) => formatCount(n, locale);
	const facts: Record<string, string> = {
		resolution: String(f.mnas.resolution),
		width: String(f.mnas.widthMult),
		params: count(f.mnasReport.total.params),
		macs: count(f.mnasReport.total.macs),
		baseParams: count(f.mnasBaseReport.total.params),
		baseMacs: count(f.mnasBaseReport.total.macs),
		cells: String(f.fpn.cells.length),
		channels: String(f.fpn.channels),
		imageSize: String(f.fpn.imageSize),
		repeats: String(f.fpn.repeats),
		fpnRepeatMacs: count(f.fpnReport.perRepeat.macs)
	};

	const b = f.selectedBlock;
	if (b !== null && b >= 0 && b < f.mnas.blocks.length) {
		const row = f.mnasReport.blocks.find((r) => isBlockRow(r.row, b));
		facts.block = String(b + 1);
		facts.blockLabel = shortBlockLabel(f.mnas, b);
		if (row) {
			facts.blockMacs = count(row.macs);
			facts.blockShare = formatShare(row.macShare, locale);
		}
		const se = seCost(f.mnas, f.mnasReport, b);
		if (se) {
			facts.seParams = count(se.params);
			facts.seMacs = count(se.macs);
		}
	}

	const c = f.selectedCell;
	const node = c === null ? undefined : f.fpnReport.nodes.find((n) => n.cell === c);
	if (node) {
		facts.cellLevel = String(node.level);
		facts.cellSide = String(node.side);
		facts.cellMacs = count(node.macs);
		facts.cellShare = formatShare(f.fpnReport.perRepeat.macs > 0 ? node.macs / f.fpnReport.perRepeat.macs : 0, locale);
	}
	return facts;
}

/** Fill `{name}` from facts; a name without a fact shows "—" (never the raw placeholder). */
export function fillFacts(text: string, facts: Record<string, string>): string {
	return text.replace(/\{(\w+)(?:\|(으로|[은는이가을를과와로]))?\}/g, (_, key: string, form?: string) => {
		const value = facts[key] ?? '—';
		return form ? withParticle(value, PARTICLE_FORMS[form]) : value;
	});
}
