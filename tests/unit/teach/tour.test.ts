import { describe, it, expect } from 'vitest';
import { NotebookState } from '$lib/state/notebook.svelte';
import { TourState } from '$lib/state/tour.svelte';
import { TOUR_STEPS } from '$lib/teach/tourSteps';
import { fillFacts, seCost, tourFacts } from '$lib/teach/tourFacts';
import { MNAS_PRESETS } from '$lib/arch/mnasnet';

function freshTour() {
	const nb = new NotebookState();
	const scrolled: string[] = [];
	const tour = new TourState(nb, { steps: TOUR_STEPS, scroll: (s) => scrolled.push(s) });
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

	it('TourState.goTo clamps, close() closes and keeps the page state', () => {
		const { nb, tour } = freshTour();
		tour.start();
		tour.goTo(99);
		expect(tour.index).toBe(TOUR_STEPS.length - 1);
		tour.goTo(1);
		expect(nb.mnasPresetId).toBe('mnasnet-a1');
		tour.goTo(-5);
		expect(tour.index).toBe(0);
		tour.goTo(1);
		tour.close();
		expect(tour.active).toBe(false);
		expect(tour.before).toBeNull();
		expect(nb.mnasPresetId).toBe('mnasnet-a1');
	});
});

describe('TourState.end', () => {
	/** a page the user made: lecture at width 0.75, step (c) with cell 2 rewired, block 4 and cell 3 selected */
	function usersPage() {
		const scrolls: number[] = [];
		const nb = new NotebookState();
		const tour = new TourState(nb, {
			steps: TOUR_STEPS,
			scroll: () => {},
			scrollY: () => 640,
			scrollBack: (y) => scrolls.push(y)
		});
		nb.setMnas({ ...nb.mnas, widthMult: 0.75 });
		nb.loadFpnStep('c');
		const cells = nb.fpn.cells.map((c, i) => (i === 1 ? { ...c, inputs: [0, 5] as [number, number] } : c));
		expect(nb.setFpn({ ...nb.fpn, cells }).ok).toBe(true);
		nb.selectedBlock = 3;
		nb.selectedCell = 2;
		return { nb, tour, scrolls, before: { ...nb.snapshot() } };
	}

	it('after six steps gives back both networks, both selections and the scroll position', async () => {
		const { nb, tour, scrolls, before } = usersPage();
		const mnasTotals = nb.mnasReport.total;
		await tour.start();
		for (let i = 0; i < 5; i++) await tour.next();
		expect(tour.step?.id).toBe('fpn-a'); // the sixth step (tourSteps.ts)
		expect(nb.mnas.widthMult).toBe(0.5); // the width step before it
		expect(nb.fpnStep).toBe('a');
		tour.end();
		expect(tour.active).toBe(false);
		expect(nb.snapshot()).toEqual(before);
		expect(nb.mnas).toBe(before.mnas); // the same spec object: nothing rebuilt
		expect(nb.fpn).toBe(before.fpn);
		expect(nb.mnas.widthMult).toBe(0.75);
		expect(nb.mnasReport.total).toEqual(mnasTotals);
		expect([nb.selectedBlock, nb.selectedCell]).toEqual([3, 2]);
		expect(scrolls).toEqual([640]);
	});

	it('giving the networks back is one undo step: Undo shows the tour’s last state', async () => {
		const { nb, tour } = usersPage();
		await tour.start();
		await tour.goTo(5);
		tour.end();
		expect(nb.fpnStep).toBe('c');
		nb.undo();
		expect(nb.fpnStep).toBe('a');
	});

	it('adds no undo step when the tour changed no network', async () => {
		const { nb, tour } = usersPage();
		await tour.start(TOUR_STEPS.length - 1); // the compare step only scrolls
		const rev = nb.revision;
		tour.end();
		expect(nb.revision).toBe(rev);
		expect(nb.selectedCell).toBe(2);
	});

	it('moving an open tour keeps the first memory; a closed tour forgets it', async () => {
		const { nb, tour, before } = usersPage();
		await tour.start(3);
		await tour.start(5); // e.g. a second tour link while the tour is open
		tour.end();
		expect(nb.snapshot()).toEqual(before);
		await tour.start(1);
		tour.close();
		expect(nb.mnasPresetId).toBe('mnasnet-a1');
		tour.end(); // nothing to give back
		expect(nb.mnasPresetId).toBe('mnasnet-a1');
	});
});

