// tf.layers names for the pieces of one planned layer or pyramid node: `<owner>__<part>`. The owner (a plan
// layer name such as `b3.1`, or `r0.n7` for a NAS-FPN node) is recovered from any layer name, so profiles and
// weight folding can find their way back to the engine's layers.

const SEP = '__';

export function partName(owner: string, part: string): string {
	return `${owner}${SEP}${part}`;
}

/** The owner of a layer named by `partName`, or null for layers we did not name (inputs). */
export function ownerOf(layerName: string): string | null {
	const i = layerName.indexOf(SEP);
	return i < 0 ? null : layerName.slice(0, i);
}
