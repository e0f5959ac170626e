import { describe, it, expect } from 'vitest';
import { costMnasnet, mnasPreset, planMnasnet } from '$lib/arch/mnasnet';
import { layoutBars, layoutFeatureStrip } from '$lib/components/mnasnet/chartLayout';
import { layoutDiagram } from '$lib/components/mnasnet/diagramLayout';

const spec = mnasPreset('lecture');
const report = costMnasnet(spec);
const diagram = layoutDiagram(spec, planMnasnet(spec), report);

describe('layoutBars', () => {
	for (const metric of ['macs', 'params'] as const) {
		it(`layoutBars(…, '${metric}') draws one bar per report layer, inside its box's slot`, () => {
			const chart = layoutBars(diagram, report, metric);
			expect(chart.bars.map((b) => b.layer)).toEqual(report.layers.map((_, i) => i));
			for (const bar of chart.bars) {
				const slot = diagram.slots.find((s) => s.key === bar.slotKey)!;
				expect(bar.x).toBeGreaterThanOrEqual(slot.x);
				expect(bar.x + bar.w).toBeLessThanOrEqual(slot.x + diagram.slotWidth);
				expect(bar.value).toBe(report.layers[bar.layer][metric]);
				expect(bar.y + bar.h).toBeCloseTo(chart.baseY, 9);
			}
		});
	}

	it('scales bar heights linearly with the value (the largest layer is the tallest)', () => {
		const chart = layoutBars(diagram, report, 'macs');
		const top = chart.bars.reduce((a, b) => (b.value > a.value ? b : a));
		expect(top.value).toBe(chart.max);
		const other = chart.bars.find((b) => b.value > 0 && b.value < chart.max / 2)!;
		expect(other.h / top.h).toBeCloseTo(other.value / top.value, 6);
	});

	it('groups the repeated layers of a block in its slot: lecture block 5 (b5, ×4) gets 4 bars', () => {
		// the lecture code, AnjieCheng/MnasNet-PyTorch MnasNet.py settings: [6, 192, 4, 2, 5] is the 6th block (index 5) with n = 4
		expect(layoutBars(diagram, report, 'macs').bars.filter((b) => b.slotKey === 'b5')).toHaveLength(4);
	});
});

describe('layoutFeatureStrip', () => {
	it('gives each stage a square whose side is proportional to H (112 is twice 56)', () => {
		const strip = layoutFeatureStrip(diagram, 56);
		const side = Object.fromEntries(strip.cells.map((c) => [c.slotKey, c.side]));
		expect(side.input).toBe(56); // 224, the largest
		expect(side.stem).toBeCloseTo(28, 9); // 112
		expect(side.b1).toBeCloseTo(14, 9); // 56
		expect(strip.cells.map((c) => c.cx)).toEqual(diagram.slots.map((s) => s.cx));
	});
});
