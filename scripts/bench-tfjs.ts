// Node benchmark of the tfjs builders on the wasm backend: the tf.layers model against the folded inference
// graph, alternating A B A B so both see the same machine load. Not a test: it prints numbers.
//   npm run -s bench -- --preset <id> [--resolution R] [--runs N] [--warmups W] [--json] [--ablation]
// --ablation (MnasNet): also times the folded graph without its two run-time tricks (tf.fused.* ops instead of
// direct kernel calls, intermediates kept until the tidy ends), to show what they are worth.
// <id>: a MnasNet preset (lecture, mnasnet-b1, mnasnet-a1, mnasnet-small, mnasnet-d1) or nasfpn-<a…f>
// (one repeat; --resolution is then the image size, default 640).
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { isMnasPresetId, mnasPreset, MNAS_PRESET_IDS } from '../src/lib/arch/mnasnet/presets';
import { fpnPreset, isFpnPresetId, FPN_PRESET_IDS } from '../src/lib/arch/nasfpn/presets';
import { describeBackend } from '../src/lib/tfjs/backend';
import { measureConvPeak } from '../src/lib/tfjs/calibrate';
import { prepareNetwork, timedForward, type PreparedNetwork } from '../src/lib/tfjs/network';
import type { NetworkJob, Variant } from '../src/lib/tfjs/protocol';
import { summarize } from '../src/lib/tfjs/stats';

interface Args {
	preset: string;
	resolution?: number;
	runs: number;
	warmups: number;
	json: boolean;
	ablation: boolean;
}

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

function parseArgs(argv: string[]): Args {
	const a: Args = { preset: 'lecture', runs: 30, warmups: 5, json: false, ablation: false };
	for (let i = 0; i < argv.length; i++) {
		const k = argv[i];
		const v = () => {
			const x = argv[++i];
			if (x === undefined) fail(`${k}: needs a value`);
			return x;
		};
		const int = (name: string, lo: number, hi: number) => {
			const n = Number(v());
			if (!Number.isInteger(n) || n < lo || n > hi) fail(`${name}: an integer in [${lo}, ${hi}]`);
			return n;
		};
		if (k === '--preset') a.preset = v();
		else if (k === '--resolution') a.resolution = int('--resolution', 32, 2048);
		else if (k === '--runs') a.runs = int('--runs', 1, 10000);
		else if (k === '--warmups') a.warmups = int('--warmups', 0, 1000);
		else if (k === '--json') a.json = true;
		else if (k === '--ablation') a.ablation = true;
		else fail(`unknown option ${k}`);
	}
	return a;
}

function jobOf(a: Args): NetworkJob {
	if (isMnasPresetId(a.preset)) {
		const spec = mnasPreset(a.preset);
		if (a.resolution) spec.resolution = a.resolution;
		return { kind: 'mnasnet', spec };
	}
	const m = /^nasfpn-(.)$/.exec(a.preset);
	if (m && isFpnPresetId(m[1])) {
		return { kind: 'nasfpn', spec: fpnPreset(m[1], { repeats: 1, imageSize: a.resolution ?? 640 }) };
	}
	fail(`--preset: one of ${[...MNAS_PRESET_IDS, ...FPN_PRESET_IDS.map((p) => `nasfpn-${p}`)].join(', ')}`);
}

const fmt = (x: number, d = 2) => x.toFixed(d);

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	const job = jobOf(args);
	await tf.setBackend('wasm');
	await tf.ready();
	const info = await describeBackend('wasm');
	type Row = Variant | 'folded-plain';
	const variants: Row[] = ['layers', 'folded'];
	if (args.ablation && job.kind === 'mnasnet') variants.push('folded-plain');
	const build = (v: Row) =>
		v === 'folded-plain'
			? prepareNetwork(job, 'folded', 1, { freeEarly: false, directKernels: false })
			: prepareNetwork(job, v);
	const nets = new Map<Row, PreparedNetwork>(variants.map((v) => [v, build(v)]));
	const first = new Map<Row, number>();
	for (const v of variants) first.set(v, await timedForward(nets.get(v)!));
	for (let i = 0; i < args.warmups; i++) for (const v of variants) await timedForward(nets.get(v)!);
	const times = new Map<Row, number[]>(variants.map((v) => [v, []]));
	for (let i = 0; i < args.runs; i++) for (const v of variants) times.get(v)!.push(await timedForward(nets.get(v)!));

	const any = nets.get('layers')!;
	const resolution = job.kind === 'mnasnet' ? job.spec.resolution : job.spec.imageSize;
	const rows = variants.map((v) => {
		const s = summarize(times.get(v)!)!;
		return {
			variant: v,
			medianMs: s.median,
			p10Ms: s.p10,
			p90Ms: s.p90,
			minMs: s.min,
			firstMs: first.get(v)!,
			gmacPerS: any.macs / (s.median * 1e6)
		};
	});
	for (const n of nets.values()) n.dispose();
	// what the fastest lone conv reaches on this machine: the ceiling the networks' GMAC/s can be read against
	const peak = await measureConvPeak();

	const report = {
		network: args.preset,
		resolution,
		backend: info.backend,
		wasmBinary: info.wasmBinary,
		threads: info.threads,
		tfjs: tf.version.tfjs,
		node: process.version,
		params: any.params,
		macs: any.macs,
		runs: args.runs,
		warmups: args.warmups,
		results: rows,
		calibration: peak
	};
	if (args.json) {
		process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
		return;
	}
	const out = [
		`backend ${info.backend} (${info.wasmBinary ?? '-'}, ${info.threads ?? '-'} thread(s)), tfjs ${tf.version.tfjs}, node ${process.version}`,
		`network ${args.preset} at ${resolution}: params ${any.params.toLocaleString('en-US')}, MACs ${(any.macs / 1e6).toFixed(1)} M`,
		`${args.warmups} warm-ups, ${args.runs} timed runs each (alternating), every run includes the read-back`,
		'',
		'variant       median ms   p10 ms   p90 ms   min ms   first ms   GMAC/s',
		...rows.map(
			(r) =>
				`${r.variant.padEnd(12)} ${fmt(r.medianMs).padStart(10)} ${fmt(r.p10Ms).padStart(8)} ${fmt(r.p90Ms).padStart(8)} ${fmt(r.minMs).padStart(8)} ${fmt(r.firstMs).padStart(10)} ${fmt(r.gmacPerS).padStart(8)}`
		),
		'',
		`folded is ${(rows[0].medianMs / rows[1].medianMs).toFixed(2)}× faster than layers (medians)`,
		`calibration: ${peak.label} alone runs at ${fmt(peak.gmacPerS)} GMAC/s; folded reaches ${((100 * rows[1].gmacPerS) / peak.gmacPerS).toFixed(0)} % of that`,
		...(rows[2]
			? [
					`folded-plain (tf.fused.* ops, intermediates kept): ${(rows[2].medianMs / rows[1].medianMs).toFixed(3)}× the folded median`
				]
			: [])
	];
	process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
