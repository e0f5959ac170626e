// The explorer's state: how many networks to sample, and the last cloud the worker returned (kept until the next
// sampling, so loading a point into the editor does not redraw the cloud around it).
import type { LatencyTable } from '$lib/arch/latency/table';
import type { MnasnetSpec } from '$lib/arch/mnasnet/spec';
import { buildSpace, spaceSizeLog10, type Exploration } from '$lib/arch/search';
import { startJob, type SearchJob } from '$lib/search/client';

export const EXPLORER_COUNTS = [300, 1000, 2000] as const;

export class ExplorerState {
	count = $state<number>(EXPLORER_COUNTS[0]);
	seed = $state(1);
	exploration = $state.raw<Exploration | null>(null);
	/** log10 of the size of the space the cloud was drawn from */
	spaceLog10 = $state(0);
	status = $state<'idle' | 'running' | 'done' | 'error'>('idle');
	error = $state('');
	#job: SearchJob | null = null;

	sample(base: MnasnetSpec, table: LatencyTable): void {
		this.#job?.stop();
		this.status = 'running';
		this.error = '';
		this.spaceLog10 = spaceSizeLog10(buildSpace(base));
		this.#job = startJob(
			{ type: 'explore', base, table: $state.snapshot(table), count: this.count, seed: this.seed },
			(m) => {
				if (m.type === 'explored') this.exploration = m.exploration;
				else if (m.type === 'done') this.status = 'done';
				else if (m.type === 'error') {
					this.status = 'error';
					this.error = m.message;
				}
			}
		);
	}

	dispose(): void {
		this.#job?.stop();
	}
}
