// The `stats` dispatcher: `stats mnasnet …`, `stats nasfpn …`, `stats --spec file.json …` (by the file's kind).
import { parseArgs, problemLines, type CliProblem } from './args';
import { MNASNET_USAGE, runMnasnetStats } from './mnasnetCommand';
import type { CliResult } from './result';
import { escapeControls, oneLine } from './safeText';
import { readCapped, specText } from './specInput';

type Runner = (argv: string[], spec?: unknown) => CliResult;

const COMMANDS = ['mnasnet', 'nasfpn'] as const;
type Command = (typeof COMMANDS)[number];

const STATS_USAGE = `${MNASNET_USAGE}  npm run -s stats -- nasfpn … (see: npm run -s stats -- nasfpn --help)
`;

function fail(problems: CliProblem[]): CliResult {
	return { code: 2, stdout: '', stderr: problemLines(problems) };
}

/** The NAS-FPN command lives in its own module, loaded on demand (it pulls in the NAS-FPN engine). */
async function loadNasfpn(): Promise<Runner | undefined> {
	try {
		const mod = await import('./nasfpnCommand');
		return typeof mod.runNasfpnStats === 'function' ? mod.runNasfpnStats : undefined;
	} catch {
		return undefined;
	}
}

/** Takes `--spec <file>` / `--spec=<file>` out of argv; returns the path (or a problem) and the rest. */
function extractSpec(argv: readonly string[]): { path?: string; rest: string[]; problem?: CliProblem } {
	const rest: string[] = [];
	let path: string | undefined;
	let problem: CliProblem | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--spec' || arg.startsWith('--spec=')) {
			const value =
				arg === '--spec' ? (i + 1 < argv.length && !argv[i + 1].startsWith('--') ? argv[++i] : '') : arg.slice(7);
			if (value === '') problem = { field: '--spec', message: 'needs a file name' };
			else if (path !== undefined) problem = { field: '--spec', message: 'is given more than once' };
			else path = value;
			continue;
		}
		rest.push(arg);
	}
	return { path, rest, problem };
}

/**
 * Runs `stats`. Never throws; what it returns is safe to print: control characters from a spec file are escaped.
 * `readFile` gives a file's bytes (at most one past the size limit), or its text.
 */
export async function runStats(
	argv: readonly string[],
	readFile: (path: string) => string | Uint8Array = (p) => readCapped(p)
): Promise<CliResult> {
	const r = await dispatch(argv, readFile);
	return { code: r.code, stdout: escapeControls(r.stdout), stderr: escapeControls(r.stderr) };
}

async function dispatch(argv: readonly string[], readFile: (path: string) => string | Uint8Array): Promise<CliResult> {
	const { path, rest, problem } = extractSpec(argv);
	if (problem) return fail([problem]);

	let command: Command | undefined;
	if (rest.length > 0 && !rest[0].startsWith('-')) {
		const word = rest.shift() as string;
		if (!(COMMANDS as readonly string[]).includes(word))
			return fail([{ field: word, message: `unknown command; use ${COMMANDS.join(' or ')}, or --spec file.json` }]);
		command = word as Command;
	}
	if (command === undefined && path === undefined) {
		if (parseArgs(rest, { help: 'flag' }).options.has('help')) return { code: 0, stdout: STATS_USAGE, stderr: '' };
		return fail([
			{
				field: 'command',
				message: `missing; use ${COMMANDS.join(' or ')}, or --spec file.json (--help shows the usage)`
			}
		]);
	}

	let spec: unknown;
	if (path !== undefined) {
		const name = oneLine(path, 80);
		let read: string | Uint8Array;
		try {
			read = readFile(path);
		} catch (e) {
			const code = (e as { code?: string }).code;
			return fail([{ field: '--spec', message: `cannot read "${name}"${code ? ` (${code})` : ''}` }]);
		}
		const text = specText(read);
		if (!text.ok) return fail([{ field: '--spec', message: `"${name}" ${text.message}` }]);
		try {
			spec = JSON.parse(text.text);
		} catch (e) {
			return fail([{ field: '--spec', message: `"${name}" is not valid JSON: ${oneLine((e as Error).message, 160)}` }]);
		}
		const kind = spec !== null && typeof spec === 'object' ? (spec as { kind?: unknown }).kind : undefined;
		if (typeof kind === 'string' && (COMMANDS as readonly string[]).includes(kind)) {
			if (command !== undefined && command !== kind)
				return fail([{ field: 'kind', message: `the file holds a "${kind}" spec, not "${command}"` }]);
			command = kind as Command;
		} else if (command === undefined) {
			return fail([{ field: 'kind', message: `the spec file needs "kind": "mnasnet" or "nasfpn"` }]);
		}
	}

	if (command === 'nasfpn') {
		const run = await loadNasfpn();
		if (!run) return fail([{ field: 'nasfpn', message: 'the NAS-FPN statistics are not available in this build' }]);
		return run(rest, spec);
	}
	return runMnasnetStats(rest, spec);
}
