// How long the page's parsers take on the largest hostile input they accept (no assertion: a report).
//   npx tsx scripts/bench-parse.ts
import { parseBlockStrings } from '../src/lib/arch/mnasnet/blockString';
import { parseSpecFile, SPEC_FILE_MAX_BYTES } from '../src/lib/arch/export/specFile';
import { decodeNotebook } from '../src/lib/arch/serialize';
import { mnasPreset } from '../src/lib/arch/mnasnet';

function time(name: string, run: () => unknown, reps = 5): void {
	run(); // warm up
	const ms: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < reps; i++) {
		const t0 = performance.now();
		const c0 = process.cpuUsage();
		run();
		const c = process.cpuUsage(c0);
		ms.push(performance.now() - t0);
		cpu.push((c.user + c.system) / 1000);
	}
	ms.sort((a, b) => a - b);
	cpu.sort((a, b) => a - b);
	// wall time suffers on a shared machine; CPU time is what the parse itself costs
	console.log(
		`${name.padEnd(58)} wall: median ${ms[Math.floor(reps / 2)].toFixed(1)} ms, min ${ms[0].toFixed(1)}; CPU: min ${cpu[0].toFixed(1)} ms`
	);
}

const badTokens = 'x_bad '.repeat(100_000);
time('block strings: 100,000 bad tokens (600 kB)', () => parseBlockStrings(badTokens));
const validish = 'r1_k3_s11_e1_i32_o16_bad '.repeat(10_000);
time('block strings: 10,000 almost-valid tokens (250 kB)', () => parseBlockStrings(validish));

const keys: Record<string, unknown> = { ...mnasPreset('lecture') };
for (let i = 0; JSON.stringify(keys).length < SPEC_FILE_MAX_BYTES - 20; i++) keys[`unknown${i}`] = 1;
const upload = JSON.stringify(keys);
time(`spec upload: ${Object.keys(keys).length - 8} unknown keys (${(upload.length / 1024).toFixed(0)} kB)`, () =>
	parseSpecFile(upload)
);
const link = '#v1=' + 'A'.repeat(16_000);
time('link: 16 kB of base64', () => decodeNotebook(link));
