// CLI entry: `npm run -s search -- …` (see searchCommand.ts). Prints the result and exits with its code.
import { writeFileSync } from 'node:fs';
import { runSearchCommand } from './searchCommand';
import { fileOrCalibration } from './searchTable';

function write(stream: NodeJS.WriteStream, text: string): void {
	if (text !== '') stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Calibrates this machine with tfjs on wasm (loaded only when no --table is given). */
async function calibrate() {
	const mod = await import('./searchCalibrate');
	process.stderr.write('calibrating this machine (tfjs wasm, about 20 s; --table file.json skips this)…\n');
	return mod.calibrateInNode();
}

try {
	const result = await runSearchCommand(process.argv.slice(2), fileOrCalibration(calibrate), (path, text) =>
		writeFileSync(path, text)
	);
	write(process.stdout, result.stdout);
	write(process.stderr, result.stderr);
	process.exitCode = result.code;
} catch (e) {
	write(process.stderr, `search: internal error: ${e instanceof Error ? e.message : String(e)}`);
	process.exitCode = 1;
}
