// The distinct layer shapes a MnasNet uses: what an on-device latency table is keyed by. Two layers with the same
// shape run the same kernels on the same tensor sizes, so one measurement serves both (lookup-table latency models
// of hardware-aware NAS: Cai et al. 2019 ProxylessNAS §3.3, Wu et al. 2019 FBNet §3.2). Activation (relu/relu6)
// and padding convention are left out of the key: they do not change the kernels' work.
import type { MnasPlan, PlannedLayer } from '../mnasnet/plan';
import { planMnasnet } from '../mnasnet/resolve';
import { layerRow, type MnasRow } from '../mnasnet/rows';
import type { MnasnetSpec } from '../mnasnet/spec';

export type ShapeKind = 'stem' | 'conv' | 'sepconv' | 'mbconv' | 'head' | 'pool' | 'classifier';
export const SHAPE_KINDS: readonly ShapeKind[] = ['stem', 'conv', 'sepconv', 'mbconv', 'head', 'pool', 'classifier'];

/** One layer as the kernels see it. Inputs are square (MnasNet resolutions are). */
export interface LayerShape {
	kind: ShapeKind;
	/** input side H = W */
	size: number;
	cin: number;
	cout: number;
	/** kernel size (1 for head, pool, classifier) */
	k: number;
	/** stride (1 for head, pool, classifier) */
	s: number;
	/** width of the depthwise (mbconv, sepconv) or main (stem, conv, head) stage; cin for pool and classifier */
	hidden: number;
	/** mbconv: whether the 1×1 expand conv is built */
	expand: boolean;
	/** SE reduce width, 0 when there is no SE */
	se: number;
	/** residual add of the layer input */
	residual: boolean;
}

/** A layer of a planned network with its shape and the report row it counts in. */
export interface ShapedLayer {
	name: string;
	row: MnasRow;
	shape: LayerShape;
}

/** Output side of a layer: ceil(H / s), as planMnasnet sizes layers. */
export function outSide(shape: Pick<LayerShape, 'size' | 's'>): number {
	return Math.ceil(shape.size / shape.s);
}

/** The table key: every field, in a fixed order, e.g. `mbconv k3 s2 @112 16>24 h48 x1 se0 r0`. */
export function shapeKey(sh: LayerShape): string {
	return `${sh.kind} k${sh.k} s${sh.s} @${sh.size} ${sh.cin}>${sh.cout} h${sh.hidden} x${sh.expand ? 1 : 0} se${sh.se} r${sh.residual ? 1 : 0}`;
}

/** Multiply-adds of one shape, counted as costMnasnet counts them (convs and FC; no BN, pooling, SE multiply, add). */
export function shapeMacs(sh: LayerShape): number {
	const o = outSide(sh);
	const se = sh.se > 0 ? 2 * sh.hidden * sh.se : 0;
	switch (sh.kind) {
		case 'stem':
		case 'head':
			return o * o * sh.cout * sh.cin * sh.k * sh.k;
		case 'pool':
			return 0;
		case 'classifier':
			return sh.cin * sh.cout;
		case 'conv':
			return o * o * sh.cout * sh.cin * sh.k * sh.k + se;
		case 'sepconv':
		case 'mbconv': {
			const expand = sh.expand ? sh.size * sh.size * sh.cin * sh.hidden : 0;
			return expand + o * o * sh.hidden * sh.k * sh.k + se + o * o * sh.hidden * sh.cout;
		}
	}
}

function shapeOf(L: PlannedLayer): LayerShape {
	const [size, , cin] = L.inShape;
	const cout = L.outShape[2];
	switch (L.kind) {
		case 'stem':
			return { kind: 'stem', size, cin, cout, k: L.k, s: L.s, hidden: cout, expand: false, se: 0, residual: false };
		case 'head':
			return { kind: 'head', size, cin, cout, k: 1, s: 1, hidden: cout, expand: false, se: 0, residual: false };
		case 'pool':
			return { kind: 'pool', size, cin, cout, k: 1, s: 1, hidden: cin, expand: false, se: 0, residual: false };
		case 'classifier':
			return { kind: 'classifier', size, cin, cout, k: 1, s: 1, hidden: cin, expand: false, se: 0, residual: false };
		case 'block':
			return {
				kind: L.op,
				size,
				cin,
				cout,
				k: L.k,
				s: L.s,
				hidden: L.hidden,
				expand: L.hasExpand,
				se: L.seReduce,
				residual: L.residual
			};
	}
}

/** Every layer of a plan with its shape, in plan order. */
export function planShapes(plan: MnasPlan): ShapedLayer[] {
	return plan.layers.map((L) => ({
		name: L.name,
		row: layerRow(L),
		shape: shapeOf(L)
	}));
}

/** Every layer of a (valid) spec with its shape, in plan order. */
export function layerShapes(spec: MnasnetSpec): ShapedLayer[] {
	return planShapes(planMnasnet(spec));
}

/** The distinct shapes of one or more (valid) specs, in first-use order. */
export function distinctShapes(specs: readonly MnasnetSpec[]): LayerShape[] {
	const seen = new Map<string, LayerShape>();
	for (const spec of specs) {
		for (const { shape } of layerShapes(spec)) {
			const key = shapeKey(shape);
			if (!seen.has(key)) seen.set(key, shape);
		}
	}
	return [...seen.values()];
}
