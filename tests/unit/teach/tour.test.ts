import { describe, it, expect } from 'vitest';
import { NotebookState } from '$lib/state/notebook.svelte';
import { TourState } from '$lib/state/tour.svelte';
import { TOUR_STEPS } from '$lib/teach/tourSteps';
import { fillFacts, seCost, tourFacts } from '$lib/teach/tourFacts';
import { decodeTourStep, encodeTourStep } from '$lib/teach/tourRef';
import { MNAS_PRESETS } from '$lib/arch/mnasnet';

function freshTour() {
	const nb = new NotebookState();
	const scrolled: string[] = [];
	const tour = new TourState(nb, { scroll: (s) => scrolled.push(s) });
	return { nb, tour, scrolled };
}

function factsOf(nb: NotebookState, locale = 'en-US') {
	return tourFacts(
		{
			mnas: nb.mnas,
			mnasReport: nb.mnasReport,
			mnasBaseReport: nb.mnasBaseReport,
			selectedBlock: nb.selectedBlock,
			fpn: nb.fpn,
			fpnReport: nb.fpnReport,
			selectedCell: nb.selectedCell
		},
		locale
	);
}

describe('TOUR_STEPS', () => {
	it('TOUR_STEPS has 8–10 steps with unique ids (brief: about 8–10)', () => {
		expect(TOUR_STEPS.length).toBeGreaterThanOrEqual(8);
		expect(TOUR_STEPS.length).toBeLessThanOrEqual(10);
		expect(new Set(TOUR_STEPS.map((s) => s.id)).size).toBe(TOUR_STEPS.length);
	});

	it('every step’s placeholders have a live fact once its actions are applied (en and ko)', () => {
		const { nb, tour } = freshTour();
		TOUR_STEPS.forEach((step, i) => {
			tour.goTo(i);
			const facts = factsOf(nb);
			for (const lang of ['en', 'ko'] as const) {
				const filled = fillFacts(step.text[lang], facts);
				expect(filled, `${step.id} ${lang}`).not.toMatch(/[{}]|—/);
			}
		});
	});

	it('every Korean text keeps the English text’s placeholders', () => {
		for (const step of TOUR_STEPS) {
			const names = (t: string) => [...t.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();
			expect(names(step.text.ko), step.id).toEqual(names(step.text.en));
		}
	});
});

describe('TourState', () => {
	it('TourState.start() applies step 1: the lecture preset, no selection, scroll to MnasNet', async () => {
		const { nb, tour, scrolled } = freshTour();
		nb.loadMnasPreset('mnasnet-a1');
		nb.selectedBlock = 3;
		await tour.start();
		expect(tour.index).toBe(0);
		expect(nb.mnasPresetId).toBe('lecture');
		expect(nb.selectedBlock).toBeNull();
		expect(scrolled).toEqual(['mnasnet']);
	});

	it('TourState scrolls to the selected block after selecting it (kernel step)', async () => {
		const { nb, tour, scrolled } = freshTour();
		await tour.goTo(TOUR_STEPS.findIndex((s) => s.id === 'mnas-kernel'));
		expect(nb.selectedBlock).toBe(2);
		expect(scrolled).toEqual(['mnasnet-selection']);
	});

	it('TourState.next() through every step reaches the kernel, SE, width, (a), (c), (f) and P3 states', () => {
		const { nb, tour } = freshTour();
		tour.start();
		const seen: Record<string, unknown> = {};
		while (!tour.isLast) {
			tour.next();
			const id = tour.step!.id;
			seen[id] = {
				preset: nb.mnasPresetId,
				block: nb.selectedBlock,
				width: nb.mnas.widthMult,
				fpn: nb.fpnStep,
				cells: nb.fpn.cells.length,
				cell: nb.selectedCell
			};
		}
		// step data in src/lib/teach/tourSteps.ts; (a) has 4 cells and (c)/(f) 7 (progression.ts)
		expect(seen['mnas-a1']).toMatchObject({ preset: 'mnasnet-a1', block: null, width: 1 });
		expect(seen['mnas-kernel']).toMatchObject({ preset: 'mnasnet-a1', block: 2 });
		expect(seen['mnas-se']).toMatchObject({ block: 4 });
		expect(seen['mnas-width']).toMatchObject({ preset: 'mnasnet-a1', width: 0.5 });
		expect(seen['fpn-a']).toMatchObject({ fpn: 'a', cells: 4, cell: null });
		expect(seen['fpn-c']).toMatchObject({ fpn: 'c', cells: 7 });
		expect(seen['fpn-f']).toMatchObject({ fpn: 'f', cells: 7, cell: null });
		expect(seen['fpn-p3']).toMatchObject({ fpn: 'f', cell: 2 });
		expect(tour.index).toBe(TOUR_STEPS.length - 1);
		tour.next(); // past the end: stays
		expect(tour.index).toBe(TOUR_STEPS.length - 1);
	});

	it('TourState.back() from the width step restores width 1.0 (the kernel step reloads A1)', () => {
		const { nb, tour } = freshTour();
		tour.goTo(TOUR_STEPS.findIndex((s) => s.id === 'mnas-width'));
		expect(nb.mnas.widthMult).toBe(0.5);
		tour.back();
		expect(nb.mnas.widthMult).toBe(1);
		expect(nb.selectedBlock).toBe(4);
	});

	it('TourState re-entering an applied step adds no undo entry', () => {
		const { nb, tour } = freshTour();
		tour.goTo(1);
		const rev = nb.revision;
		tour.goTo(1);
		expect(nb.revision).toBe(rev);
	});

	it('TourState.goTo clamps, end() closes and keeps the page state', () => {
		const { nb, tour } = freshTour();
		tour.goTo(99);
		expect(tour.index).toBe(TOUR_STEPS.length - 1);
		tour.goTo(-5);
		expect(tour.index).toBe(0);
		tour.end();
		expect(tour.active).toBe(false);
		expect(nb.mnasPresetId).toBe('lecture');
	});
});

describe('tourFacts', () => {
	it('tourFacts on the lecture preset: 4.38 M params, 314 M MACs', () => {
		// mnasnet.md §0: lecture = 4,383,312 params, 314,415,872 MACs
		const nb = new NotebookState();
		const facts = factsOf(nb);
		expect(facts.params).toBe('4.38 M');
		expect(facts.macs).toBe('314 M');
	});

	it('tourFacts for the (f) P3 cell: 80×80 pixels, 3.77 G MACs, 54.6 % of a repeat', () => {
		// nasfpn.md §7: P3 node 3.775 GMACs, 54.6 % of a 6.916 GMAC cell at 640 px / 256 ch; side 640 / 8 = 80
		const nb = new NotebookState();
		nb.selectedCell = 2;
		const facts = factsOf(nb);
		expect(facts.cellSide).toBe('80');
		expect(facts.cellMacs).toBe('3.77 G');
		expect(facts.cellShare).toBe('54.6%');
	});

	it('tourFacts seParams on A1 block 5 equals the SE formula 2·hid·r + r + hid per layer', () => {
		// mnasnet.md §7 SE params; A1 block 5 = r2_k3_s11_e6_i80_o112_se0.25 (§1): layer 1 hid 480, r = 20;
		// layer 2 hid 672, r = 28 (Fig. 7 table: SE reduce width 20, then 28)
		const nb = new NotebookState();
		nb.loadMnasPreset('mnasnet-a1');
		nb.selectedBlock = 4;
		const se = 2 * 480 * 20 + 20 + 480 + (2 * 672 * 28 + 28 + 672); // = 58,032
		expect(seCost(nb.mnas, nb.mnasReport, 4)).toEqual({ params: se, macs: 2 * 480 * 20 + 2 * 672 * 28 });
		expect(factsOf(nb).seParams).toBe('58 k');
		expect(seCost(nb.mnas, nb.mnasReport, 3)).toBeNull(); // block 4 has no SE
	});
});

describe('encodeTourStep / decodeTourStep', () => {
	it('encodeTourStep(2) = "3" (1-based in links)', () => expect(encodeTourStep(2)).toBe('3'));
	const good: { text: string; index: number }[] = [
		{ text: '1', index: 0 },
		{ text: ` ${TOUR_STEPS.length} `, index: TOUR_STEPS.length - 1 },
		{ text: 'fpn-f', index: TOUR_STEPS.findIndex((s) => s.id === 'fpn-f') }
	];
	for (const { text, index } of good)
		it(`decodeTourStep("${text}") = ${index}`, () => expect(decodeTourStep(text)).toEqual({ ok: true, value: index, warnings: [] }));
	for (const text of ['0', String(TOUR_STEPS.length + 1), '-1', '1e3', '<b>', ''])
		it(`decodeTourStep rejects "${text}"`, () => expect(decodeTourStep(text).ok).toBe(false));
	it('decodeTourStep(encodeTourStep(i)) round-trips every step', () => {
		for (let i = 0; i < TOUR_STEPS.length; i++) expect(decodeTourStep(encodeTourStep(i))).toMatchObject({ value: i });
	});
	it('tour texts name presets that exist', () => {
		for (const step of TOUR_STEPS)
			for (const a of step.actions) if (a.kind === 'mnasPreset') expect(MNAS_PRESETS[a.id]).toBeDefined();
	});
});
