// `stats nasfpn --preset <a–f> [--channels D] [--image-size S] [--repeats N] [--separable] [--no-backbone] [--json]`,
// and the NAS-FPN half of `stats --spec file.json`. Never throws; errors are `field: message` lines, code 2.
import { formatBytes, formatCount, formatInt, formatShare } from '../lib/arch/format';
import {
	costNasfpn,
	FPN_PRESET_IDS,
	fpnPreset,
	fpnStep,
	validateNasfpn,
	type FpnCostReport,
	type FpnNodeInput,
	type FpnPresetId,
	type NasfpnSpec
} from '../lib/arch/nasfpn/index';
import { checkPreset, numberOverrides, parseArgs, problemLines, type CliProblem } from './args';
import type { CliResult } from './result';
import { renderTable, type Row } from './table';

const OPTIONS = {
	preset: 'value',
	channels: 'value',
	'image-size': 'value',
	repeats: 'value',
	separable: 'flag',
	'no-backbone': 'flag',
	json: 'flag',
	help: 'flag'
} as const;

const NASFPN_USAGE = `Usage:
  npm run -s stats -- nasfpn --preset <${FPN_PRESET_IDS.join('|')}> [--channels D] [--image-size S] [--repeats N]
                             [--separable] [--no-backbone] [--json]
  npm run -s stats -- --spec file.json [same options]        (a spec with "kind": "nasfpn")
Presets: (a) baseline FPN, (b)–(e) illustrations of the search's convergence, (f) the final NAS-FPN.
Defaults: P3–P7, 256 channels, 640 px, 7 repeats, ResNet-50 backbone widths C3–C5 = 512, 1024, 2048
(--no-backbone: the repeated cells alone, no input stage).
Counts: params = conv weights + biases + BN γ, β; MACs = convolutions only; FLOPs = 2 × MACs (the paper's
"FLOPs"); resampling, sums and gates are elementwise work, not MACs.
`;

