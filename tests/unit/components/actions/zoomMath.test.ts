import { describe, it, expect } from 'vitest';
import {
	ZOOM_EXTENT,
	allowsGesture,
	clampScale,
	constrainView,
	isIdentity,
	transformAttr,
	transformCss,
	wheelDelta,
	zoomKey,
	type Extent,
	type GestureInput,
	type ZoomCommand,
	type ZoomView
} from '$lib/components/actions/zoomMath';

describe('clampScale', () => {
	// ZOOM_EXTENT is [0.25, 4] (zoomMath.ts; the task asks for about that range)
	const cases: [number, number][] = [
		[1, 1],
		[0.1, 0.25],
		[0.25, 0.25],
		[4, 4],
		[9, 4],
		[1.5625, 1.5625], // 1.25² stays
		[Number.NaN, 1],
		[Number.POSITIVE_INFINITY, 1]
	];
	for (const [k, expected] of cases) {
		it(`clampScale(${k}) = ${expected}`, () => expect(clampScale(k)).toBe(expected));
	}
	it('clamps to ZOOM_EXTENT by default', () => expect([clampScale(1e-3), clampScale(1e3)]).toEqual(ZOOM_EXTENT));
});

describe('transformAttr / transformCss', () => {
	const cases: [ZoomView, string, string][] = [
		[{ k: 1, x: 0, y: 0 }, 'translate(0,0) scale(1)', 'translate(0px, 0px) scale(1)'],
		// 1.25 is one "Zoom in" step (ZOOM_STEP)
		[{ k: 1.25, x: -40, y: 12.5 }, 'translate(-40,12.5) scale(1.25)', 'translate(-40px, 12.5px) scale(1.25)'],
		// 1/1.25³ = 0.512; rounding to 4 decimals keeps attributes short
		[{ k: 0.512, x: 1 / 3, y: -0 }, 'translate(0.3333,0) scale(0.512)', 'translate(0.3333px, 0px) scale(0.512)'],
		[{ k: 2, x: -0.00001, y: 0 }, 'translate(0,0) scale(2)', 'translate(0px, 0px) scale(2)']
	];
	for (const [t, attr, css] of cases) {
		it(`transformAttr(${JSON.stringify(t)}) = ${attr}`, () => expect(transformAttr(t)).toBe(attr));
		it(`transformCss(${JSON.stringify(t)}) = ${css}`, () => expect(transformCss(t)).toBe(css));
	}
});

describe('isIdentity', () => {
	const cases: [ZoomView, boolean][] = [
		[{ k: 1, x: 0, y: 0 }, true],
		[{ k: 1 + 1e-9, x: 1e-9, y: 0 }, true],
		[{ k: 1.25, x: 0, y: 0 }, false],
		[{ k: 1, x: 3, y: 0 }, false],
		[{ k: 1, x: 0, y: -3 }, false]
	];
	for (const [t, expected] of cases) {
		it(`isIdentity(${JSON.stringify(t)}) = ${expected}`, () => expect(isIdentity(t)).toBe(expected));
	}
});

describe('allowsGesture', () => {
	// The page scrolls with the plain wheel and one finger (task: never hijack page scrolling); d3-zoom's default
	// filter drops Ctrl+click and non-primary buttons (d3-zoom 3 defaultFilter).
	const cases: [GestureInput, boolean][] = [
		[{ type: 'wheel' }, false],
		[{ type: 'wheel', ctrlKey: true }, true],
		[{ type: 'wheel', metaKey: true }, true],
		[{ type: 'wheel', ctrlKey: true, onControl: true }, true], // Ctrl + wheel over a box still zooms
		[{ type: 'mousedown', button: 0 }, true],
		[{ type: 'mousedown', button: 2 }, false],
		[{ type: 'mousedown', button: 0, ctrlKey: true }, false],
		[{ type: 'mousedown', button: 0, onControl: true }, false], // a box or edge handle drags itself
		[{ type: 'touchstart', touches: 1 }, false],
		[{ type: 'touchstart', touches: 2 }, true],
		[{ type: 'touchstart', touches: 2, onControl: true }, false],
		[{ type: 'dblclick', button: 0 }, true]
	];
	for (const [e, expected] of cases) {
		it(`allowsGesture(${JSON.stringify(e)}) = ${expected}`, () => expect(allowsGesture(e)).toBe(expected));
	}
});

