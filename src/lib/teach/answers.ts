// Answers of the "predict, then check" exercises, computed by applying each option to the CURRENT spec and running
// the engines: nothing here is stored answer text, so an answer follows every edit the student makes.
import { costMnasnet, isBlockRow, validateMnasnet, type MnasnetSpec } from '$lib/arch/mnasnet';
import { costNasfpn, type FpnOp, type NasfpnSpec } from '$lib/arch/nasfpn';
import { costRatio } from '$lib/arch/compare';
import { PAPER_TARGET_MS } from '$lib/arch/papers/mnasnetTable1';
import { rewardRows, rewardWinners, type RewardRow } from '$lib/arch/papers/rewardTable';

/** Exercises about "block 5" use block 5 when the network has one, else its last block (0-based index). */
export function exerciseBlock(spec: MnasnetSpec): number {
	return Math.min(4, spec.blocks.length - 1);
}

// ---- what halves the MACs of a block? -------------------------------------------------------------------------

export type HalveOption = 't' | 'c' | 'n' | 'resolution' | 'k';
const HALVE_OPTIONS: readonly HalveOption[] = ['c', 'resolution', 'n', 't', 'k'];

export interface HalveOutcome {
	id: HalveOption;
	/** the edited value, before → after, e.g. [6, 3] */
	from: number;
	to: number;
	/** block MACs after the edit; null when the edited network is not valid */
	macs: number | null;
	/** after / before; null when invalid or the block had no MACs */
	ratio: number | null;
}

export interface HalveAnswer {
	block: number;
	baseMacs: number;
	outcomes: HalveOutcome[];
	/** the option(s) whose ratio is closest to ½ */
	best: HalveOption[];
}

function halveInt(v: number): number {
	return Math.max(1, Math.round(v / 2));
}

function halveEdit(spec: MnasnetSpec, block: number, id: HalveOption): { spec: MnasnetSpec; from: number; to: number } {
	const b = spec.blocks[block];
	const withBlock = (patch: Partial<MnasnetSpec['blocks'][number]>): MnasnetSpec => ({
		...spec,
		blocks: spec.blocks.map((x, i) => (i === block ? { ...x, ...patch } : x))
	});
	switch (id) {
		case 't':
			return { spec: withBlock({ t: halveInt(b.t) }), from: b.t, to: halveInt(b.t) };
		case 'c':
			return { spec: withBlock({ c: halveInt(b.c) }), from: b.c, to: halveInt(b.c) };
		case 'n':
			return { spec: withBlock({ n: halveInt(b.n) }), from: b.n, to: halveInt(b.n) };
		case 'resolution': {
			const r = Math.max(32, Math.round(spec.resolution / 2));
			return { spec: { ...spec, resolution: r }, from: spec.resolution, to: r };
		}
		case 'k': {
			// the search space's two kernels: 5×5 → 3×3 (or 3×3 → 5×5 when the block already uses 3×3)
			const k = b.k > 3 ? 3 : 5;
			return { spec: withBlock({ k }), from: b.k, to: k };
		}
	}
}

function blockMacs(spec: MnasnetSpec, block: number): number | null {
	if (!validateMnasnet(spec).ok) return null;
	return costMnasnet(spec).blocks.find((r) => isBlockRow(r.row, block))?.macs ?? null;
}

/** Indices of the values closest to `target` on a log scale (ties within 1e-9 all count). */
function closestTo(target: number, values: readonly (number | null)[]): number[] {
	const dist = values.map((v) => (v !== null && v > 0 ? Math.abs(Math.log(v / target)) : Infinity));
	const min = Math.min(...dist);
	if (!Number.isFinite(min)) return [];
	return dist.flatMap((d, i) => (d - min <= 1e-9 ? [i] : []));
}

export function halveBlockAnswer(spec: MnasnetSpec, block = exerciseBlock(spec)): HalveAnswer {
	const baseMacs = blockMacs(spec, block) ?? 0;
	const outcomes = HALVE_OPTIONS.map((id): HalveOutcome => {
		const edit = halveEdit(spec, block, id);
		const macs = edit.from === edit.to ? baseMacs : blockMacs(edit.spec, block);
		return { id, from: edit.from, to: edit.to, macs, ratio: macs === null ? null : costRatio(baseMacs, macs) };
	});
	const best = closestTo(
		0.5,
		outcomes.map((o) => o.ratio)
	).map((i) => outcomes[i].id);
	return { block, baseMacs, outcomes, best };
}

