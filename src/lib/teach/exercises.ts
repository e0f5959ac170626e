// "Predict, then check" exercises. Questions, options and answers are built from the current networks each time
// (answers.ts runs the engines on every option), so they stay right after any edit. Text in both languages lives
// here beside the numbers it frames; plain text only (rendered as text, never HTML).
import type { MnasnetSpec } from '$lib/arch/mnasnet';
import type { NasfpnSpec } from '$lib/arch/nasfpn';
import {
	costliestCellAnswer,
	doubleChannelsAnswer,
	exerciseBlock,
	FACTORS,
	finestLevelShareAnswer,
	halveBlockAnswer,
	modelOptionId,
	parseGuess,
	rewardWinnerAnswer,
	resolutionVsWidthAnswer,
	widthHalfAnswer,
	type Factor,
	type HalveOption,
	type ResWidthChoice
} from './answers';
import { fill } from '$lib/i18n/i18n.svelte';
import { formatCount, formatRatio, formatRatioNumber, formatShare } from '$lib/arch/format';
import { shortBlockLabel } from './tourFacts';

export type Lang = 'en' | 'ko';

export interface ExerciseContext {
	mnas: MnasnetSpec;
	fpn: NasfpnSpec;
}

export interface ExerciseOption {
	id: string;
	label: string;
}

/** One line of the revealed answer: an option (or quantity) and its live number. */
export interface RevealRow {
	label: string;
	value: string;
	best: boolean;
}

export interface Solution {
	/** choice: the correct option ids */
	correct?: string[];
	/** number: the exact answer and the accepted distance from it (fraction or percentage points) */
	value?: number;
	tolerance?: number;
	/** the exact answer as shown */
	valueText?: string;
	explanation: string;
	rows: RevealRow[];
}

export interface Exercise {
	id: string;
	kind: 'choice' | 'number';
	/** number answers: a fraction (0.25) or a percentage (25) */
	unit?: 'fraction' | 'percent';
	question(ctx: ExerciseContext, lang: Lang): string;
	options?(ctx: ExerciseContext, lang: Lang): ExerciseOption[];
	/** null when the answer cannot be computed for this network (an option would make it invalid) */
	solve(ctx: ExerciseContext, lang: Lang): Solution | null;
}

function t(lang: Lang, en: string, ko: string, params: Record<string, string | number> = {}): string {
	return fill(lang === 'ko' ? ko : en, params);
}

// ---- 1. what halves the MACs of block 5? ---------------------------------------------------------------------

const HALVE_LABEL: Record<HalveOption, [string, string]> = {
	c: ['halve its output channels c ({from} → {to})', '출력 채널 c를 절반으로 ({from} → {to})'],
	resolution: ['halve the input resolution ({from} → {to} px)', '입력 해상도를 절반으로 ({from} → {to} px)'],
	n: ['halve its repeats n ({from} → {to})', '반복 횟수 n을 절반으로 ({from} → {to})'],
	t: ['halve its expansion ratio t ({from} → {to})', '확장 비율 t를 절반으로 ({from} → {to})'],
	k: ['change its kernel {from}×{from} → {to}×{to}', '커널을 {from}×{from} → {to}×{to}로 바꾸기']
};

