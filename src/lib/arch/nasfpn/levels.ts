// The pyramid's levels and the node numbering every NAS-FPN graph shares: nodes 0 … levelCount−1 are the input
// levels P_min … P_max, then one node per cell. The rule that keeps the graph acyclic, "a cell reads only earlier
// nodes", is readOrder below; validation, the search space, the editor and the drag all ask it.
import type { NasfpnSpec } from './spec';

type Pyramid = Pick<NasfpnSpec, 'minLevel' | 'maxLevel'>;

/** Number of pyramid levels P_min … P_max, which is also the number of input nodes. */
export function levelCount(spec: Pyramid): number {
	return spec.maxLevel - spec.minLevel + 1;
}

/** The levels P_min … P_max in order. */
export function pyramidLevels(spec: Pyramid): number[] {
	return Array.from({ length: levelCount(spec) }, (_, i) => spec.minLevel + i);
}

/** Node offset of cell `cell` (0-based). */
export function cellOffset(spec: Pyramid, cell: number): number {
	return levelCount(spec) + cell;
}

/** Where node `src` stands for the node at offset `reader`: only an `earlier` node may be read (the reader's own
 * node or a later one would make a cycle). */
export function nodeReadOrder(reader: number, src: number): 'earlier' | 'self' | 'later' {
	return src < reader ? 'earlier' : src === reader ? 'self' : 'later';
}

/** Where node `src` stands for cell `cell` (nodeReadOrder at the cell's node). */
export function readOrder(spec: Pyramid, cell: number, src: number): 'earlier' | 'self' | 'later' {
	return nodeReadOrder(cellOffset(spec, cell), src);
}
