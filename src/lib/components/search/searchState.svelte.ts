// The search panel's state: the settings typed at their fields (validated there), the samples streamed by the
// worker, and the run status. The target T defaults to MnasNet-A1's predicted latency until the student types one.
import type { MnasnetSpec } from '$lib/arch/mnasnet/spec';
import { bestSamples, type SearchSample } from '$lib/arch/search';
import { startJob, type SearchJob } from '$lib/search/client';
import type { ConstraintName } from '$lib/search/protocol';

export const STEP_LIMITS = { min: 10, max: 5000 } as const;
export const SEED_MAX = 2 ** 31 - 1;
const DEFAULT_SEARCH_STEPS = 300;

function wholeIn(text: string, min: number, max: number): number | null {
	const t = text.trim();
	if (!/^\d+$/.test(t)) return null;
	const n = Number(t);
	return n >= min && n <= max ? n : null;
}

export class SearchState {
	constraint = $state<ConstraintName>('soft');
	/** '' until typed: then the default target (A1's predicted latency) is used and shown */
	targetText = $state('');
	stepsText = $state(String(DEFAULT_SEARCH_STEPS));
	seedText = $state('1');
	samples = $state.raw<SearchSample[]>([]);
	total = $state(0);
	/** the target and constraint of the samples on screen */
	ranTarget = $state(0);
	ranConstraint = $state<ConstraintName>('soft');
	status = $state<'idle' | 'running' | 'done' | 'cancelled' | 'error'>('idle');
	error = $state('');
	#job: SearchJob | null = null;
	#release: (() => void) | null = null;

	steps = $derived(wholeIn(this.stepsText, STEP_LIMITS.min, STEP_LIMITS.max));
	seed = $derived(wholeIn(this.seedText, 0, SEED_MAX));
	best = $derived(bestSamples(this.samples, 5));

	/** The typed target, or null while the text is not a positive number ('' means the default). */
	typedTarget(): number | null | 'default' {
		const t = this.targetText.trim().replace(',', '.');
		if (t === '') return 'default';
		if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return null;
		const n = Number(t);
		return n > 0 && n <= 1e6 ? n : null;
	}

	/** `release` is called once when the run ends (done, error or cancelled): the page's run lock. */
	run(base: MnasnetSpec, table: unknown, defaultTargetMs: number, release: () => void = () => {}): void {
		const typed = this.typedTarget();
		const targetMs = typed === 'default' ? defaultTargetMs : typed;
		if (targetMs === null || !(targetMs > 0) || this.steps === null || this.seed === null) return;
		this.#job?.stop();
		this.#end();
		this.#release = release;
		this.samples = [];
		this.total = this.steps;
		this.ranTarget = targetMs;
		this.ranConstraint = this.constraint;
		this.status = 'running';
		this.error = '';
		this.#job = startJob(
			{
				type: 'search',
				base,
				table: $state.snapshot(table),
				constraint: this.constraint,
				targetMs,
				steps: this.steps,
				seed: this.seed
			},
			(m) => {
				if (m.type === 'samples') this.samples = [...this.samples, ...m.samples];
				else if (m.type === 'done') {
					this.status = 'done';
					this.#end();
				} else if (m.type === 'error') {
					this.status = 'error';
					this.error = m.message;
					this.#end();
				}
			}
		);
	}

	#end(): void {
		const release = this.#release;
		this.#release = null;
		release?.();
	}

	cancel(): void {
		if (this.status !== 'running') return;
		this.#job?.stop();
		this.#job = null;
		this.status = 'cancelled';
		this.#end();
	}

	dispose(): void {
		this.#job?.stop();
		this.#end();
	}
}
