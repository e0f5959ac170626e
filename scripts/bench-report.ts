// Benchmark (not a test): how long recomputing the MnasNet cost report takes, per preset.
// Prints µs per call, the median over batches (p10–p90 beside it). Run: npm run -s bench:report
import { analyzeMnasnet, costMnasnet, MNAS_PRESET_IDS, mnasPreset } from '../src/lib/arch/mnasnet/index';

const BATCHES = 40;
const MIN_BATCH_MS = 25;

function percentile(sorted: number[], q: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** µs per call for `fn`: batches long enough to time, first calibrated; returns median, p10, p90. */
function time(fn: () => unknown): { median: number; p10: number; p90: number; calls: number } {
	let iterations = 1;
	for (;;) {
		const t0 = performance.now();
		for (let i = 0; i < iterations; i++) fn();
		if (performance.now() - t0 >= MIN_BATCH_MS) break;
		iterations *= 2;
	}
	const perCall: number[] = [];
	let sink = 0;
	for (let b = 0; b < BATCHES; b++) {
		const t0 = performance.now();
		for (let i = 0; i < iterations; i++) sink += fn() ? 1 : 0;
		perCall.push(((performance.now() - t0) * 1000) / iterations);
	}
	if (sink < 0) console.log(sink); // keep the calls observable
	perCall.sort((a, b) => a - b);
	return {
		median: percentile(perCall, 0.5),
		p10: percentile(perCall, 0.1),
		p90: percentile(perCall, 0.9),
		calls: iterations * BATCHES
	};
}

const fmt = (r: ReturnType<typeof time>) =>
	`${r.median.toFixed(1).padStart(7)} µs (p10 ${r.p10.toFixed(1)}, p90 ${r.p90.toFixed(1)})`;

console.log(`MnasNet report recompute, ${BATCHES} batches each, node ${process.version}`);
console.log(
	`${'preset'.padEnd(14)} ${'layers'.padStart(6)}  ${'costMnasnet'.padEnd(34)}  analyzeMnasnet (validate + plan + cost)`
);
for (const id of MNAS_PRESET_IDS) {
	const spec = mnasPreset(id);
	const layers = costMnasnet(spec).layers.length;
	const cost = time(() => costMnasnet(spec));
	const full = time(() => analyzeMnasnet(spec));
	console.log(`${id.padEnd(14)} ${String(layers).padStart(6)}  ${fmt(cost).padEnd(34)}  ${fmt(full)}`);
}
