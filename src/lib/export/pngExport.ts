// SVG → PNG with a canvas: the browser already rasterizes SVG, so no library is needed. The SVG is serialized at
// the target pixel size (width/height × scale, same viewBox), loaded as an <img> from a blob URL and drawn once:
// the vectors are rendered at 2×, not a 1× bitmap stretched, so text and thin lines stay sharp.
import { pageBackground, serializeSvg } from './svgExport';

/** Canvas limits that every current browser accepts (Chromium allows 32767 per side; memory is the real bound). */
export const MAX_CANVAS_SIDE = 16384;
export const MAX_CANVAS_AREA = 8192 * 8192;

/** The largest scale ≤ `wanted` whose canvas fits the limits. */
export function fitScale(width: number, height: number, wanted: number): number {
	const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
	const byArea = Math.sqrt(MAX_CANVAS_AREA / (width * height));
	return Math.min(wanted, bySide, byArea);
}

export interface PngResult {
	blob: Blob;
	width: number;
	height: number;
	/** the scale used: `wanted` unless the diagram was too large for a canvas */
	scale: number;
}

function loadImage(url: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const img = new Image();
		img.onload = () => resolve(img);
		img.onerror = () => reject(new Error('the browser could not draw this SVG'));
		img.src = url;
	});
}

export async function svgToPng(svg: SVGSVGElement, wanted = 2): Promise<PngResult> {
	const base = serializeSvg(svg, 1);
	const scale = fitScale(base.width, base.height, wanted);
	const width = Math.max(1, Math.round(base.width * scale));
	const height = Math.max(1, Math.round(base.height * scale));
	const { text } = serializeSvg(svg, scale);
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = await loadImage(url);
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2D canvas available');
		ctx.fillStyle = pageBackground(svg);
		ctx.fillRect(0, 0, width, height);
		ctx.drawImage(img, 0, 0, width, height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) throw new Error('the canvas could not be encoded as PNG');
		return { blob, width, height, scale };
	} finally {
		URL.revokeObjectURL(url);
	}
}
