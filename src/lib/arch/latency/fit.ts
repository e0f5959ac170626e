// A line ms = a + b·x through measured (x, ms) points, fitted for relative error: minimises Σ((a + b·x − ms)/ms)²,
// so small layers weigh as much as large ones (a latency model is judged by its relative error). a and b are kept
// non-negative (a negative intercept would predict negative time for small layers).

export interface LineFit {
	a: number;
	b: number;
}

export function fitLine(points: readonly { x: number; ms: number }[]): LineFit | null {
	const pts = points.filter((p) => p.ms > 0 && p.x >= 0 && Number.isFinite(p.ms) && Number.isFinite(p.x));
	if (pts.length === 0) return null;
	let sw = 0;
	let swx = 0;
	let swxx = 0;
	let swy = 0;
	let swxy = 0;
	for (const { x, ms } of pts) {
		const w = 1 / (ms * ms);
		sw += w;
		swx += w * x;
		swxx += w * x * x;
		swy += w * ms;
		swxy += w * x * ms;
	}
	const det = sw * swxx - swx * swx;
	// one distinct x (or one point): no slope can be told from it; a line through the origin keeps ms ∝ x
	if (pts.length < 2 || !(Math.abs(det) > 1e-12 * sw * swxx)) {
		return swxx > 0 ? { a: 0, b: swxy / swxx } : { a: swy / sw, b: 0 };
	}
	let a = (swxx * swy - swx * swxy) / det;
	let b = (sw * swxy - swx * swy) / det;
	if (a < 0) {
		a = 0;
		b = swxx > 0 ? swxy / swxx : 0;
	}
	if (b < 0) {
		b = 0;
		a = swy / sw;
	}
	return { a, b };
}

export function evalLine(f: LineFit, x: number): number {
	return f.a + f.b * x;
}
