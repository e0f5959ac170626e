import { describe, it, expect } from 'vitest';
import { mnasPreset } from '$lib/arch/mnasnet';
import { fpnPreset } from '$lib/arch/nasfpn';
import {
	costliestCellAnswer,
	doubleChannelsAnswer,
	exerciseBlock,
	finestLevelShareAnswer,
	halveBlockAnswer,
	parseGuess,
	resolutionVsWidthAnswer,
	widthHalfAnswer
} from '$lib/teach/answers';
import { EXERCISES, gradeExercise, type ExerciseContext } from '$lib/teach/exercises';

// Hand counts use the conv formula (MnasNet paper eq. 4 and its regular-conv form): lecture MBConv(C_in, C_out, t, k, s), hid = C_in·t, MACs
// H_in²·C_in·hid + H_out²·k²·hid + H_out²·hid·C_out. Lecture block 5 = settings row [6, 96, 2, 1, 3] (AnjieCheng/MnasNet-PyTorch MnasNet.py),
// input 14×14×80 from block 4 (224 / 16 = 14).
const L1 = (cIn: number, cOut: number, t: number, k: number) =>
	196 * (cIn * cIn * t + k * k * cIn * t + cIn * t * cOut);
const LECTURE_B5 = L1(80, 96, 6, 3) + L1(96, 96, 6, 3); // 17,404,800 + 22,692,096 = 40,096,896

describe('halveBlockAnswer', () => {
	const a = halveBlockAnswer(mnasPreset('lecture'));
	it('halveBlockAnswer(lecture) looks at block 5 (index 4) with 40,096,896 MACs', () => {
		expect(a.block).toBe(4);
		expect(a.baseMacs).toBe(LECTURE_B5);
	});
	const expected: { id: string; macs: number }[] = [
		{ id: 't', macs: LECTURE_B5 / 2 }, // hid halves in all three convs
		{ id: 'resolution', macs: LECTURE_B5 / 4 }, // 14×14 → 7×7
		{ id: 'n', macs: L1(80, 96, 6, 3) }, // one layer left: 17,404,800
		{ id: 'c', macs: L1(80, 48, 6, 3) + L1(48, 48, 6, 3) }, // 12,888,960 + 5,927,040
		{ id: 'k', macs: LECTURE_B5 + 196 * 16 * (480 + 576) } // depthwise 3×3 → 5×5 adds 16 taps per hidden channel
	];
	for (const { id, macs } of expected)
		it(`halveBlockAnswer(lecture) option ${id} gives ${macs} MACs`, () =>
			expect(a.outcomes.find((o) => o.id === id)?.macs).toBe(macs));
	it('halveBlockAnswer(lecture): only halving t gives exactly ½', () => {
		expect(a.best).toEqual(['t']);
		expect(a.outcomes.find((o) => o.id === 't')?.ratio).toBe(0.5);
	});
	it('halveBlockAnswer follows an edit: with t = 1 nothing halves t, so another option wins', () => {
		const spec = mnasPreset('lecture');
		spec.blocks[4] = { ...spec.blocks[4], t: 1 };
		const b = halveBlockAnswer(spec);
		expect(b.outcomes.find((o) => o.id === 't')?.ratio).toBe(1);
		expect(b.best).not.toContain('t');
	});
	it('exerciseBlock uses the last block of a short network', () => {
		const spec = mnasPreset('lecture');
		expect(exerciseBlock({ ...spec, blocks: spec.blocks.slice(0, 3) })).toBe(2);
	});
});

