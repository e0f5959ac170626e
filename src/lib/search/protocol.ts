// Messages between the page and the search worker. The worker samples the space for the explorer, or runs the
// controller, with the page's latency table (deviceLatency); each job gets its own worker, and Cancel terminates it.
import type { LatencyTable } from '$lib/arch/latency/table';
import type { MnasnetSpec } from '$lib/arch/mnasnet/spec';
import type { Exploration, SearchSample } from '$lib/arch/search';

export type ConstraintName = 'soft' | 'hard';

export type ToSearchWorker =
	| { type: 'explore'; base: MnasnetSpec; table: LatencyTable; count: number; seed: number }
	| {
			type: 'search';
			base: MnasnetSpec;
			table: LatencyTable;
			constraint: ConstraintName;
			targetMs: number;
			steps: number;
			seed: number;
	  };

export type FromSearchWorker =
	| { type: 'explored'; exploration: Exploration }
	| { type: 'samples'; samples: SearchSample[]; total: number }
	| { type: 'done' }
	| { type: 'error'; message: string };
