// The guided tour: which step is shown, and applying a step's actions to the notebook. Entering a step (forward,
// back or from a link) replays all its actions, so a step always shows the same page state. The tour borrows the
// user's page: start() remembers both networks, the selections and the scroll position, and end() puts them back.
import { tick } from 'svelte';
import type { NotebookSnapshot, NotebookState } from './notebook.svelte';
import { mnasPreset } from '$lib/arch/mnasnet';
import { fpnStep } from '$lib/arch/nasfpn';
import type { TourAction, TourSection, TourStep } from '$lib/teach/tourSteps';

/** The steps' text is loaded when the tour first starts: the first screen only shows the `Start tour` button. */
const loadTourSteps = () => import('$lib/teach/tourSteps').then((m) => m.TOUR_STEPS);

// Where a section is when no element names itself with data-tour-target (the cells mark their selection this way).
const FALLBACK: Partial<Record<TourSection, string>> = {
	'mnasnet-selection':
		'[data-testid="diagram-box"][aria-pressed="true"], [data-testid="block-row"][data-selected="true"]',
	'nasfpn-selection': '[data-testid="nasfpn-cell"][aria-pressed="true"]'
};

/** Bring a section near the top of the window (the tour card sits at the bottom): `[data-tour-target~=section]`,
 * else the element with that id, else the section's fallback selector. */
function scrollToSection(section: TourSection): void {
	if (typeof document === 'undefined') return;
	const fallback = FALLBACK[section];
	const el =
		document.querySelector(`[data-tour-target~="${section}"]`) ??
		document.getElementById(section) ??
		(fallback ? document.querySelector(fallback) : null);
	if (!el) return;
	// first the horizontal scrollers around it (the diagrams), then the window
	el.scrollIntoView({ block: 'nearest', inline: 'center' });
	const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
	// a selection goes a quarter down, so what surrounds it stays in view above the card; a section starts near the top
	const offset = fallback && el.matches(fallback) ? 0.25 : 0.08;
	const top = el.getBoundingClientRect().top + window.scrollY - window.innerHeight * offset;
	window.scrollTo({ top: Math.max(0, top), behavior: reduce ? 'auto' : 'smooth' });
}

function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** What the tour changes and gives back when it ends. */
export interface TourReturn {
	network: NotebookSnapshot;
	selectedBlock: number | null;
	selectedCell: number | null;
	/** window.scrollY when the tour started (null outside a browser) */
	scrollY: number | null;
}

function windowScroll(): number | null {
	return typeof window === 'undefined' ? null : window.scrollY;
}

function scrollBack(y: number): void {
	if (typeof window !== 'undefined') window.scrollTo({ top: y, behavior: 'auto' });
}

export class TourState {
	/** 0-based index of the shown step, or null when the tour is closed */
	index = $state<number | null>(null);
	active = $derived(this.index !== null);

	readonly nb: NotebookState;
	/** empty until the tour first starts (or given to the constructor) */
	steps = $state.raw<readonly TourStep[]>([]);
	readonly #loadSteps: () => Promise<readonly TourStep[]>;
	#loading: Promise<boolean> | null = null;
	readonly #scroll: (section: TourSection) => void;
	readonly #scrollY: () => number | null;
	readonly #scrollBack: (y: number) => void;
	/** the page before the tour; set by start() from a closed tour */
	#before: TourReturn | null = null;

	constructor(
		nb: NotebookState,
		options: {
			/** the steps now (tests); without them start() loads TOUR_STEPS */
			steps?: readonly TourStep[];
			loadSteps?: () => Promise<readonly TourStep[]>;
			scroll?: (section: TourSection) => void;
			/** read and set the window's scroll position (tests pass their own) */
			scrollY?: () => number | null;
			scrollBack?: (y: number) => void;
		} = {}
	) {
		this.nb = nb;
		if (options.steps) this.steps = options.steps;
		this.#loadSteps = options.loadSteps ?? loadTourSteps;
		this.#scroll = options.scroll ?? scrollToSection;
		this.#scrollY = options.scrollY ?? windowScroll;
		this.#scrollBack = options.scrollBack ?? scrollBack;
	}

	get count(): number {
		return this.steps.length;
	}

	get step(): TourStep | null {
		return this.index === null ? null : (this.steps[this.index] ?? null);
	}

	get isFirst(): boolean {
		return this.index === 0;
	}

	get isLast(): boolean {
		return this.index === this.steps.length - 1;
	}

	/** the data-tour-target / data-control id to outline, if the step names one */
	get target(): string | null {
		return this.step?.target ?? null;
	}