// ---- which NAS-FPN node costs most? --------------------------------------------------------------------------

export interface CellCost {
	/** 0-based index into spec.cells */
	cell: number;
	level: number;
	op: FpnOp;
	macs: number;
	/** share of one repeat's MACs */
	share: number;
}

export interface CostliestCellAnswer {
	cells: CellCost[];
	best: number[];
}

export function costliestCellAnswer(fpn: NasfpnSpec): CostliestCellAnswer {
	const report = costNasfpn(fpn);
	const total = report.perRepeat.macs;
	const cells = report.nodes
		.filter((n) => n.cell >= 0)
		.map((n) => ({
			cell: n.cell,
			level: n.level,
			op: n.op as FpnOp,
			macs: n.macs,
			share: total > 0 ? n.macs / total : 0
		}));
	const max = Math.max(...cells.map((c) => c.macs));
	return { cells, best: cells.filter((c) => c.macs === max).map((c) => c.cell) };
}

// ---- how much does width_mult 0.5 keep? ----------------------------------------------------------------------

export interface WidthAnswer {
	paramsAt1: number;
	paramsAtHalf: number;
	macsAt1: number;
	macsAtHalf: number;
	/** params at 0.5 / params at 1.0 */
	paramsRatio: number;
	macsRatio: number;
}

/** The current network at width_mult 1.0 and at 0.5 (everything else as it is). Null if either is invalid. */
export function widthHalfAnswer(spec: MnasnetSpec): WidthAnswer | null {
	const at1 = { ...spec, widthMult: 1 };
	const atHalf = { ...spec, widthMult: 0.5 };
	if (!validateMnasnet(at1).ok || !validateMnasnet(atHalf).ok) return null;
	const r1 = costMnasnet(at1).total;
	const rh = costMnasnet(atHalf).total;
	return {
		paramsAt1: r1.params,
		paramsAtHalf: rh.params,
		macsAt1: r1.macs,
		macsAtHalf: rh.macs,
		paramsRatio: costRatio(r1.params, rh.params) ?? 0,
		macsRatio: costRatio(r1.macs, rh.macs) ?? 0
	};
}

// ---- resolution or width: which saves more MACs? ------------------------------------------------------------

export type ResWidthChoice = 'resolution' | 'width' | 'same';

export interface ResWidthAnswer {
	baseMacs: number;
	resolution: { from: number; to: number; macs: number };
	width: { from: number; to: number; macs: number };
	best: ResWidthChoice;
}

/** Two cuts by the same factor: the input resolution ×0.75 rounded to a multiple of 32 (the lecture code asserts it),
 * and the width multiplier by exactly that factor (224 → 160 and 1 → 0.714), so the question compares like with like.
 * "same" when the two MAC counts are within 5 % of each other. Null if either edit is invalid. */
export function resolutionVsWidthAnswer(spec: MnasnetSpec): ResWidthAnswer | null {
	const r = Math.max(32, Math.round((spec.resolution * 0.75) / 32) * 32);
	const w = Math.round(((spec.widthMult * r) / spec.resolution) * 1000) / 1000;
	const byRes = { ...spec, resolution: r };
	const byWidth = { ...spec, widthMult: w };
	if (!validateMnasnet(byRes).ok || !validateMnasnet(byWidth).ok) return null;
	const resMacs = costMnasnet(byRes).total.macs;
	const widthMacs = costMnasnet(byWidth).total.macs;
	const close = Math.abs(resMacs - widthMacs) <= 0.05 * Math.max(resMacs, widthMacs);
	return {
		baseMacs: costMnasnet(spec).total.macs,
		resolution: { from: spec.resolution, to: r, macs: resMacs },
		width: { from: spec.widthMult, to: w, macs: widthMacs },
		best: close ? 'same' : resMacs < widthMacs ? 'resolution' : 'width'
	};
}

// ---- the share of the finest level's cells ------------------------------------------------------------------

