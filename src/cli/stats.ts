// CLI entry: `npm run -s stats -- …` (see runStats.ts). Prints the result and exits with its code; no stack traces.
import { runStats } from './runStats';

function write(stream: NodeJS.WriteStream, text: string): void {
	if (text !== '') stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

try {
	const result = await runStats(process.argv.slice(2));
	write(process.stdout, result.stdout);
	write(process.stderr, result.stderr);
	process.exitCode = result.code;
} catch (e) {
	write(process.stderr, `stats: internal error: ${e instanceof Error ? e.message : String(e)}`);
	process.exitCode = 1;
}
