import { describe, it, expect } from 'vitest';
import { mnasPreset, costMnasnet, validateMnasnet } from '../../../src/lib/arch/mnasnet';
import { fpnPreset } from '../../../src/lib/arch/nasfpn';
import { estimateMemory, DEFAULT_MEMORY_LIMIT_BYTES } from '../../../src/lib/tfjs/memoryEstimate';
import type { NetworkJob } from '../../../src/lib/tfjs/protocol';

describe('estimateMemory', () => {
	it('mnasnet layers: engine weight bytes + peak activations + the input image', () => {
		const spec = mnasPreset('lecture');
		const cost = costMnasnet(spec);
		const e = estimateMemory({ kind: 'mnasnet', spec }, 'layers');
		expect(e.weightBytes).toBe(cost.total.weightBytes);
		expect(e.activationBytes).toBe(cost.total.peakActivationBytes + 4 * 224 * 224 * 3);
		expect(e.totalBytes).toBe(e.weightBytes + e.activationBytes);
		expect(e.limitBytes).toBe(DEFAULT_MEMORY_LIMIT_BYTES);
		expect(e.ok).toBe(true);
	});

	it('folded adds the folded copy of the weights (params − one BN vector per BN layer)', () => {
		const spec = mnasPreset('mnasnet-a1');
		const cost = costMnasnet(spec);
		const l = estimateMemory({ kind: 'mnasnet', spec }, 'layers');
		const f = estimateMemory({ kind: 'mnasnet', spec }, 'folded');
		expect(f.weightBytes - l.weightBytes).toBe(4 * (cost.total.params - cost.total.bnBuffers / 2));
	});

	it('refuses a huge valid network at the default 1 GiB limit (mnasnet-d1, expansion 9, at 2048 px)', () => {
		const spec = { ...mnasPreset('mnasnet-d1'), resolution: 2048 };
		expect(validateMnasnet(spec).ok).toBe(true);
		const e = estimateMemory({ kind: 'mnasnet', spec }, 'folded');
		expect(e.totalBytes).toBeGreaterThan(2 ** 30);
		expect(e.ok).toBe(false);
	});

	it('nasfpn: f at 640 with 7 repeats fits, 4096 px with 2048 channels does not', () => {
		expect(estimateMemory({ kind: 'nasfpn', spec: fpnPreset('f') }, 'folded').ok).toBe(true);
		const big = fpnPreset('f', { imageSize: 4096, channels: 2048 });
		expect(estimateMemory({ kind: 'nasfpn', spec: big }, 'folded').ok).toBe(false);
	});

	it.each([
		['mnasnet lecture', { kind: 'mnasnet', spec: mnasPreset('lecture') }],
		['nasfpn f, one repeat', { kind: 'nasfpn', spec: fpnPreset('f', { repeats: 1 }) }]
	] as [string, NetworkJob][])('a pair (%s): weights of both variants add up, activations are one pass', (_, job) => {
		const l = estimateMemory(job, 'layers');
		const f = estimateMemory(job, 'folded');
		const both = estimateMemory(job, ['folded', 'layers']);
		expect(both.weightBytes).toBe(l.weightBytes + f.weightBytes);
		expect(both.activationBytes).toBe(Math.max(l.activationBytes, f.activationBytes));
		expect(estimateMemory(job, ['layers'])).toEqual(l);
	});

	it('takes a custom limit', () => {
		const e = estimateMemory({ kind: 'mnasnet', spec: mnasPreset('mnasnet-small') }, 'layers', 1000);
		expect(e.ok).toBe(false);
		expect(e.limitBytes).toBe(1000);
	});
});
