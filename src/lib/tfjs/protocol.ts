// Messages between the page and the latency worker (worker.ts). Plain data only (structured clone).
import type { LatencyTable } from '../arch/latency/table';
import type { MnasnetSpec } from '../arch/mnasnet/spec';
import type { NasfpnSpec } from '../arch/nasfpn/spec';
import type { MemoryEstimate } from './memoryEstimate';
import type { RunStats } from './stats';

export type BackendName = 'wasm' | 'webgl' | 'webgpu' | 'cpu';
export const BACKENDS: readonly BackendName[] = ['wasm', 'webgl', 'webgpu', 'cpu'];

/** `layers`: the tf.layers model (conv, BN, activation as separate layers). `folded`: BN folded, bias + act fused. */
export type Variant = 'layers' | 'folded';

/** one job per network family ($lib/arch/kinds.ts) */
export type NetworkJob = { kind: 'mnasnet'; spec: MnasnetSpec } | { kind: 'nasfpn'; spec: NasfpnSpec };

export interface RunOptions {
	backend: BackendName;
	variant: Variant;
	/** warm-up runs after the first inference, not timed (default 5) */
	warmups: number;
	/** timed runs, each including the read-back (default 30) */
	runs: number;
	/** one tf.profile pass that attributes kernel time to layers */
	profile: boolean;
	memoryLimitBytes: number;
	/** the page's navigator.hardwareConcurrency (tfjs gives wasm half of it as threads); the worker adopts it */
	hardwareConcurrency?: number;
	/** base seed of the weight initialisers */
	seed?: number;
	/** wasm: allow the threaded binary (when the page is cross-origin isolated); false loads the SIMD-only binary.
	 * Fixed when the worker's wasm backend starts, so the runner starts a fresh worker when it changes. Default true. */
	wasmThreads?: boolean;
	/** also build this other variant and alternate the two run by run (A B, then B A, …), so both see the same
	 * machine load; its times come back in `RunResult.paired`. The speed-up of folding is then a fair ratio. */
	pairWith?: Variant;
	/** stop warm-ups and timed runs once this long has passed since the build started, ms (at least one timed run
	 * always finishes; the profile pass is skipped when the budget is spent). Absent: no budget. */
	budgetMs?: number;
}

/** The variants a run builds: the requested one, then the `pairWith` one when it differs. */
export function runVariants(options: Pick<RunOptions, 'variant' | 'pairWith'>): Variant[] {
	const { variant, pairWith } = options;
	return pairWith && pairWith !== variant ? [variant, pairWith] : [variant];
}

export const DEFAULT_WARMUPS = 5;
export const DEFAULT_RUNS = 30;

export interface RunRequest {
	type: 'run';
	id: number;
	job: NetworkJob;
	options: RunOptions;
}

export interface CancelRequest {
	type: 'cancel';
	id: number;
}

/** `full`: the shapes of lecture, MnasNet-A1, mnasnet-small and one-block edits of A1 (calibrationShapes());
 * `network`: only the shapes of `spec` (quick). */
export type CalibrationScope = 'full' | 'network';

export interface CalibrateOptions {
	backend: BackendName;
	scope: CalibrationScope;
	/** the network of the `network` scope (also used as the overhead network then) */
	spec?: MnasnetSpec;
	device: string;
	budgetMs?: number;
	wasmThreads?: boolean;
	hardwareConcurrency?: number;
}

export interface CalibrateRequest {
	type: 'calibrate';
	id: number;
	options: CalibrateOptions;
}

export type ToWorker = RunRequest | CancelRequest | CalibrateRequest;

export interface BackendInfo {
	/** the backend actually in use (may differ from the one asked for, see `note`) */
	backend: BackendName;
	requested: BackendName;
	/** wasm only: which binary loaded */
	wasmBinary: 'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm' | null;
	simd: boolean | null;
	/** wasm threads (1 without cross-origin isolation); null for other backends */
	threads: number | null;
	crossOriginIsolated: boolean;
	hardwareConcurrency: number | null;
	/** why the requested backend was not used, when it was not */
	note?: string;
}

export type Phase = 'loading' | 'building' | 'first' | 'warmup' | 'timing' | 'profiling' | 'calibrating';

export interface LayerProfile {
	/** plan layer name (`b3.1`) or pyramid node (`r0.n7`, `in.p6`) */
	name: string;
	/** summed kernel time of the layer in the profiled run, ms */
	ms: number;
	macs: number;
	kernels: number;
}

export interface KernelProfile {
	kernel: string;
	ms: number;
	count: number;
	/** MACs computed from the kernel's input and output shapes (convolutions and matMuls; 0 otherwise) */
	macs: number;
}

export interface ProfileResult {
	layers: LayerProfile[];
	kernels: KernelProfile[];
	/** sum of kernel times, ms (profiling overhead makes this differ from the timed median) */
	totalKernelMs: number;
	peakBytes: number;
}

export interface RunResult {
	backend: BackendInfo;
	variant: Variant;
	/** trainable parameters of the built tf.layers model (the engine's `params`) */
	params: number;
	macs: number;
	buildMs: number;
	firstMs: number;
	warmups: number;
	/** every timed run, ms, in order */
	times: number[];
	stats: RunStats;
	profile: ProfileResult | null;
	/** tf.memory().numTensors before the build and after everything was disposed */
	tensorsBefore: number;
	tensorsAfter: number;
	/** tfjs version string */
	tfjsVersion: string;
	/** the `pairWith` variant, timed alternately with this one; null when the run was not paired */
	paired: PairedResult | null;
	/** the time budget stopped the warm-ups or timed runs before all were done */
	budgetHit: boolean;
	/** the profile pass was skipped because the budget was spent */
	profileSkipped: boolean;
}

export interface PairedResult {
	variant: Variant;
	buildMs: number;
	firstMs: number;
	times: number[];
	stats: RunStats;
}

export type FromWorker =
	| { type: 'progress'; id: number; phase: Phase; done?: number; total?: number }
	| { type: 'backend'; id: number; info: BackendInfo }
	| { type: 'result'; id: number; result: RunResult }
	| { type: 'calibrated'; id: number; table: LatencyTable }
	| { type: 'refused'; id: number; estimate: MemoryEstimate }
	| { type: 'cancelled'; id: number }
	| { type: 'error'; id: number; message: string };
