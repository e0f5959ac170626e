// The search panel's state: the settings typed at their fields (validated there), the samples streamed by the
// worker, and the run status. The target T defaults to MnasNet-A1's predicted latency until the student types one.
import type { MnasnetSpec } from '$lib/arch/mnasnet/spec';
import { bestSamples, type SearchSample } from '$lib/arch/search';
import { startJob, type SearchJob } from '$lib/search/client';
import { DraftField } from '$lib/state/draftField.svelte';
import type { ConstraintName } from '$lib/search/protocol';

export const STEP_LIMITS = { min: 10, max: 5000 } as const;
export const SEED_MAX = 2 ** 31 - 1;
const DEFAULT_SEARCH_STEPS = 300;

/** The largest target T a search takes, ms. */
export const TARGET_MAX_MS = 1e6;

export class SearchState {
	constraint = $state<ConstraintName>('soft');
	/** empty until typed: then the default target (A1's predicted latency) is used and shown */
	readonly target = new DraftField({
		rules: { range: { min: 0, max: TARGET_MAX_MS, minExclusive: true } },
		optional: true
	});
	readonly stepsField = new DraftField({ rules: { integer: true, range: STEP_LIMITS }, initial: DEFAULT_SEARCH_STEPS });
	readonly seedField = new DraftField({ rules: { integer: true, range: { min: 0, max: SEED_MAX } }, initial: 1 });
	samples = $state.raw<SearchSample[]>([]);
	total = $state(0);
	/** the target and constraint of the samples on screen */
	ranTarget = $state(0);
	ranConstraint = $state<ConstraintName>('soft');
	status = $state<'idle' | 'running' | 'done' | 'cancelled' | 'error'>('idle');
	error = $state('');
	#job: SearchJob | null = null;
	#release: (() => void) | null = null;

	/** the typed steps and seed; null while their text is not valid */
	steps = $derived(this.stepsField.current);
	seed = $derived(this.seedField.current);
	best = $derived(bestSamples(this.samples, 5));

	/** The typed target, or null while the text is not a valid target (empty means the default). */
	typedTarget(): number | null | 'default' {
		if (this.target.invalid) return null;
		return this.target.current ?? 'default';
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
