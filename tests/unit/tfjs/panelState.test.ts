// The latency panel's pure helpers: typed fields, preset matching (published accuracy only for the exact preset),
// run summaries, profile labels, and kernel MACs from shapes.
import { describe, it, expect } from 'vitest';
import { mnasPreset, MNAS_PRESETS, costMnasnet } from '../../../src/lib/arch/mnasnet';
import { fpnPreset, costNasfpn } from '../../../src/lib/arch/nasfpn';
import {
	LatencyPanelState,
	matchMnasPreset,
	networkSummary,
	profileLabels,
	engineParams,
	foldingSpeedup,
	otherVariant,
	isSoftwareRenderer
} from '../../../src/lib/components/latency/panelState.svelte';
import type { RunResult, Variant } from '../../../src/lib/tfjs/protocol';
import { latencyText } from '../../../src/lib/components/latency/text';
import { kernelMacs } from '../../../src/lib/tfjs/profile';

describe('LatencyPanelState fields', () => {
	it.each([
		['30', 30],
		[' 7 ', 7],
		['0', null],
		['1001', null],
		['3.5', null],
		['', null],
		['1e2', 100], // the page's one grammar: an exponent is a number in every box
		['-3', null]
	])('runs.input(%j) → current %j (bounds 1…1000)', (text, expected) => {
		const panel = new LatencyPanelState();
		panel.runs.input(text);
		expect(panel.runs.current).toBe(expected);
		expect(panel.settingsValid).toBe(expected !== null);
	});

	it.each([
		['75.2', 75.2],
		['75,2', null], // a decimal comma is refused with a hint, as in every box
		['.5', 0.5],
		['0', null], // target must be > 0
		['abc', null],
		['NaN', null],
		['Infinity', null],
		['100001', null]
	])('target.input(%j) → current %j (0 exclusive … 100000)', (text, expected) => {
		const panel = new LatencyPanelState();
		panel.target.input(text);
		expect(panel.target.current).toBe(expected);
	});

	it('prefills the accuracy of an exact preset, replacing what was typed against the old value', () => {
		const panel = new LatencyPanelState();
		panel.accuracy.input('abc');
		panel.syncAccuracy({ kind: 'mnasnet', spec: mnasPreset('mnasnet-a1') });
		// 75.2 % top-1 (Tan et al., MnasNet, CVPR 2019, Table 1)
		expect(panel.accuracy.text()).toBe('75.2');
		expect(panel.accuracy.invalid).toBe(false);
	});
});

describe('matchMnasPreset', () => {
	it('recognises every preset exactly as published', () => {
		for (const id of Object.keys(MNAS_PRESETS) as (keyof typeof MNAS_PRESETS)[])
			expect(matchMnasPreset(mnasPreset(id))).toBe(id);
	});

	it.each([
		['resolution 192', { resolution: 192 }],
		['width 0.75', { widthMult: 0.75 }],
		['10 classes', { numClasses: 10 }]
	])('an edit (%s) is no longer the preset', (_n, edit) => {
		expect(matchMnasPreset({ ...mnasPreset('mnasnet-a1'), ...edit })).toBeNull();
	});

	it('a block edit is no longer the preset', () => {
		const s = mnasPreset('mnasnet-a1');
		s.blocks[2].k = 3;
		expect(matchMnasPreset(s)).toBeNull();
	});
});

describe('networkSummary', () => {
	const t = latencyText.en;
	it('names the preset, or says edited', () => {
		expect(networkSummary({ kind: 'mnasnet', spec: mnasPreset('lecture') }, t)).toBe('lecture, w 1, 224 px');
		expect(networkSummary({ kind: 'mnasnet', spec: { ...mnasPreset('mnasnet-a1'), widthMult: 0.5 } }, t)).toBe(
			'edited (tf), w 0.5, 224 px, 7 blocks'
		);
	});

	it('summarises a pyramid', () => {
		expect(networkSummary({ kind: 'nasfpn', spec: fpnPreset('f', { separable: true }) }, t)).toBe(
			'NAS-FPN 7 cells × 7, D 256, 640 px, separable'
		);
	});
});

