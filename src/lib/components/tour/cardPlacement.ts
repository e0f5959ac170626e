// Where the tour card goes: pinned to the bottom of the window unless it would cover what the step talks about,
// then under the page bar at the top. Pure geometry on client rectangles, so it is tested without a browser.

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export type Placement = 'bottom' | 'top';

export interface CardGeometry {
	/** the card's size (it does not depend on where it sits) */
	width: number;
	height: number;
	/** the window */
	viewWidth: number;
	viewHeight: number;
	/** the card's distance from the window's bottom edge when at the bottom */
	bottomGap: number;
	/** the card's top edge when at the top (below the sticky page bar) */
	topY: number;
}

/** Area of the intersection of two boxes (0 when they do not touch). */
export function overlapArea(a: Box, b: Box): number {
	const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
	const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return w > 0 && h > 0 ? w * h : 0;
}

/** The card's box at a placement: centred horizontally, as the card's CSS puts it. */
export function cardBox(g: CardGeometry, placement: Placement): Box {
	const left = (g.viewWidth - g.width) / 2;
	const top = placement === 'bottom' ? g.viewHeight - g.bottomGap - g.height : g.topY;
	return { left, top, right: left + g.width, bottom: top + g.height };
}

/** Bottom when the card covers none of the targets there; else whichever placement covers less of them. */
export function cardPlacement(targets: readonly Box[], g: CardGeometry): Placement {
	const covered = (p: Placement) => targets.reduce((sum, t) => sum + overlapArea(cardBox(g, p), t), 0);
	const bottom = covered('bottom');
	if (bottom === 0) return 'bottom';
	return covered('top') < bottom ? 'top' : 'bottom';
}