describe('costliestCellAnswer', () => {
	it('costliestCellAnswer(f) is the P3 cell (index 2), 54.6 % of a repeat', () => {
		// arithmetic on NASFPN_BLOCK_SPECS (tensorflow/tpu nasfpn.py): n7 (P3) 3.775 of 6.916 GMACs per cell at 640 px, 256 ch
		const a = costliestCellAnswer(fpnPreset('f'));
		expect(a.best).toEqual([2]);
		expect(a.cells[2].level).toBe(3);
		expect(a.cells[2].share).toBeCloseTo(0.546, 3);
	});
	it('costliestCellAnswer(a) is its last cell, the P3 merge', () => {
		// progression.ts (a): levels 6, 5, 4, 3
		expect(costliestCellAnswer(fpnPreset('a')).best).toEqual([3]);
	});
});

describe('widthHalfAnswer', () => {
	it('widthHalfAnswer(A1): 3,887,038 params at 1.0, about 2.1 M at 0.5', () => {
		// A1 dm 1.0 = 3,887,038 (built from tensorflow/tpu mnasnet_models.py) and the TF README (dm 0.5: 2.1 M params)
		const a = widthHalfAnswer(mnasPreset('mnasnet-a1'));
		expect(a?.paramsAt1).toBe(3_887_038);
		expect((a?.paramsAtHalf ?? 0) / 1e6).toBeCloseTo(2.1, 1);
		expect(a?.paramsRatio).toBeCloseTo(2.08 / 3.887, 2);
	});
	it('widthHalfAnswer(lecture) compares against width 1.0 even when the network is at 0.75', () => {
		const spec = mnasPreset('lecture');
		expect(widthHalfAnswer({ ...spec, widthMult: 0.75 })).toEqual(widthHalfAnswer(spec));
		expect(widthHalfAnswer(spec)?.paramsAt1).toBe(4_383_312); // torchvision mnasnet1_0 weights meta num_params
	});
});

describe('resolutionVsWidthAnswer', () => {
	it('resolutionVsWidthAnswer(lecture): 224 → 160 beats width 1 → 0.714, the same factor', () => {
		// area (160/224)² = 0.51 everywhere; width 0.714 scales depthwise convs and the fixed-1280 head only once
		// (AnjieCheng/MnasNet-PyTorch MnasNet.py: head 1280 unless width > 1)
		const a = resolutionVsWidthAnswer(mnasPreset('lecture'));
		expect(a?.resolution).toMatchObject({ from: 224, to: 160 });
		expect(a?.width).toMatchObject({ from: 1, to: 0.714 });
		expect(a!.width.to / a!.width.from).toBeCloseTo(a!.resolution.to / a!.resolution.from, 3);
		expect(a?.best).toBe('resolution');
	});
});

describe('finestLevelShareAnswer', () => {
	it('finestLevelShareAnswer(f) = 54.6 % (one P3 cell): 6,400 of 11,725 pixels', () => {
		// tensorflow/tpu NASFPN_BLOCK_SPECS levels 4, 4, 3, 4, 5, 7, 6 at 640 px: 3 × 1,600 + 6,400 + 400 + 25 + 100
		const a = finestLevelShareAnswer(fpnPreset('f'));
		expect(a.cells).toBe(1);
		expect(a.pixels).toBe(6400);
		expect(a.totalPixels).toBe(11_725);
		expect(a.share).toBeCloseTo(6400 / 11_725, 12);
		expect(a.share).toBeCloseTo(0.546, 3);
	});
	it('finestLevelShareAnswer(a) = 6400 / 8500 pixels', () => {
		// (a) cells at P6, P5, P4, P3; pixel counts at 640 (strides 64, 32, 16, 8): 100, 400, 1600, 6400
		expect(finestLevelShareAnswer(fpnPreset('a')).share).toBeCloseTo(6400 / 8500, 12);
	});
});