	/** CSS selector of what the step talks about (its target, or the selection it scrolls to): the card must not
	 * cover it. Null when the step names nothing. */
	get focusSelector(): string | null {
		const step = this.step;
		if (!step) return null;
		const parts: string[] = [];
		if (step.target && /^[a-z0-9-]+$/.test(step.target))
			parts.push(`[data-tour-target~="${step.target}"]`, `[data-control~="${step.target}"]`);
		for (const a of step.actions) {
			const section: TourSection | null =
				a.kind === 'scrollTo'
					? a.section
					: a.kind === 'selectCell' && a.index !== null
						? 'nasfpn-selection'
						: a.kind === 'selectBlock' && a.index !== null
							? 'mnasnet-selection'
							: null;
			const fallback = section ? FALLBACK[section] : undefined;
			if (fallback && !parts.includes(fallback)) parts.push(fallback);
		}
		return parts.length > 0 ? parts.join(', ') : null;
	}

	/** What end() restores (null while the tour is closed). */
	get before(): TourReturn | null {
		return this.#before;
	}

	/** Open the tour at step `index` (0-based, clamped) and apply it. Resolves once the page has scrolled.
	 * Opening a closed tour remembers the page; moving an open tour to another step keeps the first memory.
	 * The first start loads the steps; once they are here a step is applied at once (before the promise settles). */
	start(index = 0): Promise<void> {
		if (this.index === null || this.#before === null) {
			const nb = this.nb;
			this.#before = {
				network: nb.snapshot(),
				selectedBlock: nb.selectedBlock,
				selectedCell: nb.selectedCell,
				scrollY: this.#scrollY()
			};
		}
		if (this.steps.length > 0) return this.goTo(index);
		const before = this.#before;
		return this.#stepsLoaded().then((loaded) => {
			// closed (or restarted) while the steps were loading: that later call decides
			if (this.#before !== before) return;
			if (loaded) return this.goTo(index);
			this.#before = null; // the steps could not be loaded (offline): the tour stays closed, the next start asks again
		});
	}

	#stepsLoaded(): Promise<boolean> {
		return (this.#loading ??= this.#loadSteps().then(
			(steps) => {
				this.steps = steps;
				return true;
			},
			() => {
				this.#loading = null;
				return false;
			}
		));
	}

	goTo(index: number): Promise<void> {
		if (this.steps.length === 0) return Promise.resolve();
		const i = Math.min(Math.max(0, Math.trunc(index)), this.steps.length - 1);
		this.index = i;
		return this.apply(this.steps[i]);
	}

	next(): Promise<void> {
		return this.index !== null && !this.isLast ? this.goTo(this.index + 1) : Promise.resolve();
	}

	back(): Promise<void> {
		return this.index !== null && !this.isFirst ? this.goTo(this.index - 1) : Promise.resolve();
	}

	/** End the tour (its buttons, Escape): the networks, selections and scroll position go back to what they were
	 * when it started. Giving the networks back is one undoable step, so Undo shows the tour's last state again. */
	end(): void {
		const before = this.#before;
		this.close();
		if (!before) return;
		const nb = this.nb;
		const now = nb.snapshot();
		const changed = (Object.keys(now) as (keyof NotebookSnapshot)[]).some((k) => now[k] !== before.network[k]);
		if (changed) nb.apply(before.network);
		nb.selectedBlock = before.selectedBlock;
		nb.selectedCell = before.selectedCell;
		if (before.scrollY !== null) this.#scrollBack(before.scrollY);
	}

	/** Close the tour and keep the page as it is (a link that opens without a tour step replaces the page anyway). */
	close(): void {
		this.index = null;
		this.#before = null;
	}

	/** Apply the step's state changes now; scroll once the DOM shows them (the selection must be drawn first). */
	async apply(step: TourStep): Promise<void> {
		for (const action of step.actions) if (action.kind !== 'scrollTo') this.#run(action);
		const scrolls = step.actions.filter((a) => a.kind === 'scrollTo');
		if (scrolls.length === 0) return;
		await tick();
		for (const action of scrolls) this.#run(action);
	}

	#run(action: TourAction): void {
		const nb = this.nb;
		switch (action.kind) {
			case 'mnasPreset':
				// skip when that preset is loaded and unedited: stepping back and forth adds no undo entries
				if (nb.mnasPresetId !== action.id || !sameJson(nb.mnas, mnasPreset(action.id))) nb.loadMnasPreset(action.id);
				return;
			case 'widthMult':
				if (nb.mnas.widthMult !== action.value) nb.setMnas({ ...nb.mnas, widthMult: action.value });
				return;
			case 'selectBlock':
				nb.selectedBlock = action.index !== null && action.index < nb.mnas.blocks.length ? action.index : null;
				return;
			case 'fpnStep':
				if (nb.fpnStep !== action.id || !sameJson(nb.fpn.cells, fpnStep(action.id).cells)) nb.loadFpnStep(action.id);
				return;
			case 'selectCell':
				nb.selectedCell = action.index !== null && action.index < nb.fpn.cells.length ? action.index : null;
				return;
			case 'scrollTo':
				this.#scroll(action.section);
				return;
		}
	}
}
