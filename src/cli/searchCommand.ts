// `search --constraint soft|hard [--target-ms T] [--steps N] [--seed S] [--preset id] [--table file.json] [--json]`:
// MnasNet's latency-aware search (Tan et al. 2019, §3 and §4) around a preset, with the parameter-count proxy in
// place of accuracy and a latency table for the device. Without --target-ms the target is MnasNet-A1's predicted
// latency on the same table, as on the page.
import { formatCount, formatFixed, formatMs } from '../lib/arch/format';
import { HARD_CONSTRAINT, SOFT_CONSTRAINT } from '../lib/arch/latency/reward';
import { serializeLatencyTable, type LatencyTable } from '../lib/arch/latency/table';
import { MNAS_PRESET_IDS, mnasPreset } from '../lib/arch/mnasnet/presets';
import type { MnasnetSpec } from '../lib/arch/mnasnet/spec';
import { bestSamples, buildSpace, histogram, PROXY_NAME, runSearch, type SearchSample } from '../lib/arch/search/index';
import { parseArgs, parseNumber, problemLines, type CliProblem } from './args';
import type { CliResult } from './result';

const OPTIONS = {
	constraint: 'value',
	'target-ms': 'value',
	steps: 'value',
	seed: 'value',
	preset: 'value',
	table: 'value',
	'save-table': 'value',
	json: 'flag',
	help: 'flag'
} as const;

const SEARCH_LIMITS = { steps: { min: 1, max: 20_000 }, seed: { min: 0, max: 2 ** 32 - 1 } } as const;
const DEFAULT_STEPS = 300;

const SEARCH_USAGE = `Usage:
  npm run -s search -- --constraint soft|hard [--target-ms T] [--steps N] [--seed S] [--preset id] [--table file.json] [--json]
  --constraint  soft (α = β = −0.07) or hard (α = 0, β = −1): MnasNet's reward ACC·(LAT/T)^w (Tan et al. 2019, Eq. 2)
  --target-ms   the target latency T in ms (default: MnasNet-A1's predicted latency on the same table)
  --steps       controller steps, ${SEARCH_LIMITS.steps.min}…${SEARCH_LIMITS.steps.max} (default ${DEFAULT_STEPS})
  --seed        whole number (default 1)
  --preset      the network the search space is built around (default mnasnet-a1): ${MNAS_PRESET_IDS.join(', ')}
  --table       a latency table exported by the page; without it this device is calibrated with tfjs (wasm)
  --save-table  write the table used (e.g. this calibration) to a file, for later runs with --table
ACC is a proxy, log10(params)/8 (parameter count, Abdelfattah et al., ICLR 2021), never an accuracy.
`;

/** Where predicted latencies come from: a table read from a file, or a fresh calibration of this machine. */
export interface PredictorSource {
	/** a predictor, or a message saying why the table cannot be used */
	load(
		tablePath: string | undefined
	): Promise<
		| { ok: true; predict: (spec: MnasnetSpec) => number; label: string; table: LatencyTable }
		| { ok: false; message: string }
	>;
}

export interface SearchJson {
	proxy: string;
	constraint: 'soft' | 'hard';
	targetMs: number;
	seed: number;
	preset: string;
	table: string;
	samples: {
		step: number;
		macs: number;
		params: number;
		latencyMs: number;
		proxy: number;
		reward: number;
		spec: MnasnetSpec;
	}[];
}

function fail(problems: readonly CliProblem[]): CliResult {
	return { code: 2, stdout: '', stderr: problemLines(problems) };
}