describe('doubleChannelsAnswer', () => {
	it('doubleChannelsAnswer(f) = ×4 exactly (9·C² per pixel)', () => {
		// a 3×3 conv at width C costs 9C² MACs per pixel
		const a = doubleChannelsAnswer(fpnPreset('f'));
		expect(a.ratio).toBe(4);
		expect(a.best).toEqual(['x4']);
	});
	it('doubleChannelsAnswer(separable f) is below 4 but still nearest ×4', () => {
		// separable (depthwise 3×3 + pointwise): 9C + C² per pixel → (18C + 4C²) / (9C + C²) at C = 256 = 3.86
		const a = doubleChannelsAnswer(fpnPreset('f', { separable: true }));
		expect(a.ratio).toBeCloseTo((18 * 256 + 4 * 256 * 256) / (9 * 256 + 256 * 256), 9);
		expect(a.best).toEqual(['x4']);
	});
});

describe('parseGuess', () => {
	const cases: { text: string; percent?: boolean; value: number | null }[] = [
		{ text: '0.25', value: 0.25 },
		{ text: '.25', value: 0.25 },
		{ text: '25%', value: 0.25 },
		{ text: '1/4', value: 0.25 },
		{ text: '×0.5', value: 0.5 },
		{ text: '0.5x', value: 0.5 },
		{ text: '0,5', value: 0.5 },
		{ text: '55', percent: true, value: 55 },
		{ text: '55%', percent: true, value: 55 },
		{ text: '0.55', percent: true, value: 55 },
		{ text: '1/2', percent: true, value: 50 },
		{ text: 'half', value: null },
		{ text: '', value: null },
		{ text: '1/0', value: null },
		{ text: '<b>1</b>', value: null }
	];
	for (const { text, percent, value } of cases)
		it(`parseGuess("${text}"${percent ? ', percent' : ''}) = ${value}`, () => {
			const v = parseGuess(text, percent);
			if (value === null) expect(v).toBeNull();
			else expect(v).toBeCloseTo(value, 12);
		});
});

describe('gradeExercise', () => {
	const ctx: ExerciseContext = { mnas: mnasPreset('lecture'), fpn: fpnPreset('f') };
	const byId = (id: string) => EXERCISES.find((e) => e.id === id)!;
	const cases: { id: string; answer: string; status: string }[] = [
		{ id: 'halve-block', answer: 't', status: 'correct' },
		{ id: 'halve-block', answer: 'n', status: 'wrong' },
		{ id: 'halve-block', answer: '', status: 'invalid' },
		{ id: 'costliest-cell', answer: '2', status: 'correct' },
		{ id: 'costliest-cell', answer: '0', status: 'wrong' },
		{ id: 'width-half', answer: '0.5', status: 'correct' }, // lecture keeps ≈ 0.50 of its params
		{ id: 'width-half', answer: '25%', status: 'wrong' },
		{ id: 'width-half', answer: 'a quarter', status: 'invalid' },
		{ id: 'resolution-vs-width', answer: 'resolution', status: 'correct' },
		{ id: 'finest-share', answer: '55', status: 'correct' },
		{ id: 'finest-share', answer: '25%', status: 'wrong' },
		{ id: 'double-channels', answer: 'x4', status: 'correct' },
		{ id: 'double-channels', answer: 'x2', status: 'wrong' }
	];
	for (const { id, answer, status } of cases)
		it(`gradeExercise(${id}, "${answer}") is ${status}`, () =>
			expect(gradeExercise(byId(id), ctx, answer, 'en').status).toBe(status));

	it('every exercise has a question, a solution and (for choices) options in both languages', () => {
		for (const ex of EXERCISES)
			for (const lang of ['en', 'ko'] as const) {
				expect(ex.question(ctx, lang)).not.toMatch(/[{}]/);
				const s = ex.solve(ctx, lang);
				expect(s?.explanation, ex.id).not.toMatch(/[{}]|NaN/);
				if (ex.kind === 'choice') {
					const opts = ex.options!(ctx, lang);
					expect(opts.length).toBeGreaterThanOrEqual(2);
					for (const c of s?.correct ?? []) expect(opts.map((o) => o.id)).toContain(c);
				}
			}
	});
	it('EXERCISES holds 5–6 exercises (brief)', () => expect(EXERCISES.length).toBeGreaterThanOrEqual(5));
});