describe('profileLabels / engineParams', () => {
	it('labels every plan layer of a MnasNet job, with op, kernel and SE', () => {
		const labels = profileLabels({ kind: 'mnasnet', spec: mnasPreset('mnasnet-a1') });
		expect(labels.stem).toBe('stem');
		expect(labels['b2.0']).toBe('b2.0 · mbconv k5 SE');
		expect(labels['b1.0']).toBe('b1.0 · mbconv k3');
	});

	it('labels pyramid nodes per repeat and the input stage', () => {
		const labels = profileLabels({ kind: 'nasfpn', spec: fpnPreset('f', { repeats: 2 }) });
		// tensorflow/tpu detection/modeling/architecture/nasfpn.py: n7 is the P3 output (sum), n9 the P5 output (gp)
		expect(labels['r0.n7']).toBe('r1 · n7 P3 sum');
		expect(labels['r1.n9']).toBe('r2 · n9 P5 gp');
		expect(labels['in.p6']).toBe('input P6');
	});

	it('gives the engine totals', () => {
		expect(engineParams({ kind: 'mnasnet', spec: mnasPreset('lecture') })).toBe(
			costMnasnet(mnasPreset('lecture')).total.params
		);
		expect(engineParams({ kind: 'nasfpn', spec: fpnPreset('a') })).toBe(costNasfpn(fpnPreset('a')).total.params);
	});
});

describe('kernelMacs', () => {
	// MACs convention (torchvision weights meta: its GFLOPS are GMACs): H_out·W_out·C_out·(C_in/groups)·k²; matMul M·K·N
	it.each([
		[
			'FusedConv2D',
			[
				[1, 56, 56, 24],
				[1, 1, 24, 144]
			],
			[[1, 56, 56, 144]],
			56 * 56 * 144 * 24
		],
		[
			'Conv2D',
			[
				[1, 224, 224, 3],
				[3, 3, 3, 32]
			],
			[[1, 112, 112, 32]],
			112 * 112 * 32 * 27
		],
		[
			'FusedDepthwiseConv2D',
			[
				[1, 56, 56, 144],
				[5, 5, 144, 1]
			],
			[[1, 28, 28, 144]],
			28 * 28 * 144 * 25
		],
		[
			'DepthwiseConv2dNative',
			[
				[1, 14, 14, 480],
				[3, 3, 480, 1]
			],
			[[1, 14, 14, 480]],
			14 * 14 * 480 * 9
		],
		[
			'_FusedMatMul',
			[
				[1, 1, 1280],
				[1, 1280, 1000]
			],
			[[1, 1, 1000]],
			1280 * 1000
		],
		[
			'BatchMatMul',
			[
				[1, 2, 8],
				[1, 8, 4]
			],
			[[1, 2, 4]],
			2 * 8 * 4
		],
		[
			'Add',
			[
				[1, 4, 4, 8],
				[1, 4, 4, 8]
			],
			[[1, 4, 4, 8]],
			0
		],
		['FusedConv2D', [[1, 4, 4, 8]], [[1, 4, 4, 8]], 0]
	])('%s %j → %d', (name, inputShapes, outputShapes, expected) => {
		expect(kernelMacs({ name, inputShapes, outputShapes })).toBe(expected);
	});
});

function stats(median: number) {
	return { n: 1, median, p10: median, p90: median, min: median, max: median, mean: median };
}

function paired(variant: Variant, median: number, other: number | null): RunResult {
	return {
		backend: {
			backend: 'wasm',
			requested: 'wasm',
			wasmBinary: null,
			simd: true,
			threads: 1,
			crossOriginIsolated: false,
			hardwareConcurrency: 2
		},
		variant,
		params: 1,
		macs: 1,
		buildMs: 1,
		firstMs: 1,
		warmups: 0,
		times: [median],
		stats: stats(median),
		profile: null,
		tensorsBefore: 0,
		tensorsAfter: 0,
		tfjsVersion: '4.22.0',
		paired:
			other === null
				? null
				: { variant: otherVariant(variant), buildMs: 1, firstMs: 1, times: [other], stats: stats(other) },
		budgetHit: false,
		profileSkipped: false
	};
}

describe('foldingSpeedup', () => {
	it.each([
		// [variant run first, its median, the paired median, layers median / folded median]
		['folded', 40, 80, 2],
		['layers', 80, 40, 2],
		['folded', 50, 45, 0.9],
		['layers', 30, 60, 0.5]
	] as [Variant, number, number, number][])('%s %d ms paired with %d ms → %d×', (variant, median, other, expected) => {
		expect(foldingSpeedup(paired(variant, median, other))).toBeCloseTo(expected, 12);
	});

	it('is null for an unpaired run', () => {
		expect(foldingSpeedup(paired('folded', 40, null))).toBeNull();
	});
});

describe('otherVariant', () => {
	it.each([
		['folded', 'layers'],
		['layers', 'folded']
	] as [Variant, Variant][])('%s → %s', (v, expected) => {
		expect(otherVariant(v)).toBe(expected);
	});
});

describe('isSoftwareRenderer', () => {
	it.each([
		['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', true],
		['Google SwiftShader', true],
		['llvmpipe (LLVM 15.0.6, 256 bits)', true],
		['ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)', false],
		['Apple M1', false],
		[null, false]
	] as const)('%s → %s', (renderer, expected) => {
		expect(isSoftwareRenderer(renderer)).toBe(expected);
	});
});
