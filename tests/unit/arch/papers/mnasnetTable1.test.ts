import { describe, it, expect } from 'vitest';
import { MNASNET_TABLE1, PAPER_TARGET_MS } from '../../../../src/lib/arch/papers/mnasnetTable1';

const row = (model: string) => MNASNET_TABLE1.find((r) => r.model === model)!;

describe('MNASNET_TABLE1', () => {
	it('every row cites the paper’s Table 1 as its source', () => {
		for (const r of MNASNET_TABLE1) expect(r.source).toMatch(/MnasNet paper, §6\.1 Table 1/);
	});

	it('names are unique and every number is finite and positive', () => {
		expect(new Set(MNASNET_TABLE1.map((r) => r.model)).size).toBe(MNASNET_TABLE1.length);
		for (const r of MNASNET_TABLE1)
			for (const v of [r.paramsM, r.multAddsM, r.top1, r.latencyMs]) expect(v > 0 && Number.isFinite(v)).toBe(true);
	});

	// MnasNet §6.1 text: A1 reaches 75.2 % / 78 ms with 3.9M params and 312M multiply-adds
	it.each([
		['top1', 75.2],
		['latencyMs', 78],
		['paramsM', 3.9],
		['multAddsM', 312]
	] as const)('MnasNet-A1 %s is the value stated in the text of §6.1', (key, value) => {
		expect(row('MnasNet-A1')[key]).toBe(value);
	});

	// MnasNet §6.1 text: A1 is "1.8× faster than MobileNetV2 (1.4) … with 0.5% higher accuracy" and "2.3× faster than
	// the mobile-size NASNet-A … with 1.2% higher top-1 accuracy": the table's rows must agree with these claims.
	it.each([
		['MobileNetV2 (1.4)', 1.8, 0.5],
		['NASNet-A', 2.3, 1.2]
	])('the text’s comparison of MnasNet-A1 with %s holds on the rows', (model, speedup, gain) => {
		const a1 = row('MnasNet-A1');
		const other = row(model);
		expect(Math.abs(other.latencyMs / a1.latencyMs - speedup)).toBeLessThan(0.06);
		expect(a1.top1 - other.top1).toBeCloseTo(gain, 6);
	});

	// MnasNet §6.1: "our slightly larger MnasNet-A3 model achieves better accuracy than ResNet-50 [76.0 %]"
	it('MnasNet-A3 is the most accurate row and the MnasNet rows get slower as they get more accurate', () => {
		const mnas = MNASNET_TABLE1.filter((r) => r.model.startsWith('MnasNet'));
		expect(mnas.map((r) => r.model)).toEqual(['MnasNet-A1', 'MnasNet-A2', 'MnasNet-A3']);
		for (let i = 1; i < mnas.length; i++) {
			expect(mnas[i].top1).toBeGreaterThan(mnas[i - 1].top1);
			expect(mnas[i].latencyMs).toBeGreaterThan(mnas[i - 1].latencyMs);
		}
		expect(Math.max(...MNASNET_TABLE1.map((r) => r.top1))).toBe(row('MnasNet-A3').top1);
	});

	it('the search target is 75 ms (§6.1)', () => expect(PAPER_TARGET_MS).toBe(75));
});
