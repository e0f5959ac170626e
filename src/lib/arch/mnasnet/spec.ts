// The MnasNet spec: one JSON shape shared by the page, the URL, spec files and the CLI.

/** MnasNet search-space ConvOps. `conv`: k×k conv+BN+act. `sepconv`: depthwise k×k+BN+act, 1×1+BN.
 * `mbconv`: 1×1 expand by t+BN+act, depthwise k×k+BN+act, optional SE, 1×1 project+BN. */
export type MnasOp = 'conv' | 'sepconv' | 'mbconv';
export const MNAS_OPS: readonly MnasOp[] = ['conv', 'sepconv', 'mbconv'];

/** `identity`: residual add when stride 1 and in = out channels; `none`: never. */
export type SkipOp = 'identity' | 'none';
export const SKIP_OPS: readonly SkipOp[] = ['identity', 'none'];

/** Which reference implementation's rules apply (see README "Counting conventions"). */
export type Convention = 'lecture' | 'tf';
export const CONVENTIONS: readonly Convention[] = ['lecture', 'tf'];

export interface MnasBlock {
	op: MnasOp;
	/** expansion ratio (mbconv only; ignored by conv and sepconv) */
	t: number;
	/** output channels before width scaling */
	c: number;
	/** repeats: only the first layer of a block strides */
	n: number;
	/** stride of the first layer, 1 or 2 */
	s: number;
	/** kernel size, odd */
	k: number;
	/** squeeze-excitation ratio, 0 = none */
	se: number;
	skip: SkipOp;
}

export interface MnasnetSpec {
	kind: 'mnasnet';
	convention: Convention;
	widthMult: number;
	resolution: number;
	numClasses: number;
	/** stem conv channels before width scaling */
	stem: number;
	/** head 1×1 conv channels before the convention's head rule */
	head: number;
	blocks: MnasBlock[];
}

export type MnasPresetId = 'lecture' | 'mnasnet-b1' | 'mnasnet-a1' | 'mnasnet-small' | 'mnasnet-d1';
