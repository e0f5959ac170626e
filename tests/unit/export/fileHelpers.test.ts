// fitScale (PNG canvas limits) and safeFileName (names from data-export attributes).
import { describe, it, expect } from 'vitest';
import { fitScale, MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from '$lib/export/pngExport';
import { safeFileName } from '$lib/export/download';

describe('fitScale', () => {
	it.each([
		// small diagrams get the full 2×
		[940, 302, 2, 2],
		[1, 1, 2, 2],
		// a 10000 px wide strip: the side limit (16384) gives 1.6384×
		[10_000, 200, 2, 1.6384],
		// a 6000×6000 diagram: the area limit (8192²) gives 8192/6000
		[6000, 6000, 2, 8192 / 6000]
	])('%d×%d at %d× → %d×', (w, h, wanted, expected) => {
		const s = fitScale(w, h, wanted);
		expect(s).toBeCloseTo(expected, 10);
		expect(w * s).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
		expect(h * s).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
		expect(w * s * h * s).toBeLessThanOrEqual(MAX_CANVAS_AREA * (1 + 1e-12));
	});
});

describe('safeFileName', () => {
	it.each([
		['mnasnet-diagram', 'mnasnet-diagram'],
		['nasfpn graph (step f)', 'nasfpn-graph-step-f'],
		['../../etc/passwd', 'etc-passwd'],
		['', 'export'],
		['한국어', 'export'],
		['a'.repeat(200), 'a'.repeat(80)]
	])('%j → %j', (name, expected) => {
		expect(safeFileName(name)).toBe(expected);
	});
});
