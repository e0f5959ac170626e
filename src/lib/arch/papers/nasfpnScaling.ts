// Published COCO results of RetinaNet with NAS-FPN and with FPN, as points of accuracy (AP) against cost
// (multiply-adds of the whole detector). The NAS-FPN paper (Ghiasi, Lin, Le, CVPR 2019, arXiv 1904.07392) prints
// these in its Table 1 with FLOPs = 2 × multiply-adds (R-50 7@256 at 640: 281.3B FLOPs, 60.3M params); EfficientDet
// (Tan, Pang, Le, CVPR 2020) Table 2 reprints the same test-dev APs with multiply-adds, which is the unit the rest
// of this page counts, so the numbers below are taken from that table. The per-stack curves of the NAS-FPN paper's
// Fig. 8 (stacking, backbone, width) and the early-exit curve of its anytime detection are drawn only, not tabulated:
// they are not reproduced here.

export type ScalingFamily = 'nasfpn' | 'fpn';
/** which knob separates the point from its neighbour: input size, feature width D, backbone */
export type ScalingKnob = 'size' | 'width' | 'backbone';

export interface ScalingPoint {
	id: string;
	family: ScalingFamily;
	backbone: 'R-50' | 'R-101';
	imageSize: number;
	/** stacked pyramid networks (NAS-FPN) */
	repeats?: number;
	/** feature width D */
	width: number;
	/** COCO test-dev AP */
	ap: number;
	/** multiply-adds of the whole detector, billions */
	multAddsB: number;
	/** parameters, millions */
	paramsM: number;
	knob: ScalingKnob;
	source: string;
}

const EFFDET_T2 = 'EfficientDet paper, Table 2 (reprinting the NAS-FPN paper, Table 1)';
const EFFDET_T2_RETINA = 'EfficientDet paper, Table 2 (RetinaNet, Lin et al. 2017)';

export const NASFPN_SCALING: readonly ScalingPoint[] = [
	{
		id: 'r50-nasfpn-640',
		family: 'nasfpn',
		backbone: 'R-50',
		imageSize: 640,
		repeats: 7,
		width: 256,
		ap: 39.9,
		multAddsB: 141,
		paramsM: 60,
		knob: 'size',
		source: EFFDET_T2
	},
	{
		id: 'r50-nasfpn-1024',
		family: 'nasfpn',
		backbone: 'R-50',
		imageSize: 1024,
		repeats: 7,
		width: 256,
		ap: 44.2,
		multAddsB: 360,
		paramsM: 60,
		knob: 'size',
		source: EFFDET_T2
	},
	{
		id: 'r50-nasfpn-1280',
		family: 'nasfpn',
		backbone: 'R-50',
		imageSize: 1280,
		repeats: 7,
		width: 256,
		ap: 44.8,
		multAddsB: 563,
		paramsM: 60,
		knob: 'size',
		source: EFFDET_T2
	},
	{
		id: 'r50-nasfpn-1280-384',
		family: 'nasfpn',
		backbone: 'R-50',
		imageSize: 1280,
		repeats: 7,
		width: 384,
		ap: 45.4,
		multAddsB: 1043,
		paramsM: 104,
		knob: 'width',
		source: EFFDET_T2
	},
	{
		id: 'r50-fpn-640',
		family: 'fpn',
		backbone: 'R-50',
		imageSize: 640,
		width: 256,
		ap: 37.0,
		multAddsB: 97,
		paramsM: 34,
		knob: 'size',
		source: EFFDET_T2_RETINA
	},
	{
		id: 'r101-fpn-640',
		family: 'fpn',
		backbone: 'R-101',
		imageSize: 640,
		width: 256,
		ap: 37.9,
		multAddsB: 127,
		paramsM: 53,
		knob: 'backbone',
		source: EFFDET_T2_RETINA
	},
	{
		id: 'r50-fpn-1024',
		family: 'fpn',
		backbone: 'R-50',
		imageSize: 1024,
		width: 256,
		ap: 40.1,
		multAddsB: 248,
		paramsM: 34,
		knob: 'size',
		source: EFFDET_T2_RETINA
	},
	{
		id: 'r101-fpn-1024',
		family: 'fpn',
		backbone: 'R-101',
		imageSize: 1024,
		width: 256,
		ap: 41.1,
		multAddsB: 326,
		paramsM: 53,
		knob: 'backbone',
		source: EFFDET_T2_RETINA
	}
];

/** The paper's reference detector, R-50 NAS-FPN 7 @ 256 at 640×640: whole-detector multiply-adds (EfficientDet
 * Table 2: 141B; the NAS-FPN paper's Table 1 prints 281.3B FLOPs = 2 × multiply-adds). */
export const REFERENCE_DETECTOR = { imageSize: 640, repeats: 7, width: 256, multAdds: 141e9 } as const;

export interface DetectorCostEstimate {
	/** the pyramid networks and their input stage, computed by this page's engine */
	neckMacs: number;
	/** backbone and head: the reference detector minus its neck, scaled by image area */
	restMacs: number;
	total: number;
	/** whole-detector cost when inference exits after pyramid network k (k = 1 … repeats) */
	exits: number[];
}

/**
 * Where a NAS-FPN network sits on the whole-detector cost axis. The neck is the page's own count; the backbone and
 * head are NOT computed here: they are the reference detector's published total minus this page's count of the
 * reference neck (`referenceNeckMacs`), scaled by (imageSize / 640)² since both are convolutions over the image. A
 * head wider than 256 is not counted. Null when an input is not a finite positive number.
 */
export function estimateDetectorCost(
	neck: { inputStageMacs: number; perRepeatMacs: number; repeats: number; imageSize: number },
	referenceNeckMacs: number
): DetectorCostEstimate | null {
	const { inputStageMacs, perRepeatMacs, repeats, imageSize } = neck;
	const nums = [inputStageMacs, perRepeatMacs, repeats, imageSize, referenceNeckMacs];
	if (!nums.every(Number.isFinite) || imageSize <= 0 || repeats < 1 || referenceNeckMacs <= 0) return null;
	const restAt640 = REFERENCE_DETECTOR.multAdds - referenceNeckMacs;
	if (restAt640 <= 0) return null;
	const restMacs = restAt640 * (imageSize / REFERENCE_DETECTOR.imageSize) ** 2;
	const neckMacs = inputStageMacs + repeats * perRepeatMacs;
	const exits = Array.from({ length: repeats }, (_, i) => restMacs + inputStageMacs + (i + 1) * perRepeatMacs);
	return { neckMacs, restMacs, total: restMacs + neckMacs, exits };
}
