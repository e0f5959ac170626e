// How well the on-device latency table predicts whole networks: calibrates in Node (tfjs wasm, folded graph),
// then predicts and measures lecture, MnasNet-A1, mnasnet-small and random members of MnasNet's factorized space
// around A1 (Tan et al. 2019 §4.1: per block ConvOp, kernel 3/5, SE 0/0.25, skip, filters ×0.75/1/1.25, layers
// N−1..N+1), all at 224. Not a test: it prints numbers.
//   npm run -s bench:predict -- [--count N] [--seed S] [--runs R] [--json | --markdown]
// --markdown prints the table of docs/benchmarks.md instead of the log lines.
// Measured = the fastest of R whole-network runs (the calibration takes the fastest sample of each shape too; on a
// machine shared with other processes the fastest is the figure that load disturbs least). The median is printed
// beside it.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { predictMnasnet } from '../src/lib/arch/latency/predict';
import { mnasPreset } from '../src/lib/arch/mnasnet/presets';
import type { MnasBlock, MnasnetSpec } from '../src/lib/arch/mnasnet/spec';
import { validateMnasnet } from '../src/lib/arch/mnasnet/validate';
import { mulberry32, randomInt } from '../src/lib/arch/nasfpn/prng';
import { costMnasnet } from '../src/lib/arch/mnasnet/cost';
import { describeBackend } from '../src/lib/tfjs/backend';
import { calibrateLatencyTable, timeNetwork } from '../src/lib/tfjs/latencyCalibrate';
import { summarize } from '../src/lib/tfjs/stats';

interface Args {
	count: number;
	seed: number;
	runs: number;
	json: boolean;
	markdown: boolean;
}

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

function parseArgs(argv: string[]): Args {
	const a: Args = { count: 10, seed: 1, runs: 15, json: false, markdown: false };
	for (let i = 0; i < argv.length; i++) {
		const k = argv[i];
		const int = (lo: number, hi: number) => {
			const n = Number(argv[++i]);
			if (!Number.isInteger(n) || n < lo || n > hi) fail(`${k}: an integer in [${lo}, ${hi}]`);
			return n;
		};
		if (k === '--count') a.count = int(0, 200);
		else if (k === '--seed') a.seed = int(0, 2 ** 31);
		else if (k === '--runs') a.runs = int(1, 1000);
		else if (k === '--json') a.json = true;
		else if (k === '--markdown') a.markdown = true;
		else fail(`unknown option ${k}`);
	}
	return a;
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[randomInt(rand, xs.length)];

/** A random member of the factorized space around `base`, valid (re-drawn until validateMnasnet accepts it). */
function sample(base: MnasnetSpec, rand: () => number): MnasnetSpec {
	for (;;) {
		const blocks: MnasBlock[] = base.blocks.map((b) => {
			const op = pick(rand, ['conv', 'sepconv', 'mbconv'] as const);
			return {
				op,
				t: op === 'mbconv' ? pick(rand, [3, 6]) : 1,
				c: Math.max(8, Math.round((b.c * pick(rand, [0.75, 1, 1.25])) / 8) * 8),
				n: Math.max(1, b.n + pick(rand, [-1, 0, 1])),
				s: b.s,
				k: pick(rand, [3, 5]),
				se: pick(rand, [0, 0.25]),
				skip: pick(rand, ['identity', 'none'] as const)
			};
		});
		const spec = { ...base, blocks };
		if (validateMnasnet(spec).ok) return spec;
	}
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	await tf.setBackend('wasm');
	await tf.ready();
	const info = await describeBackend('wasm');
	const t0 = performance.now();
	const table = await calibrateLatencyTable({ device: 'node wasm' });
	const calibrationS = (performance.now() - t0) / 1000;

	const rand = mulberry32(args.seed);
	const a1 = mnasPreset('mnasnet-a1');
	const nets: { name: string; spec: MnasnetSpec }[] = [
		{ name: 'lecture', spec: mnasPreset('lecture') },
		{ name: 'mnasnet-a1', spec: a1 },
		{ name: 'mnasnet-small', spec: mnasPreset('mnasnet-small') },
		...Array.from({ length: args.count }, (_, i) => ({ name: `random-${i + 1}`, spec: sample(a1, rand) }))
	];
	const rows = [];
	for (const { name, spec } of nets) {
		const p = predictMnasnet(spec, table);
		if (!p) fail('empty latency table');
		const m = await timeNetwork(spec, args.runs, 3);
		rows.push({
			name,
			macs: costMnasnet(spec).total.macs,
			predictedMs: p.totalMs,
			layersMs: p.layersMs,
			layers: p.perLayer.length,
			measuredMinMs: m.min,
			measuredMedianMs: m.median,
			measuredShare: p.measuredShare,
			error: Math.abs(p.totalMs - m.min) / m.min,
			errorVsMedian: Math.abs(p.totalMs - m.median) / m.median
		});
		if (!args.json && !args.markdown) {
			const r = rows[rows.length - 1];
			console.log(
				`${name.padEnd(14)} ${(r.macs / 1e6).toFixed(0).padStart(5)} M MACs  predicted ${r.predictedMs.toFixed(2).padStart(7)} ms  ` +
					`measured min ${r.measuredMinMs.toFixed(2).padStart(7)} ms (median ${r.measuredMedianMs.toFixed(2)})  ` +
					`error ${pct(r.error).padStart(7)}  (vs median ${pct(r.errorVsMedian)})  measured shapes ${pct(r.measuredShare)}`
			);
		}
	}
	const errs = summarize(rows.map((r) => r.error))!;
	const within = rows.filter((r) => r.error <= 0.15).length;
	const out = {
		backend: info,
		calibration: { seconds: calibrationS, entries: table.entries.length, overheadMs: table.overheadMs },
		runs: args.runs,
		seed: args.seed,
		rows,
		error: { median: errs.median, p90: errs.p90, max: errs.max, mean: errs.mean, within15: within, n: rows.length }
	};
	if (args.json) {
		console.log(JSON.stringify(out, null, 2));
		return;
	}
	if (args.markdown) {
		const ms = (x: number) => x.toFixed(1);
		console.log(
			'| network | MACs | layers | predicted (ms) | measured fastest (ms) | measured median (ms) | error | shapes measured |'
		);
		console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
		for (const r of rows)
			console.log(
				`| ${r.name} | ${(r.macs / 1e6).toFixed(0)} M | ${r.layers} | ${ms(r.predictedMs)} | ${ms(r.measuredMinMs)} | ` +
					`${ms(r.measuredMedianMs)} | ${pct(r.error)} | ${pct(r.measuredShare)} |`
			);
		console.log(
			`\n|error| median ${pct(errs.median)}, mean ${pct(errs.mean)}, p90 ${pct(errs.p90)}, max ${pct(errs.max)}; ` +
				`${within} of ${rows.length} within 15 %. Calibration ${calibrationS.toFixed(1)} s, ${table.entries.length} shapes, ` +
				`overhead ${table.overheadMs.toFixed(2)} ms.`
		);
		return;
	}
	console.log(
		`\ncalibration ${calibrationS.toFixed(1)} s, ${table.entries.length} shapes, overhead ${table.overheadMs.toFixed(2)} ms; ` +
			`wasm ${info.wasmBinary}, ${info.threads} thread(s)`
	);
	console.log(
		`|error| median ${pct(errs.median)}, mean ${pct(errs.mean)}, p90 ${pct(errs.p90)}, max ${pct(errs.max)}; ` +
			`${within} of ${rows.length} within 15 %`
	);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
