// What the latency panel holds besides the runner: run settings (typed as text, validated at the field), the
// accuracy and target of MnasNet's objective, and the backends this browser can start.
import { costMnasnet } from '$lib/arch/mnasnet/cost';
import { MNAS_PRESET_IDS, MNAS_PRESETS } from '$lib/arch/mnasnet/presets';
import { planMnasnet } from '$lib/arch/mnasnet/resolve';
import { costNasfpn } from '$lib/arch/nasfpn/cost';
import { resolveNasfpn } from '$lib/arch/nasfpn/graph';
import type { MnasnetSpec, MnasPresetId } from '$lib/arch/mnasnet/spec';
import type { NasfpnSpec } from '$lib/arch/nasfpn/spec';
import { DEFAULT_MEMORY_LIMIT_BYTES } from '$lib/tfjs/memoryEstimate';
import {
	DEFAULT_RUNS,
	DEFAULT_WARMUPS,
	type BackendName,
	type NetworkJob,
	type RunOptions,
	type RunResult,
	type Variant
} from '$lib/tfjs/protocol';
import { DEFAULT_TARGET_MS } from '$lib/arch/latency/reward';
import { LatencyRunner } from '$lib/state/latencyRunner.svelte';
import { DraftField } from '$lib/state/draftField.svelte';
import { fill } from '$lib/i18n/i18n.svelte';
import type { LatencyText } from './text';

/** A whole-number setting typed at its box (warm-ups, runs, budget). */
function wholeField(initial: number, min: number, max: number): DraftField {
	return new DraftField({ rules: { integer: true, range: { min, max } }, initial });
}

export type PanelNetwork = { kind: 'mnasnet'; spec: MnasnetSpec } | { kind: 'nasfpn'; spec: NasfpnSpec };

function sameMnasSpec(a: MnasnetSpec, b: MnasnetSpec): boolean {
	if (
		a.convention !== b.convention ||
		a.widthMult !== b.widthMult ||
		a.resolution !== b.resolution ||
		a.numClasses !== b.numClasses ||
		a.stem !== b.stem ||
		a.head !== b.head ||
		a.blocks.length !== b.blocks.length
	)
		return false;
	return a.blocks.every((x, i) => {
		const y = b.blocks[i];
		return (
			x.op === y.op &&
			x.t === y.t &&
			x.c === y.c &&
			x.n === y.n &&
			x.s === y.s &&
			x.k === y.k &&
			x.se === y.se &&
			x.skip === y.skip
		);
	});
}

/** The preset this spec is exactly (published accuracies hold only for the network as published), or null. */
export function matchMnasPreset(spec: MnasnetSpec): MnasPresetId | null {
	for (const id of MNAS_PRESET_IDS) if (sameMnasSpec(spec, MNAS_PRESETS[id].spec)) return id;
	return null;
}

export function networkSummary(net: PanelNetwork, t: LatencyText): string {
	if (net.kind === 'mnasnet') {
		const s = net.spec;
		const preset = matchMnasPreset(s);
		if (preset) return fill(t.summaryPreset, { preset, width: s.widthMult, resolution: s.resolution });
		return fill(t.summaryMnasnet, {
			convention: s.convention,
			width: s.widthMult,
			resolution: s.resolution,
			blocks: s.blocks.length
		});
	}
	const s = net.spec;
	return fill(t.summaryNasfpn, {
		cells: s.cells.length,
		repeats: s.repeats,
		channels: s.channels,
		size: s.imageSize,
		separable: s.separable ? t.separableShort : ''
	});
}

export type BackendAvailability = Record<BackendName, boolean>;

/** Which backends can start in a worker here (checked on the page; the worker falls back if one still fails). */
export function detectBackends(): BackendAvailability {
	let webgl: boolean;
	try {
		webgl = typeof OffscreenCanvas !== 'undefined' && new OffscreenCanvas(1, 1).getContext('webgl2') !== null;
	} catch {
		webgl = false;
	}
	return {
		wasm: typeof WebAssembly === 'object',
		webgl,
		webgpu: typeof navigator !== 'undefined' && 'gpu' in navigator,
		cpu: true
	};
}

/** The WebGL renderer string when the browser tells it (WEBGL_debug_renderer_info), else null. */
export function detectRenderer(): string | null {
	try {
		if (typeof document === 'undefined') return null;
		const gl = document.createElement('canvas').getContext('webgl');
		if (!gl) return null;
		const ext = gl.getExtension('WEBGL_debug_renderer_info');
		const r = ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
		return typeof r === 'string' ? r : null;
	} catch {
		return null;
	}
}

/** Whether a renderer string names a software rasteriser (Chrome's SwiftShader, Mesa's llvmpipe). */
export function isSoftwareRenderer(renderer: string | null): boolean {
	return renderer !== null && /swiftshader|llvmpipe|software|softpipe/i.test(renderer);
}

