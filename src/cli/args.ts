// A small argv parser for the stats subcommands: `--name value`, `--name=value` and boolean `--flag`.
// Every problem is collected as `field: message` (the field is the option as typed), never thrown.

type OptionKind = 'value' | 'flag';

export interface CliProblem {
	field: string;
	message: string;
}

interface ParsedArgs {
	/** option name without dashes → its value ('' for flags) */
	options: Map<string, string>;
	positionals: string[];
	problems: CliProblem[];
}

export function parseArgs(argv: readonly string[], defs: Readonly<Record<string, OptionKind>>): ParsedArgs {
	const options = new Map<string, string>();
	const positionals: string[] = [];
	const problems: CliProblem[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (!arg.startsWith('--') || arg === '--') {
			positionals.push(arg);
			continue;
		}
		const eq = arg.indexOf('=');
		const name = arg.slice(2, eq < 0 ? undefined : eq);
		const field = `--${name}`;
		const kind = Object.hasOwn(defs, name) ? defs[name] : undefined;
		if (kind === undefined) {
			problems.push({
				field,
				message: `unknown option; the options are ${Object.keys(defs)
					.map((d) => `--${d}`)
					.join(', ')}`
			});
			continue;
		}
		if (options.has(name)) problems.push({ field, message: 'is given more than once' });
		if (kind === 'flag') {
			if (eq >= 0) problems.push({ field, message: 'takes no value' });
			options.set(name, '');
			continue;
		}
		let value: string | undefined;
		if (eq >= 0) value = arg.slice(eq + 1);
		else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
		if (value === undefined || value === '') {
			problems.push({ field, message: 'needs a value' });
			continue;
		}
		options.set(name, value);
	}
	return { options, positionals, problems };
}

/** A decimal number as typed (`1`, `0.75`, `-2`, `1e3`); undefined for anything else (`abc`, `1.2.3`, `NaN`). */
export function parseNumber(text: string): number | undefined {
	if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return undefined;
	const n = Number(text);
	return Number.isFinite(n) ? n : undefined;
}

export { problemLines } from './safeText';

/** The `--preset` rules both subcommands share: required unless a spec file is given, never both, a known id. */
export function checkPreset(
	presetId: string | undefined,
	fromFile: boolean,
	ids: readonly string[],
	problems: CliProblem[]
): void {
	if (fromFile && presetId !== undefined)
		problems.push({ field: '--preset', message: 'cannot be combined with --spec; use one or the other' });
	else if (!fromFile && presetId === undefined && !problems.some((p) => p.field === '--preset'))
		problems.push({
			field: '--preset',
			message: `is required (or --spec file.json); the presets are ${ids.join(', ')}`
		});
	else if (presetId !== undefined && !ids.includes(presetId))
		problems.push({ field: '--preset', message: `unknown preset "${presetId}"; the presets are ${ids.join(', ')}` });
}

/** Numeric overrides: each `--flag value` becomes `field: number`, or a problem when the value is not a number. */
export function numberOverrides(
	options: ReadonlyMap<string, string>,
	flags: ReadonlyArray<readonly [flag: string, field: string]>,
	problems: CliProblem[]
): Record<string, number> {
	const overrides: Record<string, number> = {};
	for (const [flag, field] of flags) {
		const text = options.get(flag);
		if (text === undefined) continue;
		const n = parseNumber(text);
		if (n === undefined) problems.push({ field: `--${flag}`, message: `"${text}" is not a number` });
		else overrides[field] = n;
	}
	return overrides;
}
