// The guided tour, as data (after Transformer Explainer's "textbook": each step drives the page). A step lists the
// actions that put the page into the state the text talks about; TourState (src/lib/state/tour.svelte.ts) applies
// them, forward or back, so every step looks the same however you reach it. `{name}` placeholders are filled with
// live numbers (tourFacts.ts), so the text never disagrees with the page.
import type { NetworkKind } from '$lib/arch/kinds';
import type { MnasPresetId } from '$lib/arch/mnasnet';
import type { FpnPresetId } from '$lib/arch/nasfpn';
import type { Localized } from './localized';

/** A notebook section, the (a)…(f) buttons with the cell graph, or the selected block / cell (drawn by the MnasNet
 * and NAS-FPN cells). */
export type TourSection = NetworkKind | 'nasfpn-progression' | 'compare' | 'exercises' | `${NetworkKind}-selection`;

export type TourAction =
	/** load a MnasNet preset (skipped when it is already loaded, unedited) */
	| { kind: 'mnasPreset'; id: MnasPresetId }
	/** set width_mult on the current MnasNet */
	| { kind: 'widthMult'; value: number }
	/** select a block (0-based; null clears) */
	| { kind: 'selectBlock'; index: number | null }
	/** load a step (a)…(f) of the NAS-FPN progression */
	| { kind: 'fpnStep'; id: FpnPresetId }
	/** select a NAS-FPN cell (0-based index into cells; null clears) */
	| { kind: 'selectCell'; index: number | null }
	/** bring a notebook section into view: `[data-tour-target~=section]`, else `#section` */
	| { kind: 'scrollTo'; section: TourSection };

export interface TourStep {
	id: string;
	title: Localized;
	text: Localized;
	actions: readonly TourAction[];
	/** outlined while the step is shown: elements with a matching `data-tour-target` or `data-control` */
	target?: string;
}