/** Default time budget of warm-ups and timed runs, s: with start-up, a run ends in about half a minute. */
export const DEFAULT_BUDGET_S = 20;

export class LatencyPanelState {
	constructor(
		/** the page's MnasNet runner (deviceCalibration's) or, by default, a runner of this panel's own */
		readonly runner: LatencyRunner = new LatencyRunner()
	) {}

	backend = $state<BackendName>('wasm');
	variant = $state<Variant>('folded');
	profile = $state(true);
	/** allow the threaded wasm binary (used only when the page is cross-origin isolated) */
	wasmThreads = $state(true);
	/** also build the other variant and alternate runs with it, to measure what folding buys */
	pair = $state(false);
	readonly warmups = wholeField(DEFAULT_WARMUPS, 0, 100);
	readonly runs = wholeField(DEFAULT_RUNS, 1, 1000);
	readonly budget = wholeField(DEFAULT_BUDGET_S, 1, 3600);
	/** the WebGL renderer, read once on the page */
	renderer = $state<string | null>(null);
	/** top-1 in %, empty while unknown */
	readonly accuracy = new DraftField({ rules: { range: { min: 0, max: 100 } }, optional: true });
	/** target T in ms, above 0 */
	readonly target = new DraftField({
		rules: { range: { min: 0, max: 100_000, minExclusive: true } },
		initial: DEFAULT_TARGET_MS
	});
	available = $state<BackendAvailability>({ wasm: true, webgl: true, webgpu: false, cpu: true });
	/** the preset whose accuracy was last put in the field, so an edit back to a preset refills it once */
	#prefilledFor: string | null = null;

	/** Prefills the accuracy from the paper when the network is a preset that has a published top-1. */
	syncAccuracy(net: PanelNetwork): void {
		if (net.kind !== 'mnasnet') return;
		const id = matchMnasPreset(net.spec);
		if (id === null || id === this.#prefilledFor) return;
		this.#prefilledFor = id;
		const top1 = MNAS_PRESETS[id].accuracy?.top1;
		if (top1 !== undefined) this.accuracy.set(top1);
	}

	get settingsValid(): boolean {
		return this.warmups.current !== null && this.runs.current !== null && this.budget.current !== null;
	}

	options(): RunOptions {
		return {
			backend: this.backend,
			variant: this.variant,
			warmups: this.warmups.current ?? DEFAULT_WARMUPS,
			runs: this.runs.current ?? DEFAULT_RUNS,
			profile: this.profile,
			wasmThreads: this.wasmThreads,
			...(this.pair ? { pairWith: otherVariant(this.variant) } : {}),
			memoryLimitBytes: DEFAULT_MEMORY_LIMIT_BYTES,
			budgetMs: (this.budget.current ?? DEFAULT_BUDGET_S) * 1000,
			hardwareConcurrency: typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined
		};
	}

	run(net: PanelNetwork, t: LatencyText) {
		if (!this.settingsValid || this.runner.running) return Promise.resolve(null);
		const job = $state.snapshot(net) as NetworkJob;
		return this.runner.run(job, this.options(), networkSummary(job, t));
	}
}

export function otherVariant(v: Variant): Variant {
	return v === 'folded' ? 'layers' : 'folded';
}

/** How many times faster the inference graph ran than the tf.layers model in a paired result; null if unpaired. */
export function foldingSpeedup(r: RunResult): number | null {
	if (!r.paired) return null;
	const folded = r.variant === 'folded' ? r.stats.median : r.paired.stats.median;
	const layers = r.variant === 'layers' ? r.stats.median : r.paired.stats.median;
	return folded > 0 ? layers / folded : null;
}

/** Readable labels for the profiled layers of a job: `b3.1 · mbconv k5`, `r1 · n9 P5 gp`, `input P6 · pool`. */
export function profileLabels(job: NetworkJob): Record<string, string> {
	const out: Record<string, string> = {};
	if (job.kind === 'mnasnet') {
		for (const L of planMnasnet(job.spec).layers) {
			out[L.name] = L.kind === 'block' ? `${L.name} · ${L.op} k${L.k}${L.seReduce > 0 ? ' SE' : ''}` : L.name;
		}
		return out;
	}
	const graph = resolveNasfpn(job.spec);
	for (let rep = 0; rep < job.spec.repeats; rep++) {
		for (const n of graph.nodes) {
			if (n.op !== 'input') out[`r${rep}.n${n.offset}`] = `r${rep + 1} · n${n.offset} P${n.level} ${n.op}`;
		}
	}
	for (let level = job.spec.minLevel; level <= job.spec.maxLevel; level++) out[`in.p${level}`] = `input P${level}`;
	return out;
}

/** The cost model's parameter count of a job (to check the built model against). */
export function engineParams(job: NetworkJob): number {
	return job.kind === 'mnasnet' ? costMnasnet(job.spec).total.params : costNasfpn(job.spec).total.params;
}
