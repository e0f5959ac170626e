// A diagram as a standalone SVG file: the page's CSS does not travel with it, so the computed styles that matter
// for drawing are inlined; xmlns, width, height and viewBox are set so any viewer shows the whole diagram at its
// own size, even when the page shows it scaled down, scrolled or zoomed (a zoomable diagram draws everything in
// one `[data-zoom-layer]` group; the file drops that group's transform and measures its content unzoomed).

import { PALETTE } from '$lib/styles/palette';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Inherited in SVG: written on an element only where it differs from the parent's computed value. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'paint-order',
	'marker-start',
	'marker-mid',
	'marker-end',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'color',
	'shape-rendering',
	'white-space'
] as const;

/** Not inherited: written when different from the initial value. */
const NOT_INHERITED: Record<string, string> = {
	opacity: '1',
	'stop-color': 'rgb(0, 0, 0)',
	'stop-opacity': '1',
	'text-decoration-line': 'none',
	'mix-blend-mode': 'normal'
};

/** Written on every text element, whatever the parent says (some viewers do not inherit them). */
const TEXT_ALWAYS = ['font-family', 'font-size', 'text-anchor', 'dominant-baseline'];
const TEXT_TAGS = new Set(['text', 'tspan', 'textPath']);

export interface SvgBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface SerializedSvg {
	text: string;
	/** intrinsic size in CSS px (the viewBox size, rounded up) */
	width: number;
	height: number;
}

/** `url("http://host/page#arrow")` → `url(#arrow)`: references must stay inside the file. */
function localUrl(value: string): string {
	return value.replace(/url\(\s*["']?[^"')]*?(#[^"')]+)["']?\s*\)/g, 'url($1)');
}

/** Paint attributes that may name a colour token, `fill="var(--series-blue)"`. */
const PAINT_ATTRIBUTES = ['fill', 'stroke', 'stop-color', 'flood-color', 'lighting-color', 'color'];

/**
 * The page's colours are custom properties declared in its stylesheet, which a file opened alone does not have:
 * every var() reference left in an attribute or inline style becomes the colour the page computed.
 */
function resolveTokens(target: SVGElement, cs: CSSStyleDeclaration): void {
	for (const name of PAINT_ATTRIBUTES) {
		const value = target.getAttribute(name);
		if (value?.includes('var(')) target.setAttribute(name, localUrl(cs.getPropertyValue(name)));
	}
	for (let i = target.style.length - 1; i >= 0; i--) {
		const prop = target.style.item(i);
		if (!target.style.getPropertyValue(prop).includes('var(')) continue;
		if (prop.startsWith('--')) target.style.removeProperty(prop);
		else target.style.setProperty(prop, localUrl(cs.getPropertyValue(prop)));
	}
}

function copyStyles(source: Element, target: Element, parentStyle: CSSStyleDeclaration | null): void {
	if (!(target instanceof SVGElement)) return;
	const cs = getComputedStyle(source);
	resolveTokens(target, cs);
	const isText = TEXT_TAGS.has(source.localName);
	if (cs.display === 'none') {
		target.style.setProperty('display', 'none');
		return;
	}
	for (const prop of INHERITED) {
		const value = cs.getPropertyValue(prop);
		if (value === '') continue;
		const same = parentStyle !== null && parentStyle.getPropertyValue(prop) === value;
		if (same && !(isText && TEXT_ALWAYS.includes(prop))) continue;
		target.style.setProperty(prop, localUrl(value));
	}
	for (const [prop, initial] of Object.entries(NOT_INHERITED)) {
		const value = cs.getPropertyValue(prop);
		if (value !== '' && value !== initial) target.style.setProperty(prop, value);
	}
	const sourceChildren = source.children;
	const targetChildren = target.children;
	for (let i = 0; i < sourceChildren.length && i < targetChildren.length; i++) {
		copyStyles(sourceChildren[i], targetChildren[i], cs);
	}
}

/** The area to export: the viewBox (or the drawn size), grown to include any content drawn outside it. */
function exportBox(svg: SVGSVGElement): SvgBox {
	const vb = svg.viewBox?.baseVal;
	let box: SvgBox;
	if (vb && vb.width > 0 && vb.height > 0) box = { x: vb.x, y: vb.y, width: vb.width, height: vb.height };
	else {
		const rect = svg.getBoundingClientRect();
		box = { x: 0, y: 0, width: rect.width, height: rect.height };
	}
	try {
		// the zoom layer's own bbox is in its untransformed coordinates: the whole diagram, not the zoomed view
		const layer = svg.querySelector('[data-zoom-layer]');
		const content = layer instanceof SVGGraphicsElement ? layer.getBBox() : svg.getBBox();
		if (content.width > 0 && content.height > 0) {
			const x0 = Math.min(box.x, content.x);
			const y0 = Math.min(box.y, content.y);
			const x1 = Math.max(box.x + box.width, content.x + content.width);
			const y1 = Math.max(box.y + box.height, content.y + content.height);
			box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
		}
	} catch {
		// getBBox throws for an svg that is not rendered; the viewBox alone will do.
	}
	return box;
}

/**
 * Serialize `svg` as a standalone file. `scale` multiplies width and height (not the viewBox), so a PNG drawn
 * from it is rasterized at that size from the vectors rather than blown up from pixels.
 */
export function serializeSvg(svg: SVGSVGElement, scale = 1): SerializedSvg {
	const box = exportBox(svg);
	const width = Math.max(1, Math.ceil(box.width));
	const height = Math.max(1, Math.ceil(box.height));
	const clone = svg.cloneNode(true) as SVGSVGElement;
	// styles first: copyStyles pairs source and clone children by position
	copyStyles(svg, clone, null);
	// UI-only parts (drag handles, focus rings) carry data-export-skip
	clone.querySelectorAll('script, [data-export-skip]').forEach((el) => el.remove());
	clone.querySelectorAll('[data-zoom-layer]').forEach((el) => el.removeAttribute('transform'));
	// The page may size the svg with CSS (width: 100%); the file uses its own attributes.
	for (const prop of ['width', 'height', 'max-width', 'max-height', 'min-width', 'min-height', 'display'])
		clone.style.removeProperty(prop);
	clone.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
	clone.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
	clone.setAttribute('version', '1.1');
	clone.setAttribute('viewBox', `${box.x} ${box.y} ${width} ${height}`);
	clone.setAttribute('width', String(width * scale));
	clone.setAttribute('height', String(height * scale));
	const text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone) + '\n';
	return { text, width, height };
}

/** The page's background, for PNGs (an SVG stays transparent). */
export function pageBackground(el: Element): string {
	for (let node: Element | null = el; node; node = node.parentElement) {
		const bg = getComputedStyle(node).backgroundColor;
		if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
	}
	return PALETTE.card;
}