const halveBlock: Exercise = {
	id: 'halve-block',
	kind: 'choice',
	question({ mnas }, lang) {
		const b = exerciseBlock(mnas);
		const a = halveBlockAnswer(mnas, b);
		return t(
			lang,
			'Which single change halves the MACs of block {block} ({label}, {macs} MACs now)?',
			'{block}번 블록({label}, 지금 MAC {macs}회)의 MAC을 절반으로 만드는 변경은 무엇일까요?',
			{ block: b + 1, label: shortBlockLabel(mnas, b), macs: formatCount(a.baseMacs, lang) }
		);
	},
	options({ mnas }, lang) {
		return halveBlockAnswer(mnas).outcomes.map((o) => ({
			id: o.id,
			label: t(lang, HALVE_LABEL[o.id][0], HALVE_LABEL[o.id][1], { from: o.from, to: o.to })
		}));
	},
	solve({ mnas }, lang) {
		const a = halveBlockAnswer(mnas);
		if (a.best.length === 0) return null;
		const rows = a.outcomes.map((o) => ({
			label: t(lang, HALVE_LABEL[o.id][0], HALVE_LABEL[o.id][1], { from: o.from, to: o.to }),
			value:
				o.macs === null
					? t(lang, 'not a valid network', '유효하지 않은 네트워크')
					: `${formatRatio(o.ratio, lang)} (${formatCount(a.baseMacs, lang)} → ${formatCount(o.macs, lang)})`,
			best: a.best.includes(o.id)
		}));
		return {
			correct: a.best,
			explanation: t(
				lang,
				'A convolution costs H·W·C_out·(C_in / groups)·k² MACs. Each option scales some of these factors in some of the block’s layers; the engine recomputed the block for each one. Closest to ½: {best}.',
				'합성곱의 MAC은 H·W·C_out·(C_in / groups)·k²입니다. 각 선택지는 블록의 일부 층에서 이 인수 중 일부를 바꿉니다. 엔진이 선택지마다 블록을 다시 계산했습니다. ½에 가장 가까운 것: {best}.',
				{
					best: rows
						.filter((r) => r.best)
						.map((r) => r.label)
						.join(', ')
				}
			),
			rows
		};
	}
};

// ---- 2. which NAS-FPN node costs most? -----------------------------------------------------------------------

const cellLabel = (lang: Lang, cell: number, level: number, op: string) =>
	t(lang, 'merging cell {i} · P{level} · {op}', '병합 셀 {i} · P{level} · {op}', { i: cell + 1, level, op });

const costliestCell: Exercise = {
	id: 'costliest-cell',
	kind: 'choice',
	question: (_ctx, lang) =>
		t(
			lang,
			'Which merging cell of the NAS-FPN pyramid network costs the most MACs?',
			'NAS-FPN 피라미드 네트워크에서 MAC이 가장 많이 드는 병합 셀은 어느 것일까요?'
		),
	options: ({ fpn }, lang) => fpn.cells.map((c, i) => ({ id: String(i), label: cellLabel(lang, i, c.level, c.op) })),
	solve({ fpn }, lang) {
		const a = costliestCellAnswer(fpn);
		return {
			correct: a.best.map(String),
			explanation: t(
				lang,
				'Every merging cell ends in the same 3×3 convolution at the same width, so a cell’s MACs follow the pixel count of its level: each level up has a quarter of the pixels.',
				'모든 병합 셀은 같은 채널 수의 3×3 합성곱으로 끝나므로, 셀의 MAC은 그 레벨의 픽셀 수를 따릅니다. 레벨이 하나 올라갈 때마다 픽셀 수는 4분의 1이 됩니다.'
			),
			rows: a.cells.map((c) => ({
				label: cellLabel(lang, c.cell, c.level, c.op),
				value: `${formatCount(c.macs, lang)} (${formatShare(c.share, lang)})`,
				best: a.best.includes(c.cell)
			}))
		};
	}
};

// ---- 3. how much does width_mult 0.5 keep? -------------------------------------------------------------------

