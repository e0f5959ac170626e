// The Pareto front of a set of points when both coordinates are better smaller (x) and larger (y), or both smaller.

export interface FrontPoint {
	x: number;
	y: number;
}

/**
 * Indices of the points no other point dominates, sorted by x. `maximizeY`: a point dominates another when its x is
 * not larger and its y not smaller (e.g. latency against proxy); otherwise both are minimized (e.g. MACs against latency).
 */
export function paretoFront(points: readonly FrontPoint[], maximizeY: boolean): number[] {
	const order = points
		.map((p, i) => ({ p, i }))
		.filter(({ p }) => Number.isFinite(p.x) && Number.isFinite(p.y))
		.sort((a, b) => a.p.x - b.p.x || (maximizeY ? b.p.y - a.p.y : a.p.y - b.p.y));
	const front: number[] = [];
	let best = maximizeY ? -Infinity : Infinity;
	for (const { p, i } of order) {
		if (maximizeY ? p.y > best : p.y < best) {
			front.push(i);
			best = p.y;
		}
	}
	return front;
}