describe('wheelDelta', () => {
	// d3-zoom 3 defaultWheelDelta: −deltaY × (0.05 lines | 1 pages | 0.002 px) × (10 with Ctrl); capped at ±0.5
	const cases: [{ deltaY: number; deltaMode: number; ctrlKey?: boolean }, number][] = [
		[{ deltaY: 3, deltaMode: 0, ctrlKey: true }, -0.06], // trackpad pinch out: −3 × 0.002 × 10
		[{ deltaY: -4, deltaMode: 0, ctrlKey: true }, 0.08], // pinch in: 4 × 0.002 × 10
		[{ deltaY: 100, deltaMode: 0, ctrlKey: true }, -0.5], // mouse notch with Ctrl: −2 capped
		[{ deltaY: -100, deltaMode: 0 }, 0.2], // ⌘ + mouse notch: 100 × 0.002
		[{ deltaY: 3, deltaMode: 1 }, -0.15], // 3 lines: −3 × 0.05
		[{ deltaY: 1, deltaMode: 2 }, -0.5], // one page: −1 capped
		[{ deltaY: Number.NaN, deltaMode: 0 }, 0]
	];
	for (const [e, expected] of cases) {
		it(`wheelDelta(${JSON.stringify(e)}) = ${expected}`, () => expect(wheelDelta(e)).toBeCloseTo(expected, 12));
	}
});

describe('zoomKey', () => {
	const cases: [{ key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }, ZoomCommand | null][] = [
		[{ key: '+' }, 'in'],
		[{ key: '=' }, 'in'], // + without Shift on a US keyboard
		[{ key: '-' }, 'out'],
		[{ key: '_' }, 'out'],
		[{ key: '0' }, 'reset'],
		[{ key: '+', ctrlKey: true }, null], // the browser's own zoom
		[{ key: '0', metaKey: true }, null],
		[{ key: '-', altKey: true }, null],
		[{ key: '1' }, null],
		[{ key: 'ArrowLeft' }, null]
	];
	for (const [e, expected] of cases) {
		it(`zoomKey(${JSON.stringify(e)}) = ${expected}`, () => expect(zoomKey(e)).toBe(expected));
	}
});

describe('constrainView', () => {
	// a 400 × 200 view; with margin 0.5 at most half the view (200 px wide, 100 px high) may be left empty beside the
	// picture, at every scale
	const view: Extent = [
		[0, 0],
		[400, 200]
	];
	const cases: [string, ZoomView, ZoomView][] = [
		['identity stays', { k: 1, x: 0, y: 0 }, { k: 1, x: 0, y: 0 }],
		['a small pan at 1× stays', { k: 1, x: 150, y: -80 }, { k: 1, x: 150, y: -80 }],
		// x 300 would leave 300 px empty on the left: back to 200; y −150 → −100
		['too far at 1× is pulled back', { k: 1, x: 300, y: -150 }, { k: 1, x: 200, y: -100 }],
		// at 2× the picture is 800 wide: x may go from −(800 − 400 + 200) = −600 to +200
		['2×, inside', { k: 2, x: -600, y: 0 }, { k: 2, x: -600, y: 0 }],
		['2×, past the right edge', { k: 2, x: -900, y: 0 }, { k: 2, x: -600, y: 0 }],
		// at 0.25× the picture is 100 × 50 px; at most 200 px (x) and 100 px (y) of the view may be empty beside it
		['0.25×, inside', { k: 0.25, x: 150, y: 75 }, { k: 0.25, x: 150, y: 75 }],
		// x 0 leaves 400 − 100 = 300 px empty on the right: moved right by 100; y 0 leaves 150 below: down by 50
		['0.25×, at the corner', { k: 0.25, x: 0, y: 0 }, { k: 0.25, x: 100, y: 50 }]
	];
	for (const [name, t, expected] of cases) {
		it(`constrainView: ${name}`, () => {
			const got = constrainView(t, view, 0.5);
			expect(got.k).toBe(expected.k);
			expect(got.x).toBeCloseTo(expected.x, 9);
			expect(got.y).toBeCloseTo(expected.y, 9);
		});
	}
});