const widthHalf: Exercise = {
	id: 'width-half',
	kind: 'number',
	unit: 'fraction',
	question: (_ctx, lang) =>
		t(
			lang,
			'With a width multiplier of 0.5 instead of 1.0, what fraction of its parameters does this MnasNet keep? Type a number such as 0.25 or 25%.',
			'너비 배수를 1.0에서 0.5로 바꾸면 이 MnasNet의 파라미터는 원래의 몇 배가 될까요? 0.25나 25%처럼 입력하세요.'
		),
	solve({ mnas }, lang) {
		const a = widthHalfAnswer(mnas);
		if (!a) return null;
		return {
			value: a.paramsRatio,
			tolerance: 0.05,
			valueText: formatRatio(a.paramsRatio, lang),
			explanation: t(
				lang,
				'Halving every width cuts the 1×1 convolutions (C_in·C_out) to about a quarter, but the depthwise convolutions (C·k²) and the head’s 1×1 conv (only its input scales) only to about half, so the MACs fall to ×{macsRatio}, not ×0.25. The 1280-wide head and the classifier are not scaled and hold many of the parameters, so the parameters fall less still: ×{paramsRatio}.',
				'모든 너비를 절반으로 줄이면 1×1 합성곱(C_in·C_out)은 약 4분의 1이 되지만, 깊이별 합성곱(C·k²)과 헤드의 1×1 합성곱(입력 쪽만 줄어듦)은 약 절반으로만 줄어서 MAC은 ×0.25가 아니라 ×{macsRatio|가} 됩니다. 1280채널 헤드와 분류기는 줄지 않고 파라미터의 큰 몫을 차지하므로 파라미터는 더 적게 줄어듭니다: ×{paramsRatio}.',
				{
					macsRatio: formatRatioNumber(a.macsRatio, lang),
					paramsRatio: formatRatioNumber(a.paramsRatio, lang)
				}
			),
			rows: [
				{
					label: t(lang, 'params at width multiplier 1.0', '너비 배수 1.0의 파라미터'),
					value: formatCount(a.paramsAt1, lang),
					best: false
				},
				{
					label: t(lang, 'params at width multiplier 0.5', '너비 배수 0.5의 파라미터'),
					value: formatCount(a.paramsAtHalf, lang),
					best: true
				},
				{
					label: t(lang, 'MACs at 1.0 → 0.5', 'MAC 1.0 → 0.5'),
					value: `${formatCount(a.macsAt1, lang)} → ${formatCount(a.macsAtHalf, lang)}`,
					best: false
				}
			]
		};
	}
};

// ---- 4. resolution or width? ---------------------------------------------------------------------------------

function resWidthLabels(lang: Lang, mnas: MnasnetSpec): Record<ResWidthChoice, string> | null {
	const a = resolutionVsWidthAnswer(mnas);
	if (!a) return null;
	return {
		resolution: t(lang, 'input resolution {from} → {to} px', '입력 해상도 {from} → {to} px', a.resolution),
		width: t(lang, 'width multiplier {from} → {to}', '너비 배수 {from} → {to}', a.width),
		same: t(lang, 'about the same (within 5 %)', '거의 같다 (5 % 이내)')
	};
}

const resolutionVsWidth: Exercise = {
	id: 'resolution-vs-width',
	kind: 'choice',
	question({ mnas }, lang) {
		const l = resWidthLabels(lang, mnas);
		const a = resolutionVsWidthAnswer(mnas);
		const f = a ? formatRatioNumber(a.resolution.to / a.resolution.from, lang) : '—';
		return t(
			lang,
			'Both cut by the same factor ×{f}. Which saves more MACs: {res}, or {width}?',
			'둘 다 같은 비율 ×{f}로 줄입니다. {res|과} {width} 중 어느 쪽이 MAC을 더 많이 줄일까요?',
			{ f, res: l?.resolution ?? '—', width: l?.width ?? '—' }
		);
	},
	options({ mnas }, lang) {
		const l = resWidthLabels(lang, mnas);
		return l ? (['resolution', 'width', 'same'] as const).map((id) => ({ id, label: l[id] })) : [];
	},
	solve({ mnas }, lang) {
		const a = resolutionVsWidthAnswer(mnas);
		const l = resWidthLabels(lang, mnas);
		if (!a || !l) return null;
		const row = (id: 'resolution' | 'width', macs: number) => ({
			label: l[id],
			value: `${formatCount(macs, lang)} (${formatRatio(macs / a.baseMacs, lang)})`,
			best: a.best === id
		});
		return {
			correct: [a.best],
			explanation: t(
				lang,
				'Both options scale by ×{rs}. MACs grow with the feature-map area H·W, so the resolution cut keeps about {rs2} of every layer’s MACs. The width cut keeps about {ws2} only where both C_in and C_out scale (the 1×1 convolutions); a depthwise convolution scales once (×{ws}), so does the head’s 1×1 conv, which keeps its 1280 outputs, and the classifier does not scale at all. At equal factors the width cut therefore usually keeps more MACs.',
				'두 선택지 모두 ×{rs}로 줄입니다. MAC은 특징 맵 넓이 H·W에 비례하므로 입력 해상도를 줄이면 모든 층의 MAC이 약 {rs2}로 줄어듭니다. 너비를 줄이면 C_in과 C_out이 함께 줄어드는 1×1 합성곱만 약 {ws2}로 줄고, 깊이별 합성곱은 한 번만(×{ws}) 줄며, 출력 1280채널을 유지하는 헤드의 1×1 합성곱도 마찬가지이고, 분류기는 전혀 줄지 않습니다. 그래서 같은 비율이라면 보통 너비를 줄일 때 MAC이 더 많이 남습니다.',
				{
					rs: formatRatioNumber(a.resolution.to / a.resolution.from, lang),
					rs2: formatShare((a.resolution.to / a.resolution.from) ** 2, lang),
					ws: formatRatioNumber(a.width.to / a.width.from, lang),
					ws2: formatShare((a.width.to / a.width.from) ** 2, lang)
				}
			),
			rows: [
				row('resolution', a.resolution.macs),
				row('width', a.width.macs),
				{ label: l.same, value: a.best === 'same' ? '✓' : '—', best: a.best === 'same' }
			]
		};
	}
};

