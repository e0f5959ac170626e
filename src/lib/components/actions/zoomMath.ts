// Pure arithmetic of diagram zoom and pan: limits, the transform as SVG/CSS text, which input gestures zoom,
// keyboard shortcuts and how far the picture may be panned. No DOM, no d3: the zoomPan action calls these.

export interface ZoomView {
	/** scale */
	k: number;
	/** translation in the diagram's px (user units), applied after the scale */
	x: number;
	y: number;
}

export type Extent = [[number, number], [number, number]];

export const IDENTITY: ZoomView = { k: 1, x: 0, y: 0 };
/** smallest and largest scale */
export const ZOOM_EXTENT: [number, number] = [0.25, 4];
/** one press of "Zoom in" multiplies the scale by this, "Zoom out" divides */
export const ZOOM_STEP = 1.25;
/** the picture may be panned this far (a fraction of the view) past each edge, so it cannot be lost */
const PAN_MARGIN = 0.5;
/** largest zoom change of one wheel event, in powers of 2 (a mouse notch with Ctrl would otherwise be 4×) */
const MAX_WHEEL_STEP = 0.5;

/** Keeps k inside ZOOM_EXTENT; anything not finite becomes 1. */
export function clampScale(k: number, extent: readonly [number, number] = ZOOM_EXTENT): number {
	if (!Number.isFinite(k)) return 1;
	return Math.min(extent[1], Math.max(extent[0], k));
}

/** Short, stable number text for attributes: at most 4 decimals, no "-0". */
function num(v: number): string {
	const r = Math.round(v * 10_000) / 10_000;
	return String(Object.is(r, -0) ? 0 : r);
}

/** The SVG transform attribute of the zoomed layer, e.g. `translate(-40,0) scale(1.25)`. */
export function transformAttr(t: ZoomView): string {
	return `translate(${num(t.x)},${num(t.y)}) scale(${num(t.k)})`;
}

/** The same transform for an HTML overlay (CSS needs units; transform-origin must be 0 0). */
export function transformCss(t: ZoomView): string {
	return `translate(${num(t.x)}px, ${num(t.y)}px) scale(${num(t.k)})`;
}

export function isIdentity(t: ZoomView, eps = 1e-6): boolean {
	return Math.abs(t.k - 1) < eps && Math.abs(t.x) < eps && Math.abs(t.y) < eps;
}

/** What one input event may do. The page scrolls with the plain wheel and with one finger, so those never zoom. */
export interface GestureInput {
	type: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	button?: number;
	/** fingers on the screen, for touch events */
	touches?: number;
	/** the event started on a control (a draggable box, an edge handle, a button) that owns the pointer */
	onControl?: boolean;
}

export function allowsGesture(e: GestureInput): boolean {
	if (e.type === 'wheel') return Boolean(e.ctrlKey || e.metaKey);
	if (e.onControl) return false;
	if (e.type.startsWith('touch')) return (e.touches ?? 0) >= 2;
	// mouse: primary button only; Ctrl+click opens the context menu on a Mac
	return !e.ctrlKey && !e.button;
}

/** Zoom change of a wheel event in powers of 2: d3's default (pinch sends Ctrl+wheel with small deltas), capped. */
export function wheelDelta(e: { deltaY: number; deltaMode: number; ctrlKey?: boolean }): number {
	const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
	const d = -e.deltaY * unit * (e.ctrlKey ? 10 : 1);
	if (!Number.isFinite(d)) return 0;
	return Math.max(-MAX_WHEEL_STEP, Math.min(MAX_WHEEL_STEP, d));
}

export type ZoomCommand = 'in' | 'out' | 'reset';

/** Keyboard shortcuts while the diagram has focus: + (or =) in, - out, 0 reset; never with Ctrl/⌘/Alt (browser zoom). */
export function zoomKey(e: {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}): ZoomCommand | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	if (e.key === '+' || e.key === '=') return 'in';
	if (e.key === '-' || e.key === '_' || e.key === '\u2212') return 'out';
	if (e.key === '0') return 'reset';
	return null;
}

/**
 * d3-zoom's default constraint, with a translate extent of the picture grown on every side by `margin` of the view
 * in screen px (so divided by k in the picture's units): at any scale at most that much of the view is left empty
 * beside the picture, so it can never be panned out of sight.
 */
export function constrainView(t: ZoomView, extent: Extent, margin = PAN_MARGIN): ZoomView {
	const [[ex0, ey0], [ex1, ey1]] = extent;
	const mw = ((ex1 - ex0) * margin) / t.k;
	const mh = ((ey1 - ey0) * margin) / t.k;
	const invX = (v: number) => (v - t.x) / t.k;
	const invY = (v: number) => (v - t.y) / t.k;
	const dx0 = invX(ex0) - (ex0 - mw);
	const dx1 = invX(ex1) - (ex1 + mw);
	const dy0 = invY(ey0) - (ey0 - mh);
	const dy1 = invY(ey1) - (ey1 + mh);
	const tx = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
	const ty = dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1);
	return { k: t.k, x: t.x + t.k * tx, y: t.y + t.k * ty };
}
