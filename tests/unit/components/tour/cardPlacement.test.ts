import { describe, it, expect } from 'vitest';
import { cardBox, cardPlacement, overlapArea, type CardGeometry } from '$lib/components/tour/cardPlacement';

// a 640 × 230 card in a 1024 × 768 window, 12 px above the bottom or at 56 px (below the page bar)
const G: CardGeometry = { width: 640, height: 230, viewWidth: 1024, viewHeight: 768, bottomGap: 12, topY: 56 };
const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('overlapArea', () => {
	it.each([
		{ a: box(0, 0, 10, 10), b: box(5, 5, 20, 20), area: 25 },
		{ a: box(0, 0, 10, 10), b: box(10, 0, 20, 10), area: 0 },
		{ a: box(0, 0, 10, 10), b: box(20, 20, 30, 30), area: 0 }
	])('$area', ({ a, b, area }) => expect(overlapArea(a, b)).toBe(area));
});

describe('cardBox', () => {
	it('centres the card; bottom sits bottomGap above the window edge, top at topY', () => {
		expect(cardBox(G, 'bottom')).toEqual(box(192, 526, 832, 756));
		expect(cardBox(G, 'top')).toEqual(box(192, 56, 832, 286));
	});
});

describe('cardPlacement', () => {
	it.each([
		{ name: 'nothing to avoid', targets: [], placement: 'bottom' },
		{ name: 'a target near the top', targets: [box(100, 60, 900, 500)], placement: 'bottom' },
		{ name: 'a target in the bottom third', targets: [box(100, 600, 900, 700)], placement: 'top' },
		{ name: 'a target beside the card', targets: [box(850, 600, 1000, 700)], placement: 'bottom' },
		// covered either way: the placement that covers less (the top covers 30 px of it, the bottom 100)
		{ name: 'a tall target', targets: [box(100, 256, 900, 626)], placement: 'top' }
	] as const)('$name → $placement', ({ targets, placement }) => {
		expect(cardPlacement(targets, G)).toBe(placement);
	});
});