export const TOUR_STEPS: readonly TourStep[] = [
	{
		id: 'mnas-lecture',
		title: { en: 'The lecture notes’ MnasNet', ko: '강의 노트의 MnasNet' },
		text: {
			en: 'We start from the network in the lecture notes’ PyTorch code: a 3×3 stem, one SepConv, six rows of MBConv blocks, a 1×1 head and a classifier. For one {resolution}×{resolution} image it has {params} parameters and needs {macs} multiply-accumulates (MACs). Every number on this page is computed from the table you see.',
			ko: '강의 노트의 PyTorch 코드에 있는 네트워크에서 시작합니다. 3×3 스템, SepConv 하나, MBConv 블록 여섯 줄, 1×1 헤드와 분류기로 이루어져 있습니다. {resolution}×{resolution} 이미지 한 장에 파라미터 {params}개, 곱셈-누산(MAC) {macs}회가 듭니다. 이 페이지의 모든 숫자는 지금 보이는 표에서 바로 계산됩니다.'
		},
		actions: [
			{ kind: 'mnasPreset', id: 'lecture' },
			{ kind: 'selectBlock', index: null },
			{ kind: 'scrollTo', section: 'mnasnet' }
		],
		target: 'mnasnet-preset'
	},
	{
		id: 'mnas-a1',
		title: { en: 'MnasNet-A1, the searched model', ko: '탐색으로 찾은 MnasNet-A1' },
		text: {
			en: 'MnasNet-A1 is what the search found for a 75 ms latency target on a Pixel 1 phone. It has {params} parameters and {macs} MACs, about the same MACs as the lecture network. In the paper’s Table 1 it reaches 75.2 % top-1 on ImageNet, 0.5 points more than MobileNetV2 (1.4) at 1.8× lower latency; the lecture network is not in that table, so its accuracy is not compared here. Its blocks mix 3×3 and 5×5 kernels, and three of them add squeeze-and-excitation (SE).',
			ko: 'MnasNet-A1은 Pixel 1 휴대폰에서 지연 시간 75 ms를 목표로 탐색이 찾아낸 모델입니다. 파라미터 {params}개, MAC {macs}회로 강의 노트의 네트워크와 MAC은 거의 같습니다. 논문 표 1에서 A1의 ImageNet top-1 정확도는 75.2 %로, MobileNetV2 (1.4)보다 0.5 %p 높으면서 지연 시간은 1.8배 짧습니다. 강의 노트의 네트워크는 그 표에 없으므로 여기서 정확도를 비교하지 않습니다. 블록마다 3×3과 5×5 커널을 섞어 쓰고, 그중 세 블록에는 squeeze-and-excitation(SE)을 더했습니다.'
		},
		actions: [
			{ kind: 'mnasPreset', id: 'mnasnet-a1' },
			{ kind: 'selectBlock', index: null },
			{ kind: 'scrollTo', section: 'mnasnet' }
		],
		target: 'mnasnet-preset'
	},
	{
		id: 'mnas-kernel',
		title: { en: 'A block’s kernel', ko: '블록의 커널 크기' },
		text: {
			en: 'Block {block} ({blockLabel}) is selected. Its depthwise convolution costs H·W·C·k² MACs, so a 5×5 kernel costs 25/9 ≈ 2.8× a 3×3 one, but only in that layer: the 1×1 expand and project convolutions stay the same. The block takes {blockMacs} MACs, {blockShare} of the network. Set its k to 3 in the table and watch the total.',
			ko: '{block}번 블록({blockLabel})을 선택했습니다. 깊이별 합성곱의 MAC은 H·W·C·k²이므로 5×5 커널은 3×3보다 25/9 ≈ 2.8배 비쌉니다. 하지만 그 층에서만 그렇고, 1×1 확장·투영 합성곱은 그대로입니다. 이 블록은 MAC {blockMacs}회로 네트워크 전체의 {blockShare|를} 차지합니다. 표에서 이 블록의 k를 3으로 바꾸고 합계가 어떻게 변하는지 보세요.'
		},
		actions: [
			{ kind: 'mnasPreset', id: 'mnasnet-a1' },
			{ kind: 'selectBlock', index: 2 },
			{ kind: 'scrollTo', section: 'mnasnet-selection' }
		]
	},
	{
		id: 'mnas-se',
		title: { en: 'Squeeze-and-excitation', ko: 'Squeeze-and-excitation(SE)' },
		text: {
			en: 'Block {block} ({blockLabel}) uses SE: it averages every channel over the whole map, squeezes the channels through a small 1×1 layer and back, and scales each channel by the result. Here that adds {seParams} parameters but only {seMacs} MACs, because it works on one pooled vector instead of the H×W map.',
			ko: '{block}번 블록({blockLabel})은 SE를 씁니다. 채널마다 특징 맵 전체를 평균 내고, 작은 1×1 층으로 채널 수를 줄였다가 다시 늘린 뒤, 그 결과로 각 채널의 크기를 조절합니다. 여기서 SE는 파라미터를 {seParams}개 더하지만 MAC은 {seMacs}회뿐입니다. H×W 맵 전체가 아니라 풀링한 벡터 하나에서 계산하기 때문입니다.'
		},
		actions: [
			{ kind: 'mnasPreset', id: 'mnasnet-a1' },
			{ kind: 'selectBlock', index: 4 },
			{ kind: 'scrollTo', section: 'mnasnet-selection' }
		]
	},
	{
		id: 'mnas-width',
		title: { en: 'The width multiplier thins every layer', ko: '너비 배수로 모든 층을 얇게' },
		text: {
			en: 'width_mult = {width} scales the channels of every layer (rounded to multiples of 8). A 1×1 convolution’s MACs grow with C_in·C_out, so those fall to about a quarter; a depthwise convolution’s grow with C alone, and the head’s 1×1 conv keeps its 1280 outputs, so those fall only to about half, and the classifier not at all. The total is therefore well above a quarter: {params} parameters and {macs} MACs, against {baseParams} and {baseMacs} for the preset as shipped. The unscaled head and classifier hold many of the parameters, so the parameters fall even less than the MACs.',
			ko: 'width_mult = {width|는} 모든 층의 채널 수를 그만큼 줄입니다(8의 배수로 반올림). 1×1 합성곱의 MAC은 C_in·C_out에 비례하므로 약 4분의 1로 줄지만, 깊이별 합성곱의 MAC은 C에만 비례하고 헤드의 1×1 합성곱은 출력 1280채널을 그대로 두므로 약 절반으로만 줄며, 분류기는 전혀 줄지 않습니다. 그래서 합계는 4분의 1보다 훨씬 큽니다. 지금은 파라미터 {params}개, MAC {macs}회이고, 원래 프리셋은 {baseParams}개, {baseMacs}회입니다. 줄지 않는 헤드와 분류기가 파라미터의 큰 몫을 차지하므로 파라미터는 MAC보다도 덜 줄어듭니다.'
		},
		actions: [
			{ kind: 'mnasPreset', id: 'mnasnet-a1' },
			{ kind: 'widthMult', value: 0.5 },
			{ kind: 'selectBlock', index: null },
			{ kind: 'scrollTo', section: 'mnasnet' }
		],
		target: 'mnasnet-globals'
	},
	{
		id: 'fpn-a',
		title: { en: '(a) The baseline FPN', ko: '(a) 기준선 FPN' },
		text: {
			en: 'Now the detector’s neck. NAS-FPN builds the feature pyramid P3–P7 from merging cells: each merging cell picks two earlier feature maps, resamples them to its own level, merges them by a sum or by global-pool attention, and applies ReLU → 3×3 conv → BN. Together the merging cells form one pyramid network. (a) is the ordinary top-down FPN written that way, with {cells} merging cells.',
			ko: '이제 검출기의 넥입니다. NAS-FPN은 병합 셀로 P3–P7 특징 피라미드를 만듭니다. 각 병합 셀은 앞서 만든 특징 맵 두 개를 골라 자기 레벨로 리샘플링하고, 합이나 전역 풀링 어텐션으로 합친 뒤 ReLU → 3×3 합성곱 → BN을 적용합니다. 병합 셀들이 모여 피라미드 네트워크 하나를 이룹니다. (a)는 일반적인 하향식 FPN을 이 방식으로 쓴 것으로, 병합 셀이 {cells}개입니다.'
		},
		actions: [
			{ kind: 'fpnStep', id: 'a' },
			{ kind: 'selectCell', index: null },
			{ kind: 'scrollTo', section: 'nasfpn-progression' }
		],
		target: 'nasfpn-steps'
	},
	{
		id: 'fpn-c',
		title: { en: '(c) New nodes read new nodes', ko: '(c) 새 노드가 새 노드를 읽다' },
		text: {
			en: 'As the search goes on, the controller’s architectures earn more reward, and the paper says the controller learns to build on the layers it has just made. In (c), new nodes read new nodes, next to a direct link from the high-resolution input to the P3 output. The steps (b)–(e) here illustrate the paper’s description; they are not transcriptions of its figure.',
			ko: '탐색이 진행되면서 컨트롤러가 만든 구조가 더 높은 보상을 받고, 논문에 따르면 컨트롤러는 방금 만든 층을 이어 쓰는 법을 배웁니다. (c)에서는 고해상도 입력에서 P3 출력으로 바로 가는 연결 옆에서 새 노드가 새 노드를 읽습니다. 여기의 (b)–(e)는 논문의 설명을 따라 그린 예시이며, 논문 그림을 그대로 옮긴 것이 아닙니다.'
		},
		actions: [
			{ kind: 'fpnStep', id: 'c' },
			{ kind: 'selectCell', index: null },
			{ kind: 'scrollTo', section: 'nasfpn-progression' }
		],
		target: 'nasfpn-steps'
	},
	{
		id: 'fpn-f',
		title: { en: '(f) The final NAS-FPN', ko: '(f) 최종 NAS-FPN' },
		text: {
			en: '(f) is the architecture of the paper’s experiments, taken from the official code: {cells} merging cells that mix top-down and bottom-up connections form one pyramid network. One pyramid network costs {fpnRepeatMacs} MACs for a {imageSize} px image with {channels} channels, and the neck stacks {repeats} of them.',
			ko: '(f)는 논문 실험에 쓰인 구조로, 공식 코드에서 가져왔습니다. 하향식과 상향식 연결을 섞은 병합 셀 {cells}개가 피라미드 네트워크 하나를 이룹니다. {imageSize} px 이미지, 채널 {channels}개에서 피라미드 네트워크 하나에 MAC {fpnRepeatMacs}회가 들고, 넥은 이것을 {repeats}번 쌓습니다.'
		},
		actions: [
			{ kind: 'fpnStep', id: 'f' },
			{ kind: 'selectCell', index: null },
			{ kind: 'scrollTo', section: 'nasfpn-progression' }
		],
		target: 'nasfpn-steps'
	},
	{
		id: 'fpn-p3',
		title: { en: 'The P3 node pays the most', ko: 'P3 노드가 가장 비싸다' },
		text: {
			en: 'The selected merging cell makes the P{cellLevel} output. A 3×3 convolution costs 9·C² MACs per pixel at every level, so a merging cell’s share of a pyramid network’s MACs is its share of the pixels all the cells produce. P3 has {cellSide}×{cellSide} pixels, 4× P4, and (f) has one P3 cell against three P4 cells and one each at P5–P7 (at 640 px, 6,400 of 11,725 pixels). This single merging cell takes {cellMacs} MACs, {cellShare} of a pyramid network.',
			ko: '선택한 병합 셀은 P{cellLevel} 출력을 만듭니다. 3×3 합성곱은 어느 레벨에서나 픽셀당 MAC이 9·C²이므로, 병합 셀 하나가 피라미드 네트워크의 MAC에서 차지하는 비율은 모든 셀이 만드는 픽셀 가운데 그 셀의 비율과 같습니다. P3은 {cellSide}×{cellSide} 픽셀로 P4의 4배이고, (f)에는 P3 셀 하나, P4 셀 셋, P5–P7 셀 하나씩이 있습니다(640 px에서 11,725 픽셀 중 6,400 픽셀). 이 병합 셀 하나가 MAC {cellMacs}회로 피라미드 네트워크 하나의 {cellShare|를} 차지합니다.'
		},
		actions: [
			{ kind: 'fpnStep', id: 'f' },
			{ kind: 'selectCell', index: 2 },
			// the whole graph with the step buttons: the selected cell is in it, with the nodes it is compared to
			{ kind: 'scrollTo', section: 'nasfpn-progression' }
		]
	},
	{
		id: 'compare',
		title: { en: 'Compare two networks', ko: '두 네트워크 비교하기' },
		text: {
			en: 'Put any two networks side by side: two presets, a preset and your own edit, or two steps of (a)→(f). The table lists the change block by block (or node by node) and the totals as ratios. Then try the exercises: predict first, then check against the live numbers.',
			ko: '두 네트워크를 나란히 놓아 보세요. 프리셋 두 개, 프리셋과 직접 고친 네트워크, (a)→(f)의 두 단계 모두 됩니다. 표는 블록별(또는 노드별) 변화와 합계의 비율을 보여 줍니다. 그다음 연습 문제를 풀어 보세요. 먼저 예측하고, 실시간 숫자로 확인합니다.'
		},
		actions: [{ kind: 'scrollTo', section: 'compare' }],
		target: 'compare-pickers'
	}
];