function wholeOption(
	options: ReadonlyMap<string, string>,
	name: 'steps' | 'seed',
	fallback: number,
	problems: CliProblem[]
): number {
	const text = options.get(name);
	if (text === undefined) return fallback;
	const n = parseNumber(text);
	const { min, max } = SEARCH_LIMITS[name];
	if (n === undefined || !Number.isInteger(n) || n < min || n > max) {
		problems.push({ field: `--${name}`, message: `must be a whole number from ${min} to ${max}; "${text}" is not` });
		return fallback;
	}
	return n;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** A text histogram: one line per bin, `lo–hi ms │ ████ count`. */
export function histogramLines(values: readonly number[], bins = 12, width = 40): string[] {
	if (values.length === 0) return [];
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	const h = histogram(values, lo, hi, bins); // the maximum falls in the last bin
	const max = Math.max(...h.counts);
	const step = (h.hi - h.lo) / h.counts.length;
	return h.counts.map((c, i) => {
		const a = (h.lo + i * step).toFixed(2).padStart(7);
		const b = (h.lo + (i + 1) * step).toFixed(2).padStart(7);
		return `${a}–${b} ms │${'█'.repeat(Math.round((c / max) * width)).padEnd(width)} ${c}`;
	});
}

function textReport(out: SearchJson): string {
	const s = out.samples;
	const half = s.slice(Math.floor(s.length / 2));
	const under = half.filter((x) => x.latencyMs <= out.targetMs).length;
	const lines = [
		`search: ${out.constraint} constraint, T = ${formatMs(out.targetMs)}, ${s.length} steps, seed ${out.seed}, around ${out.preset}`,
		`latency table: ${out.table}`,
		`ACC proxy: ${out.proxy} = log10(params)/8 (a proxy, not an accuracy)`,
		'',
		`predicted latency of the last ${half.length} samples (${under} at or under T):`,
		...histogramLines(half.map((x) => x.latencyMs)),
		'',
		'best networks (reward, predicted ms, MACs, params, step):',
		...bestSamples(s, 5).map(
			(x) =>
				`  ${formatFixed(x.reward, 4)}  ${formatMs(x.latencyMs)}  ${formatCount(x.macs)} MACs  ${formatCount(x.params)} params  step ${x.step}`
		)
	];
	return lines.join('\n') + '\n';
}

export async function runSearchCommand(
	argv: readonly string[],
	source: PredictorSource,
	writeText: (path: string, text: string) => void = () => {}
): Promise<CliResult> {
	const { options, positionals, problems } = parseArgs(argv, OPTIONS);
	if (options.has('help')) return { code: 0, stdout: SEARCH_USAGE, stderr: '' };
	for (const p of positionals) problems.push({ field: p, message: 'unexpected argument; every option starts with --' });
	const constraintText = options.get('constraint');
	if (constraintText === undefined) problems.push({ field: '--constraint', message: 'is required: soft or hard' });
	else if (constraintText !== 'soft' && constraintText !== 'hard')
		problems.push({ field: '--constraint', message: `must be soft or hard; it is "${constraintText}"` });
	let targetMs: number | undefined;
	const targetText = options.get('target-ms');
	if (targetText !== undefined) {
		const n = parseNumber(targetText);
		if (n === undefined || !(n > 0) || n > 1e6)
			problems.push({
				field: '--target-ms',
				message: `must be a number of ms above 0 (at most 1e6); "${targetText}" is not`
			});
		else targetMs = n;
	}
	const steps = wholeOption(options, 'steps', DEFAULT_STEPS, problems);
	const seed = wholeOption(options, 'seed', 1, problems);
	const preset = options.get('preset') ?? 'mnasnet-a1';
	if (!(MNAS_PRESET_IDS as readonly string[]).includes(preset))
		problems.push({
			field: '--preset',
			message: `unknown preset "${preset}"; the presets are ${MNAS_PRESET_IDS.join(', ')}`
		});
	if (problems.length > 0) return fail(problems);

	const loaded = await source.load(options.get('table'));
	if (!loaded.ok) return fail([{ field: '--table', message: loaded.message }]);
	const savePath = options.get('save-table');
	if (savePath !== undefined) {
		try {
			writeText(savePath, serializeLatencyTable(loaded.table));
		} catch (e) {
			return fail([
				{
					field: '--save-table',
					message: `cannot write "${savePath}" (${(e as NodeJS.ErrnoException).code ?? String(e)})`
				}
			]);
		}
	}
	const constraint = constraintText === 'hard' ? 'hard' : 'soft';
	const target = targetMs ?? loaded.predict(mnasPreset('mnasnet-a1'));
	if (!(target > 0))
		return fail([
			{ field: '--target-ms', message: 'MnasNet-A1 has no predicted latency on this table; give --target-ms' }
		]);
	const samples: SearchSample[] = runSearch({
		space: buildSpace(mnasPreset(preset as (typeof MNAS_PRESET_IDS)[number])),
		predict: loaded.predict,
		targetMs: target,
		constraint: constraint === 'hard' ? HARD_CONSTRAINT : SOFT_CONSTRAINT,
		steps,
		seed
	});
	const out: SearchJson = {
		proxy: PROXY_NAME,
		constraint,
		targetMs: round(target, 4),
		seed,
		preset,
		table: loaded.label,
		samples: samples.map((s) => ({
			step: s.step,
			macs: s.macs,
			params: s.params,
			latencyMs: round(s.latencyMs, 4),
			proxy: round(s.proxy, 6),
			reward: round(s.reward, 6),
			spec: s.spec
		}))
	};
	return { code: 0, stdout: options.has('json') ? JSON.stringify(out) + '\n' : textReport(out), stderr: '' };
}