// ---- 5. the finest level's share -----------------------------------------------------------------------------

const finestShare: Exercise = {
	id: 'finest-share',
	kind: 'number',
	unit: 'percent',
	question: ({ fpn }, lang) =>
		t(
			lang,
			'What share of one NAS-FPN pyramid network’s MACs goes to the P{level} merging cell(s)? Type a percentage.',
			'NAS-FPN 피라미드 네트워크 하나의 MAC 중 P{level} 병합 셀이 차지하는 비율은 몇 %일까요? 백분율로 입력하세요.',
			{ level: fpn.minLevel }
		),
	solve({ fpn }, lang) {
		const a = finestLevelShareAnswer(fpn);
		return {
			value: a.share * 100,
			tolerance: 5,
			valueText: formatShare(a.share, lang),
			explanation: t(
				lang,
				'{cells} merging cell(s) at P{level}: {macs} of {repeatMacs} MACs. Every merging cell’s 3×3 conv costs the same per pixel, so this is the P{level} cells’ share of the pixels all cells produce: {px} of {totalPx}.',
				'P{level}의 병합 셀 {cells}개: MAC {repeatMacs}회 중 {macs}회입니다. 모든 병합 셀의 3×3 합성곱은 픽셀당 비용이 같으므로, 이 비율은 모든 셀이 만드는 픽셀 {totalPx}개 가운데 P{level} 셀이 만드는 {px}개의 비율입니다.',
				{
					cells: a.cells,
					level: a.level,
					macs: formatCount(a.macs, lang),
					repeatMacs: formatCount(a.repeatMacs, lang),
					px: formatCount(a.pixels, lang),
					totalPx: formatCount(a.totalPixels, lang)
				}
			),
			rows: [
				{
					label: t(lang, 'share of P{level}', 'P{level}의 비율', { level: a.level }),
					value: formatShare(a.share, lang),
					best: true
				}
			]
		};
	}
};

// ---- 6. doubling the NAS-FPN width ---------------------------------------------------------------------------

const doubleChannels: Exercise = {
	id: 'double-channels',
	kind: 'choice',
	question: ({ fpn }, lang) =>
		t(
			lang,
			'If the NAS-FPN feature width doubles ({c} → {c2} channels), one pyramid network’s MACs are multiplied by…',
			'NAS-FPN의 특징 채널 수를 두 배로({c} → {c2}) 늘리면 피라미드 네트워크 하나의 MAC은 몇 배가 될까요?',
			{ c: fpn.channels, c2: fpn.channels * 2 }
		),
	options: () => (Object.keys(FACTORS) as Factor[]).map((id) => ({ id, label: `×${FACTORS[id]}` })),
	solve({ fpn }, lang) {
		const a = doubleChannelsAnswer(fpn);
		return {
			correct: a.best,
			explanation: t(
				lang,
				'A 3×3 convolution from C to C channels costs 9·C² MACs per pixel, so doubling C multiplies it by 4 (with separable convolutions, 9·C + C², a little less). Here: {macs} → {doubled} MACs, ×{ratio}.',
				'C채널에서 C채널로 가는 3×3 합성곱은 픽셀당 MAC이 9·C²이므로, C를 두 배로 하면 4배가 됩니다(깊이별 분리 합성곱은 9·C + C²이라 조금 덜합니다). 여기서는 MAC {macs}회 → {doubled}회, ×{ratio}입니다.',
				{
					macs: formatCount(a.macs, lang),
					doubled: formatCount(a.doubledMacs, lang),
					ratio: formatRatioNumber(a.ratio, lang)
				}
			),
			rows: (Object.keys(FACTORS) as Factor[]).map((id) => ({
				label: `×${FACTORS[id]}`,
				value: a.best.includes(id) ? formatRatio(a.ratio, lang) : '',
				best: a.best.includes(id)
			}))
		};
	}
};