function fail(problems: readonly CliProblem[]): CliResult {
	return { code: 2, stdout: '', stderr: problemLines(problems) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function describeInput(i: FpnNodeInput, gate: number | undefined): string {
	const r =
		i.resample.kind === 'up' ? ` ↑${i.resample.factor}` : i.resample.kind === 'down' ? ` ↓${i.resample.factor}` : '';
	return `${i.offset} (P${i.level}${r}${gate === i.offset ? ', gate' : ''})`;
}

/** The JSON output: totals at the top level, then one repeat's nodes, the stage and the spec. */
function nasfpnStatsJson(spec: NasfpnSpec, report: FpnCostReport, preset?: FpnPresetId): Record<string, unknown> {
	const t = report.total;
	return {
		kind: 'nasfpn',
		...(preset ? { preset } : {}),
		minLevel: spec.minLevel,
		maxLevel: spec.maxLevel,
		channels: spec.channels,
		imageSize: spec.imageSize,
		repeats: spec.repeats,
		separable: spec.separable,
		params: t.params,
		bnBuffers: t.bnBuffers,
		macs: t.macs,
		flops: t.flops,
		weightBytes: t.weightBytes,
		elementwise: t.elementwise,
		warnings: report.warnings.map((w) => ({ path: w.path, message: w.message })),
		outputs: report.outputs,
		nodes: report.nodes.map((n) => ({
			offset: n.offset,
			cell: n.cell,
			level: n.level,
			side: n.side,
			op: n.op,
			inputs: n.inputs,
			extraInputs: n.extraInputs,
			...(n.gateInput !== undefined ? { gateInput: n.gateInput } : {}),
			isOutput: n.isOutput,
			dead: n.dead,
			params: n.params,
			bnBuffers: n.bnBuffers,
			macs: n.macs,
			outputElements: n.outputElements,
			elementwise: n.elementwise
		})),
		perRepeat: report.perRepeat,
		inputStage: report.inputStage,
		inputStageLevels: report.inputStageLevels,
		total: report.total,
		spec
	};
}

/** The readable report: input stage, one repeat node by node, then per-repeat / input stage / TOTAL rows. */
function nasfpnStatsText(spec: NasfpnSpec, report: FpnCostReport, preset?: FpnPresetId): string {
	const D = spec.channels;
	const t = report.total;
	const title = preset ? `NAS-FPN ${fpnStep(preset).label} ${fpnStep(preset).title.en}` : 'NAS-FPN spec';
	const bb = spec.backboneChannels;
	const backbone = bb
		? `backbone ${Object.entries(bb)
				.map(([l, c]) => `C${l} ${c}`)
				.join(', ')}`
		: 'no backbone (inputs already D wide)';
	const lines = [
		`${title}: P${spec.minLevel}–P${spec.maxLevel}, ${D} channels, ${spec.imageSize}×${spec.imageSize} input, ` +
			`${spec.repeats} repeat${spec.repeats === 1 ? '' : 's'}, ${spec.separable ? 'separable' : 'standard'} convs, ${backbone}`,
		''
	];
	if (preset && fpnStep(preset).illustration) {
		lines.push(`Note: (${preset}) is an illustration of the search's convergence, not a transcription of Fig. 7.`, '');
	}

	if (report.inputStageLevels.length > 0) {
		lines.push('Input stage (once, before the first repeat):');
		lines.push(
			renderTable(
				[
					{ title: 'level' },
					{ title: 'side', align: 'right' },
					{ title: 'made by' },
					{ title: 'params', align: 'right' },
					{ title: 'MACs', align: 'right' }
				],
				report.inputStageLevels.map((l) => [
					`P${l.level}`,
					String(l.side),
					l.source === 'pool'
						? `max pool 2 of P${l.level - 1}`
						: l.projected
							? `1×1 conv ${l.inChannels}→${D}${spec.separable ? ' (separable)' : ''} + BN`
							: `C${l.level} as is (${l.inChannels} = D)`,
					formatInt(l.params),
					formatInt(l.macs)
				])
			),
			''
		);
	}

	const repeatMacs = report.perRepeat.macs;
	lines.push(
		`One repeat (ReLU → 3×3 conv${spec.separable ? ' (separable)' : ''} → BN after every merge; share = of one repeat):`
	);
	const rows: Row[] = report.nodes.map((n) => [
		String(n.offset),
		`P${n.level}`,
		String(n.side),
		n.op,
		n.inputs.map((i) => describeInput(i, n.gateInput)).join(', '),
		n.extraInputs.map((e) => `+${e} (P${report.nodes[e].level})`).join(', '),
		n.isOutput ? `P${n.level} out` : n.dead ? 'dead' : '',
		formatInt(n.params),
		formatInt(n.macs),
		n.op === 'input' ? '' : formatShare(repeatMacs > 0 ? n.macs / repeatMacs : 0)
	]);
	lines.push(
		renderTable(
			[
				{ title: 'node' },
				{ title: 'level' },
				{ title: 'side', align: 'right' },
				{ title: 'op' },
				{ title: 'inputs (resampling)' },
				{ title: 'extra' },
				{ title: 'output' },
				{ title: 'params', align: 'right' },
				{ title: 'MACs', align: 'right' },
				{ title: 'share', align: 'right' }
			],
			rows
		),
		''
	);

	const share = (m: number) => formatShare(t.macs > 0 ? m / t.macs : 0);
	lines.push(
		renderTable(
			[
				{ title: '' },
				{ title: 'params', align: 'right' },
				{ title: 'MACs', align: 'right' },
				{ title: 'FLOPs (2×MACs)', align: 'right' },
				{ title: 'share', align: 'right' }
			],
			[
				[
					'input stage',
					formatInt(report.inputStage.params),
					formatInt(report.inputStage.macs),
					formatInt(report.inputStage.flops),
					share(report.inputStage.macs)
				],
				[
					'per repeat',
					formatInt(report.perRepeat.params),
					formatInt(report.perRepeat.macs),
					formatInt(report.perRepeat.flops),
					share(report.perRepeat.macs)
				],
				'rule',
				[
					`TOTAL (stage + ${spec.repeats} × repeat)`,
					formatInt(t.params),
					formatInt(t.macs),
					formatInt(t.flops),
					share(t.macs)
				]
			]
		),
		''
	);
	const e = t.elementwise;
	lines.push(
		`params:      ${formatInt(t.params)} (${formatCount(t.params)}) trainable; BN buffers ${formatInt(t.bnBuffers)}`,
		`MACs:        ${formatInt(t.macs)} (${formatCount(t.macs)}) multiply-accumulates of the convolutions`,
		`FLOPs:       ${formatInt(t.flops)} (${formatCount(t.flops)}) = 2 × MACs (the paper's "FLOPs")`,
		`weights:     ${formatBytes(t.weightBytes)} (${formatInt(t.weightBytes)} bytes, fp32 params + BN buffers)`,
		`elementwise: ${formatCount(e.adds)} adds, ${formatCount(e.multiplies)} multiplies, ${formatCount(e.sigmoids)} sigmoids, ` +
			`${formatCount(e.poolOutputs)} pool outputs, ${formatCount(e.upsampleOutputs)} upsample outputs (not in MACs)`,
		`outputs:     ${Object.entries(report.outputs)
			.map(([l, o]) => `P${l} = node ${o}`)
			.join(', ')}`
	);
	if (report.warnings.length === 0) lines.push('warnings:    none');
	else {
		lines.push(`warnings:    ${report.warnings.length}`);
		for (const w of report.warnings) lines.push(`  ${w.path}: ${w.message}`);
	}
	return lines.join('\n') + '\n';
}

/**
 * Runs the NAS-FPN stats. `argv` holds the options after `nasfpn` (or the flags left after `--spec file`);
 * `spec` is the parsed spec file when there is one; the options override its fields. Never throws.
 */
export function runNasfpnStats(argv: string[], spec?: unknown): CliResult {
	try {
		return run(argv, spec);
	} catch (e) {
		return { code: 2, stdout: '', stderr: `nasfpn: internal error: ${e instanceof Error ? e.message : String(e)}\n` };
	}
}

function run(argv: string[], spec?: unknown): CliResult {
	const { options, positionals, problems } = parseArgs(argv, OPTIONS);
	for (const p of positionals) problems.push({ field: p, message: 'unexpected argument' });
	if (options.has('help') && problems.length === 0) return { code: 0, stdout: NASFPN_USAGE, stderr: '' };

	const presetId = options.get('preset');
	const fromFile = spec !== undefined;
	checkPreset(presetId, fromFile, FPN_PRESET_IDS, problems);

	const overrides: Record<string, unknown> = numberOverrides(
		options,
		[
			['channels', 'channels'],
			['image-size', 'imageSize'],
			['repeats', 'repeats']
		],
		problems
	);
	if (options.has('separable')) overrides.separable = true;
	if (problems.length > 0) return fail(problems);

	let input: unknown = fromFile ? spec : fpnPreset(presetId as FpnPresetId);
	if (isRecord(input)) {
		input = { ...input, ...overrides };
		if (options.has('no-backbone')) delete (input as Record<string, unknown>).backboneChannels;
	}

	const checked = validateNasfpn(input);
	if (!checked.ok) {
		const errors = checked.issues.filter((i) => i.severity === 'error');
		return fail(errors.map((i) => ({ field: i.path, message: i.message })));
	}
	const report = costNasfpn(checked.value);
	const preset = fromFile ? undefined : (presetId as FpnPresetId);
	if (options.has('json')) {
		return {
			code: 0,
			stdout: JSON.stringify(nasfpnStatsJson(checked.value, report, preset), null, 2) + '\n',
			stderr: ''
		};
	}
	return { code: 0, stdout: nasfpnStatsText(checked.value, report, preset), stderr: '' };
}