describe('TourState.start (steps loaded on demand)', () => {
	it('loads the steps on the first start, then opens the asked step', async () => {
		const nb = new NotebookState();
		let loads = 0;
		const tour = new TourState(nb, { scroll: () => {}, loadSteps: async () => (loads++, TOUR_STEPS) });
		expect(tour.count).toBe(0);
		await tour.start(2);
		expect([tour.index, tour.step?.id, tour.count]).toEqual([2, TOUR_STEPS[2].id, TOUR_STEPS.length]);
		tour.end();
		await tour.start(1);
		expect([tour.index, loads]).toEqual([1, 1]);
	});

	it('a tour closed while its steps load stays closed', async () => {
		const nb = new NotebookState();
		const tour = new TourState(nb, { scroll: () => {}, loadSteps: async () => TOUR_STEPS });
		const started = tour.start(3);
		tour.close();
		await started;
		expect(tour.active).toBe(false);
	});

	it('steps that fail to load leave the tour closed, and the next start asks again', async () => {
		const nb = new NotebookState();
		let fail = true;
		const tour = new TourState(nb, {
			scroll: () => {},
			loadSteps: async () => {
				if (fail) throw new Error('offline');
				return TOUR_STEPS;
			}
		});
		await tour.start(1);
		expect([tour.active, tour.before]).toEqual([false, null]);
		fail = false;
		await tour.start(1);
		expect(tour.index).toBe(1);
	});
});

describe('TourState.focusSelector', () => {
	it.each([
		{ id: 'mnas-lecture', selector: '[data-tour-target~="mnasnet-preset"], [data-control~="mnasnet-preset"]' },
		{ id: 'fpn-c', selector: '[data-tour-target~="nasfpn-steps"], [data-control~="nasfpn-steps"]' },
		{ id: 'fpn-p3', selector: '[data-testid="nasfpn-cell"][aria-pressed="true"]' }
	])('$id → $selector', async ({ id, selector }) => {
		const { tour } = freshTour();
		await tour.start(TOUR_STEPS.findIndex((s) => s.id === id));
		expect(tour.focusSelector).toBe(selector);
	});

	it('is null while the tour is closed', () => expect(freshTour().tour.focusSelector).toBeNull());
});

describe('tourFacts', () => {
	it('tourFacts on the lecture preset: 4.38 M params, 314.4 M MACs', () => {
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: lecture = 4,383,312 params, 314,415,872 MACs
		const nb = new NotebookState();
		const facts = factsOf(nb);
		expect(facts.params).toBe('4.38 M');
		expect(facts.macs).toBe('314.4 M');
	});

	it('tourFacts for the (f) P3 cell: 80×80 pixels, 3.77 G MACs, 54.6 % of a repeat', () => {
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost: P3 node 3.775 GMACs, 54.6 % of a 6.916 GMAC cell at 640 px / 256 ch; side 640 / 8 = 80
		const nb = new NotebookState();
		nb.selectedCell = 2;
		const facts = factsOf(nb);
		expect(facts.cellSide).toBe('80');
		expect(facts.cellMacs).toBe('3.77 G');
		expect(facts.cellShare).toBe('54.6%');
	});

	it('tourFacts seParams on A1 block 5 equals the SE formula 2·hid·r + r + hid per layer', () => {
		// conv cost formulas, checked with PyTorch forward hooks SE params; A1 block 5 = r2_k3_s11_e6_i80_o112_se0.25 (§1): layer 1 hid 480, r = 20;
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

describe('TOUR_STEPS', () => {
	it('tour texts name presets that exist', () => {
		for (const step of TOUR_STEPS)
			for (const a of step.actions) if (a.kind === 'mnasPreset') expect(MNAS_PRESETS[a.id]).toBeDefined();
	});
});
