// The search panel's state: the settings typed at their fields (validated there), the samples streamed by the
// worker, and the run status. The target T defaults to MnasNet-A1's predicted latency until the student types one.
// Without a latency table the first search calibrates this device first (through the page's one calibration).
import type { LatencyTable } from '$lib/arch/latency/table';
import { mnasPreset } from '$lib/arch/mnasnet/presets';
import type { MnasnetSpec } from '$lib/arch/mnasnet/spec';
import { bestSamples, type SearchSample } from '$lib/arch/search';
import type { SearchTable } from '$lib/state/searchTable.svelte';
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
	/** 'calibrating': the search waits for this device's latency table before its first step */
	status = $state<'idle' | 'calibrating' | 'running' | 'done' | 'cancelled' | 'error'>('idle');
	error = $state('');
	#job: SearchJob | null = null;
	#release: (() => void) | null = null;
	/** the panel is gone: a calibration it asked for still serves the page, but starts no search */
	#disposed = false;

	/** the typed steps and seed; null while their text is not valid */
	steps = $derived(this.stepsField.current);
	seed = $derived(this.seedField.current);
	best = $derived(bestSamples(this.samples, 5));

	/** The typed target, or null while the text is not a valid target (empty means the default). */
	typedTarget(): number | null | 'default' {
		if (this.target.invalid) return null;
		return this.target.current ?? 'default';
	}

	/** Runs a search from `base` on the table of `device`, calibrating this device first when it has none (the
	 * calibration shows its own progress, failure and Cancel); under the page's run lock. */
	async start(base: MnasnetSpec, device: SearchTable): Promise<void> {
		if (this.status === 'running' || this.status === 'calibrating' || !this.ready(defaultTarget(device))) return;
		let table = device.table;
		if (!table) {
			this.status = 'calibrating';
			this.error = '';
			table = await device.ensureTable();
			this.status = 'idle';
			if (!table || this.#disposed) return;
		}
		if (!device.acquire()) return;
		const target = defaultTarget(device);
		this.run(base, table, typeof target === 'number' ? target : 0, () => device.release());
	}

	/** Whether the typed settings can run, with `defaultTargetMs` standing for an empty target field ('unknown'
	 * while there is no table yet: it comes with the calibration). */
	ready(defaultTargetMs: number | null | 'unknown'): boolean {
		const typed = this.typedTarget();
		const target = typed === 'default' ? defaultTargetMs : typed;
		return target !== null && this.steps !== null && this.seed !== null;
	}

	/** `release` is called once when the run ends (done, error or cancelled): the page's run lock. */
	run(base: MnasnetSpec, table: LatencyTable, defaultTargetMs: number, release: () => void = () => {}): void {
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
		this.#disposed = true;
		this.#job?.stop();
		this.#end();
	}
}

/** The default target T: MnasNet-A1's predicted latency on this device (rounded as shown), null when the table cannot
 * price it, 'unknown' before there is a table. */
export function defaultTarget(device: SearchTable): number | null | 'unknown' {
	if (!device.table) return 'unknown';
	const ms = device.predictMs(mnasPreset('mnasnet-a1'));
	return ms === null ? null : Number(ms.toFixed(2));
}
