// The resolved network: every layer with its real channel counts and shapes, after the convention's rules.
// The cost model, the tfjs builders and the PyTorch exporter all read this one structure, so they cannot disagree.
import type { Convention, MnasOp } from './spec';

/** [H, W, C] */
export type Shape3 = [number, number, number];

export type Activation = 'relu' | 'relu6';

/** One layer as built. Block layers carry their 0-based block index; `layerRow` (rows.ts) names the row of any layer. */
export type PlannedLayer =
	| {
			kind: 'stem';
			name: string;
			inShape: Shape3;
			outShape: Shape3;
			k: number;
			s: number;
	  }
	| {
			kind: 'block';
			name: string;
			/** 0-based block index */
			block: number;
			/** 0-based repeat index inside the block */
			repeat: number;
			op: MnasOp;
			inShape: Shape3;
			outShape: Shape3;
			k: number;
			s: number;
			/** width of the depthwise (mbconv, sepconv) or main (conv) stage */
			hidden: number;
			/** mbconv: whether the 1×1 expand conv is built (lecture builds it even when t = 1) */
			hasExpand: boolean;
			/** SE reduce width, 0 when there is no SE */
			seReduce: number;
			/** residual add of the layer input */
			residual: boolean;
	  }
	| { kind: 'head'; name: string; inShape: Shape3; outShape: Shape3 }
	| { kind: 'pool'; name: string; inShape: Shape3; outShape: Shape3 }
	| { kind: 'classifier'; name: string; inShape: Shape3; outShape: Shape3; dropout: number };

export interface MnasPlan {
	convention: Convention;
	activation: Activation;
	resolution: number;
	numClasses: number;
	/** BatchNorm epsilon of the reference implementation (lecture: PyTorch 1e-5, tf: 1e-3) */
	bnEpsilon: number;
	layers: PlannedLayer[];
}