// ---- 7. which Table 1 model wins under the hard constraint? ----------------------------------------------------

const rewardWinner: Exercise = {
	id: 'reward-winner',
	kind: 'choice',
	question: (_ctx, lang) =>
		t(
			lang,
			'In the reward explorer, at T = {t} ms (the paper’s target), which Table 1 model earns the highest reward under the hard constraint (α = 0, β = −1)? Then switch to the soft constraint and compare.',
			'보상 탐색기에서 T = {t} ms(논문의 목표)일 때, 하드 제약(α = 0, β = −1)에서 보상이 가장 높은 표 1 모델은 무엇일까요? 그다음 소프트 제약으로 바꿔 비교해 보세요.',
			{ t: rewardWinnerAnswer().targetMs }
		),
	options: () => rewardWinnerAnswer().hard.map((r) => ({ id: modelOptionId(r.model), label: r.model })),
	solve(_ctx, lang) {
		const a = rewardWinnerAnswer();
		const fmt = (v: number | null) => (v === null ? '—' : v.toFixed(4));
		return {
			correct: a.hardWinners.map(modelOptionId),
			explanation: t(
				lang,
				'Hard: {hard}. Below T the hard reward is the accuracy alone, and above T it falls as (LAT/T)^−1, so a model a little over T keeps most of its accuracy. Soft: {soft}. The soft reward changes by only a few per cent across the table, so the three MnasNet models end within 0.001 of each other; that is why one soft search could give all three (§7.1).',
				'하드 제약: {hard}. T 아래에서 하드 제약의 보상은 정확도 그 자체이고, T를 넘으면 (LAT/T)^−1로 줄어듭니다. 그래서 T를 조금 넘는 모델은 정확도를 대부분 지킵니다. 소프트 제약: {soft}. 소프트 제약의 보상은 표 전체에서 몇 %밖에 달라지지 않아, MnasNet 세 모델의 보상 차이는 0.001 이내입니다. 그래서 소프트 제약 탐색 한 번에서 세 모델을 모두 얻을 수 있었습니다(§7.1).',
				{ hard: a.hardWinners.join(', '), soft: a.softWinners.join(', ') }
			),
			rows: a.hard.map((r, i) => ({
				label: r.model,
				value: t(lang, 'hard {h} · soft {s}', '하드 {h} · 소프트 {s}', { h: fmt(r.reward), s: fmt(a.soft[i].reward) }),
				best: a.hardWinners.includes(r.model)
			}))
		};
	}
};

export const EXERCISES: readonly Exercise[] = [
	halveBlock,
	costliestCell,
	widthHalf,
	resolutionVsWidth,
	finestShare,
	doubleChannels,
	rewardWinner
];

export type GradeStatus = 'correct' | 'wrong' | 'invalid' | 'unavailable';

export interface Grade {
	status: GradeStatus;
	solution: Solution | null;
}

/** Grade an answer (an option id, or typed text for number exercises) against the live solution. */
export function gradeExercise(ex: Exercise, ctx: ExerciseContext, answer: string, lang: Lang): Grade {
	const solution = ex.solve(ctx, lang);
	if (!solution) return { status: 'unavailable', solution: null };
	if (ex.kind === 'choice') {
		if (!answer) return { status: 'invalid', solution: null };
		return { status: solution.correct?.includes(answer) ? 'correct' : 'wrong', solution };
	}
	const guess = parseGuess(answer, ex.unit === 'percent');
	if (guess === null) return { status: 'invalid', solution: null };
	const ok = solution.value !== undefined && Math.abs(guess - solution.value) <= (solution.tolerance ?? 0);
	return { status: ok ? 'correct' : 'wrong', solution };
}
