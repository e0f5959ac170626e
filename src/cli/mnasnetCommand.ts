// `stats mnasnet --preset <id> [--width-mult X] [--resolution R] [--json]`, and the MnasNet half of `stats --spec`.
import { formatBytes, formatCount, formatInt, formatShape, formatShare } from '../lib/arch/format';
import {
	analyzeMnasnet,
	MNAS_PRESET_IDS,
	MNAS_PRESETS,
	mnasPreset,
	rowKey,
	type MnasAnalysis
} from '../lib/arch/mnasnet/index';
import { checkPreset, numberOverrides, parseArgs, problemLines, type CliProblem } from './args';
import type { CliResult } from './result';
import { renderTable, type Row } from './table';

const OPTIONS = { preset: 'value', 'width-mult': 'value', resolution: 'value', json: 'flag', help: 'flag' } as const;

export const MNASNET_USAGE = `Usage:
  npm run -s stats -- mnasnet --preset <id> [--width-mult X] [--resolution R] [--json]
  npm run -s stats -- --spec file.json [--width-mult X] [--resolution R] [--json]
Presets: ${MNAS_PRESET_IDS.join(', ')}
Counts: params (trainable), MACs (conv + FC multiply-accumulates), FLOPs = 2 × MACs, fp32 bytes.
`;

function fail(problems: readonly CliProblem[]): CliResult {
	return { code: 2, stdout: '', stderr: problemLines(problems) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The JSON output: totals at the top level, then blocks and layers. */
function mnasnetStatsJson(a: MnasAnalysis, preset?: string): Record<string, unknown> {
	const { spec, report } = a;
	const t = report.total;
	return {
		kind: 'mnasnet',
		...(preset ? { preset } : {}),
		convention: spec.convention,
		widthMult: spec.widthMult,
		resolution: spec.resolution,
		numClasses: spec.numClasses,
		params: t.params,
		bnBuffers: t.bnBuffers,
		macs: t.macs,
		flops: t.flops,
		weightBytes: t.weightBytes,
		peakActivationBytes: t.peakActivationBytes,
		warnings: report.warnings.map((w) => ({ path: w.path, message: w.message })),
		// rows named by their key: stem, b0, b1…, head
		blocks: report.blocks.map(({ row, ...b }) => ({ block: rowKey(row), ...b })),
		layers: report.layers.map((l) => ({
			name: l.name,
			block: rowKey(l.row),
			op: l.op,
			inShape: l.inShape,
			outShape: l.outShape,
			params: l.params,
			bnBuffers: l.bnBuffers,
			macs: l.macs,
			activationElements: l.activationElements
		})),
		spec
	};
}

/** The readable report: per-layer table with block subtotals and a TOTAL row, then the totals lines. */
function mnasnetStatsText(a: MnasAnalysis, preset?: string): string {
	const { spec, report } = a;
	const t = report.total;
	const macs = t.macs;
	const rows: Row[] = [];
	const blockRows = new Map(report.blocks.map((b) => [rowKey(b.row), b]));
	const layers = report.layers;
	for (let i = 0; i < layers.length; i++) {
		const l = layers[i];
		rows.push([
			l.name,
			l.op,
			formatShape(l.inShape),
			formatShape(l.outShape),
			formatInt(l.params),
			formatInt(l.macs),
			formatShare(macs > 0 ? l.macs / macs : 0)
		]);
		// a subtotal after the last layer of a block with more than one layer
		const row = l.row;
		const key = rowKey(row);
		const next = layers[i + 1];
		const endsBlock = row.kind === 'block' && (!next || rowKey(next.row) !== key);
		const b = blockRows.get(key);
		if (endsBlock && b && spec.blocks[row.index].n > 1) {
			rows.push([
				`  Σ ${b.label}`,
				'',
				'',
				formatShape(b.outShape),
				formatInt(b.params),
				formatInt(b.macs),
				formatShare(b.macShare)
			]);
		}
	}
	rows.push('rule');
	rows.push([
		'TOTAL',
		'',
		formatShape(layers[0].inShape),
		formatShape(layers[layers.length - 1].outShape),
		formatInt(t.params),
		formatInt(macs),
		formatShare(1)
	]);

	const title = preset
		? `${MNAS_PRESETS[preset as keyof typeof MNAS_PRESETS]?.label ?? preset} (${preset})`
		: 'MnasNet spec';
	const lines = [
		`${title}: ${spec.convention} convention, widthMult ${spec.widthMult}, ${spec.resolution}×${spec.resolution} input, ${spec.numClasses} classes`,
		'',
		renderTable(
			[
				{ title: 'name' },
				{ title: 'op' },
				{ title: 'in', align: 'right' },
				{ title: 'out', align: 'right' },
				{ title: 'params', align: 'right' },
				{ title: 'MACs', align: 'right' },
				{ title: 'share', align: 'right' }
			],
			rows
		),
		'',
		`params:      ${formatInt(t.params)} (${formatCount(t.params)}) trainable; BN buffers ${formatInt(t.bnBuffers)}`,
		`MACs:        ${formatInt(macs)} (${formatCount(macs)}) multiply-accumulates of conv and FC layers`,
		`FLOPs:       ${formatInt(t.flops)} (${formatCount(t.flops)}) = 2 × MACs`,
		`weights:     ${formatBytes(t.weightBytes)} (${formatInt(t.weightBytes)} bytes, fp32 params + BN buffers)`,
		`peak memory: ${formatBytes(t.peakActivationBytes)} (${formatInt(t.peakActivationBytes)} bytes of live fp32 activations, batch 1)`
	];
	if (report.warnings.length === 0) lines.push('warnings:    none');
	else {
		lines.push(`warnings:    ${report.warnings.length}`);
		for (const w of report.warnings) lines.push(`  ${w.path}: ${w.message}`);
	}
	return lines.join('\n') + '\n';
}

/**
 * Runs the MnasNet stats. `argv` holds the options after the subcommand (and without `--spec file`); `spec` is
 * the parsed spec file when there is one. Never throws.
 */
export function runMnasnetStats(argv: string[], spec?: unknown): CliResult {
	const { options, positionals, problems } = parseArgs(argv, OPTIONS);
	for (const p of positionals) problems.push({ field: p, message: 'unexpected argument' });
	if (options.has('help') && problems.length === 0) return { code: 0, stdout: MNASNET_USAGE, stderr: '' };

	const presetId = options.get('preset');
	const fromFile = spec !== undefined;
	checkPreset(presetId, fromFile, MNAS_PRESET_IDS, problems);

	const overrides: Record<string, number> = numberOverrides(
		options,
		[
			['width-mult', 'widthMult'],
			['resolution', 'resolution']
		],
		problems
	);
	if (problems.length > 0) return fail(problems);

	let input: unknown = fromFile ? spec : mnasPreset(presetId as Parameters<typeof mnasPreset>[0]);
	if (Object.keys(overrides).length > 0 && isRecord(input)) input = { ...input, ...overrides };

	const analysis = analyzeMnasnet(input);
	if (!analysis.ok) {
		const errors = analysis.issues.filter((i) => i.severity === 'error');
		return fail(errors.map((i) => ({ field: i.path, message: i.message })));
	}
	const preset = fromFile ? undefined : presetId;
	if (options.has('json')) {
		return { code: 0, stdout: JSON.stringify(mnasnetStatsJson(analysis.value, preset), null, 2) + '\n', stderr: '' };
	}
	return { code: 0, stdout: mnasnetStatsText(analysis.value, preset), stderr: '' };
}