export interface LevelShareAnswer {
	level: number;
	cells: number;
	macs: number;
	repeatMacs: number;
	share: number;
	/** output pixels of the finest-level cells, and of all cells of one pyramid network */
	pixels: number;
	totalPixels: number;
}

/** Share of one repeat's MACs spent in the cells at the finest level (P3 for the paper's pyramid). */
export function finestLevelShareAnswer(fpn: NasfpnSpec): LevelShareAnswer {
	const report = costNasfpn(fpn);
	const nodes = report.nodes.filter((n) => n.cell >= 0 && n.level === fpn.minLevel);
	const macs = nodes.reduce((s, n) => s + n.macs, 0);
	const repeatMacs = report.perRepeat.macs;
	const pixels = nodes.reduce((s, n) => s + n.side * n.side, 0);
	const totalPixels = report.nodes.filter((n) => n.cell >= 0).reduce((s, n) => s + n.side * n.side, 0);
	return {
		level: fpn.minLevel,
		cells: nodes.length,
		macs,
		repeatMacs,
		share: repeatMacs > 0 ? macs / repeatMacs : 0,
		pixels,
		totalPixels
	};
}

// ---- doubling the NAS-FPN width ------------------------------------------------------------------------------

export type Factor = 'x2' | 'x4' | 'x8';
export const FACTORS: Readonly<Record<Factor, number>> = { x2: 2, x4: 4, x8: 8 };

export interface DoubleChannelsAnswer {
	channels: number;
	macs: number;
	doubledMacs: number;
	ratio: number;
	best: Factor[];
}

/** One repeat's MACs at 2 × channels against now; the answer is the factor nearest on a log scale. */
export function doubleChannelsAnswer(fpn: NasfpnSpec): DoubleChannelsAnswer {
	const macs = costNasfpn(fpn).perRepeat.macs;
	const doubledMacs = costNasfpn({ ...fpn, channels: fpn.channels * 2 }).perRepeat.macs;
	const ratio = costRatio(macs, doubledMacs) ?? 0;
	const ids = Object.keys(FACTORS) as Factor[];
	return {
		channels: fpn.channels,
		macs,
		doubledMacs,
		ratio,
		best: closestTo(
			ratio,
			ids.map((f) => FACTORS[f])
		).map((i) => ids[i])
	};
}

// ---- which Table 1 model has the highest reward at the paper's T? ------------------------------------------------

export interface RewardWinnerAnswer {
	targetMs: number;
	hard: RewardRow[];
	soft: RewardRow[];
	hardWinners: string[];
	softWinners: string[];
}

/** The MnasNet paper's Table 1 under both constraints at its T = 75 ms (the reward explorer's default). */
export function rewardWinnerAnswer(targetMs = PAPER_TARGET_MS): RewardWinnerAnswer {
	const hard = rewardRows(targetMs, 'hard');
	const soft = rewardRows(targetMs, 'soft');
	return { targetMs, hard, soft, hardWinners: rewardWinners(hard), softWinners: rewardWinners(soft) };
}

/** An option id for a Table 1 model name: "MobileNetV2 (1.4)" → "mobilenetv2-1-4". */
export function modelOptionId(model: string): string {
	return model
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

// ---- typed answers -------------------------------------------------------------------------------------------

/**
 * A typed number: "0.25", ".25", "25%", "1/4", "×0.25", "0,25" (decimal comma). Percentages are divided by 100
 * when `percent` is false and kept when true ("25" and "25%" both mean 25 % then). Null when it is not a number.
 */
export function parseGuess(text: string, percent = false): number | null {
	let t = text
		.trim()
		.replace(/^[×x]\s*|\s*[×x]$/gi, '')
		.replace(',', '.');
	if (t.length === 0 || t.length > 30) return null;
	let scale = 1;
	if (t.endsWith('%')) {
		t = t.slice(0, -1).trim();
		scale = percent ? 1 : 0.01;
	}
	const frac = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(t);
	let v: number;
	if (frac) v = Number(frac[1]) / Number(frac[2]);
	else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) v = Number(t);
	else return null;
	// as a percentage, "1/4" and a bare "0.55" mean 25 % and 55 % (no share here is below 1 %)
	if (percent && scale === 1 && (frac || (v > 0 && v < 1))) v *= 100;
	v *= scale;
	return Number.isFinite(v) ? v : null;
}
