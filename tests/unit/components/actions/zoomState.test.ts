import { describe, it, expect } from 'vitest';
import { ZoomState, type ZoomControls } from '$lib/components/actions/zoomState.svelte';

describe('ZoomState.apply', () => {
	const cases: [
		{ k: number; x: number; y: number },
		{ k: number; x: number; y: number; attr: string; percent: number }
	][] = [
		// one "Zoom in" step is ×1.25 (ZOOM_STEP in zoomMath.ts)
		[
			{ k: 1.25, x: -50, y: -10 },
			{ k: 1.25, x: -50, y: -10, attr: 'translate(-50,-10) scale(1.25)', percent: 125 }
		],
		// the scale is clamped to ZOOM_EXTENT [0.25, 4]
		[
			{ k: 10, x: 0, y: 0 },
			{ k: 4, x: 0, y: 0, attr: 'translate(0,0) scale(4)', percent: 400 }
		],
		// garbage never reaches the SVG attribute
		[
			{ k: Number.NaN, x: Number.NaN, y: Number.POSITIVE_INFINITY },
			{ k: 1, x: 0, y: 0, attr: 'translate(0,0) scale(1)', percent: 100 }
		]
	];
	for (const [input, expected] of cases) {
		it(`apply(${JSON.stringify(input)})`, () => {
			const z = new ZoomState();
			z.apply(input);
			expect({ k: z.k, x: z.x, y: z.y }).toEqual({ k: expected.k, x: expected.x, y: expected.y });
			expect(z.attr).toBe(expected.attr);
			expect(z.percent).toBe(expected.percent);
		});
	}
});

describe('ZoomState.zoomIn / zoomOut / reset', () => {
	it('without a connected diagram they change the numbers directly', () => {
		const z = new ZoomState();
		expect(z.zoomed).toBe(false);
		z.zoomIn();
		expect(z.k).toBeCloseTo(1.25, 12); // ZOOM_STEP
		expect(z.zoomed).toBe(true);
		z.zoomOut();
		z.zoomOut();
		expect(z.k).toBeCloseTo(0.8, 12); // 1 / 1.25
		z.reset();
		expect(z.attr).toBe('translate(0,0) scale(1)');
		expect(z.zoomed).toBe(false);
	});

	it('canZoomIn / canZoomOut turn off at the scale limits 4 and 0.25', () => {
		const z = new ZoomState();
		z.apply({ k: 4, x: 0, y: 0 });
		expect([z.canZoomIn, z.canZoomOut]).toEqual([false, true]);
		z.apply({ k: 0.25, x: 0, y: 0 });
		expect([z.canZoomIn, z.canZoomOut]).toEqual([true, false]);
	});

	it('with a connected diagram they go through its controls (d3 animates and reports back)', () => {
		const z = new ZoomState();
		const calls: string[] = [];
		const controls: ZoomControls = {
			scaleBy: (f) => calls.push(`scaleBy ${f}`),
			reset: () => calls.push('reset')
		};
		const disconnect = z.connect(controls);
		z.run('in');
		z.run('out');
		z.run('reset');
		expect(calls).toEqual(['scaleBy 1.25', 'scaleBy 0.8', 'reset']);
		// the numbers wait for d3's zoom event
		expect(z.k).toBe(1);
		disconnect();
		z.zoomIn();
		expect(calls).toHaveLength(3);
		expect(z.k).toBeCloseTo(1.25, 12);
	});
});
