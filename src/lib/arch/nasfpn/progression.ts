// The (a) → (f) progression as data only. (a) is a reconstruction of the baseline FPN, (f) the official block spec;
// (b)–(e) are illustrations written for this notebook after the paper's description of the search, NOT read from
// Fig. 7 (no public text or code gives those cells). An exact transcription can replace them here.
import type { FpnCell, FpnPresetId } from './spec';

export interface FpnStep {
	id: FpnPresetId;
	label: '(a)' | '(b)' | '(c)' | '(d)' | '(e)' | '(f)';
	title: { en: string; ko: string };
	text: { en: string; ko: string };
	/** true: drawn to illustrate the convergence, not a transcription of the paper's figure */
	illustration: boolean;
	/** where the cells come from, in both languages */
	source: { en: string; ko: string };
	cells: FpnCell[];
}

const cell = (level: number, op: 'sum' | 'gp', i: number, j: number, output: boolean): FpnCell => ({
	level,
	op,
	inputs: [i, j],
	output
});

const ILLUSTRATION_SOURCE = {
	en: 'Illustration written for this notebook from the paper’s description of the search (NAS-FPN paper §4); not read from Fig. 7.',
	ko: '논문의 탐색 설명(NAS-FPN 논문 §4)을 바탕으로 이 노트북을 위해 그린 예시이며, 그림 7에서 읽어 온 것이 아닙니다.'
};
// The page shows its own illustration badge for steps with `illustration: true`; the texts do not repeat it.

// Node offsets for P3–P7: inputs are 0 = P3in, 1 = P4in, 2 = P5in, 3 = P6in, 4 = P7in; cell k makes node 5 + k.
export const FPN_STEPS: readonly FpnStep[] = [
	{
		id: 'a',
		label: '(a)',
		title: { en: 'Baseline FPN', ko: '기준선: 일반 FPN' },
		text: {
			en: 'The ordinary top-down FPN written as merging cells: each level adds the upsampled level above to its own input, then ReLU → 3×3 conv → BN. The P3–P7 FPN of RetinaNet also convolves P7 (a 3×3 conv on P6); a merging cell needs two inputs, so here P7 passes through unconvolved and this graph leaves out that one conv. The paper only draws (a), so this is a reconstruction from the FPN definition.',
			ko: '일반적인 하향식 FPN을 병합 셀로 옮긴 것입니다. 각 레벨은 바로 위 레벨을 업샘플링한 결과를 자기 입력에 더한 뒤 ReLU → 3×3 합성곱 → BN을 거칩니다. RetinaNet의 P3–P7 FPN은 P7에도 합성곱(P6에 대한 3×3 합성곱)을 하지만, 병합 셀은 입력이 두 개여야 하므로 여기서는 P7을 합성곱 없이 그대로 통과시키고 그 합성곱 하나를 그래프에서 뺐습니다. 논문에는 (a)의 그림만 있으므로 FPN의 정의에서 재구성했습니다.'
		},
		illustration: false,
		source: {
			en: 'Reconstruction of the baseline FPN (Lin et al., Feature Pyramid Networks, CVPR 2017, §3: top-down nearest upsampling + lateral sum, then a 3×3 conv) in merging-cell form.',
			ko: '기준선 FPN(Lin 외, Feature Pyramid Networks, CVPR 2017, §3: 최근접 업샘플링 하향식 경로 + 측면 연결의 합, 그다음 3×3 합성곱)을 병합 셀 형태로 재구성했습니다.'
		},
		cells: [
			cell(6, 'sum', 4, 3, true),
			cell(5, 'sum', 5, 2, true),
			cell(4, 'sum', 6, 1, true),
			cell(3, 'sum', 7, 0, true)
		]
	},
	{
		id: 'b',
		label: '(b)',
		title: { en: 'Early search: a direct high-resolution link', ko: '탐색 초기: 고해상도 직결 연결' },
		text: {
			en: 'The paper says the controller quickly picks up a direct connection from the high-resolution input to the high-resolution output, which matters for small objects. This illustration has it (P3 in → P3 out) among otherwise unrelated merges.',
			ko: '논문에 따르면 컨트롤러는 고해상도 입력에서 고해상도 출력으로 바로 가는 연결을 일찍 찾아내며, 이 연결은 작은 물체에 중요합니다. 이 예시에는 그 연결(P3 입력 → P3 출력)이 서로 관련 없는 다른 병합들 사이에 들어 있습니다.'
		},
		illustration: true,
		source: ILLUSTRATION_SOURCE,
		cells: [
			cell(6, 'sum', 2, 4, false),
			cell(5, 'gp', 1, 3, false),
			cell(3, 'sum', 0, 2, true),
			cell(7, 'sum', 3, 5, true),
			cell(4, 'gp', 1, 6, true),
			cell(6, 'sum', 2, 4, true),
			cell(5, 'sum', 0, 1, true)
		]
	},
	{
		id: 'c',
		label: '(c)',
		title: { en: 'New nodes read new nodes', ko: '새 노드가 새 노드를 읽다' },
		text: {
			en: 'The paper says the controller learns to reuse the layers it has just made instead of picking any two inputs. In this illustration, P7 and P5 make a P5 node, which feeds a P4 node, which feeds the P3 output, next to the direct link from the P3 input.',
			ko: '논문에 따르면 컨트롤러는 아무 입력 두 개를 고르는 대신 방금 만든 층을 다시 쓰는 법을 배웁니다. 이 예시에서는 P7과 P5로 P5 노드를 만들고, 이것이 P4 노드를 거쳐 P3 출력으로 이어지며, 그 옆에 P3 입력의 직결 연결이 있습니다.'
		},
		illustration: true,
		source: ILLUSTRATION_SOURCE,
		cells: [
			cell(5, 'sum', 2, 4, false),
			cell(4, 'sum', 1, 5, false),
			cell(3, 'sum', 0, 6, true),
			cell(6, 'gp', 3, 4, true),
			cell(4, 'sum', 1, 6, true),
			cell(7, 'sum', 4, 8, true),
			cell(5, 'gp', 2, 5, true)
		]
	},
	{
		id: 'd',
		label: '(d)',
		title: { en: 'Top-down and bottom-up', ko: '하향식과 상향식 경로' },
		text: {
			en: 'The paper says that as the search converges, the architectures have both top-down and bottom-up connections, unlike the FPN in (a). In this illustration, the new P3 output is pooled back down to make the P4 and P5 outputs, and P5 feeds P6 and P7.',
			ko: '논문에 따르면 탐색이 수렴할수록 구조는 (a)의 FPN과 달리 하향식 연결과 상향식 연결을 모두 갖습니다. 이 예시에서는 새 P3 출력을 다시 풀링해 P4와 P5 출력을 만들고, P5는 P6과 P7로 이어집니다.'
		},
		illustration: true,
		source: ILLUSTRATION_SOURCE,
		cells: [
			cell(5, 'sum', 2, 4, false),
			cell(4, 'sum', 1, 5, false),
			cell(3, 'sum', 0, 6, true),
			cell(4, 'sum', 6, 7, true),
			cell(5, 'gp', 5, 7, true),
			cell(6, 'sum', 3, 9, true),
			cell(7, 'gp', 4, 9, true)
		]
	},
	{
		id: 'e',
		label: '(e)',
		title: { en: 'More reuse of new nodes', ko: '새 노드의 재사용 증가' },
		text: {
			en: 'In this illustration almost every merging cell reads nodes made just before it, and the outputs chain from fine to coarse (P3 → P4 → P5 → P6 → P7), with global-pool attention on two of the coarse merges. It differs from the final architecture (f) in a few wires.',
			ko: '이 예시에서는 거의 모든 병합 셀이 바로 앞에서 만든 노드를 읽고, 출력은 고해상도에서 저해상도로(P3 → P4 → P5 → P6 → P7) 이어집니다. 저해상도 병합 두 곳에는 전역 풀링 어텐션을 씁니다. 최종 구조 (f)와는 연결 몇 개만 다릅니다.'
		},
		illustration: true,
		source: ILLUSTRATION_SOURCE,
		cells: [
			cell(4, 'gp', 1, 3, false),
			cell(4, 'sum', 1, 5, false),
			cell(3, 'sum', 0, 6, true),
			cell(4, 'sum', 6, 7, true),
			cell(5, 'gp', 7, 8, true),
			cell(6, 'gp', 8, 9, true),
			cell(7, 'sum', 9, 10, true)
		]
	},
	{
		id: 'f',
		label: '(f)',
		title: { en: 'Final NAS-FPN', ko: '최종 NAS-FPN' },
		text: {
			en: 'The architecture used in the paper’s experiments, from the official TensorFlow code (NASFPN_BLOCK_SPECS). The outputs come in the order P3, P4, P5, P7, P6; the P5 and P7 output cells also add the P5 and P7 inputs that nothing had used yet, so they have three inputs.',
			ko: '논문 실험에 쓰인 최종 구조로, 공식 TensorFlow 코드(NASFPN_BLOCK_SPECS)에서 그대로 가져왔습니다. 출력은 P3, P4, P5, P7, P6 순서로 만들어지며, P5와 P7 출력 셀은 아직 아무도 쓰지 않은 P5·P7 입력까지 더하므로 입력이 세 개입니다.'
		},
		illustration: false,
		source: {
			en: 'tensorflow/tpu, models/official/detection/modeling/architecture/nasfpn.py, NASFPN_BLOCK_SPECS.',
			ko: 'tensorflow/tpu, models/official/detection/modeling/architecture/nasfpn.py의 NASFPN_BLOCK_SPECS.'
		},
		cells: [
			cell(4, 'gp', 1, 3, false),
			cell(4, 'sum', 1, 5, false),
			cell(3, 'sum', 0, 6, true),
			cell(4, 'sum', 6, 7, true),
			cell(5, 'gp', 7, 8, true),
			cell(7, 'gp', 6, 9, true),
			cell(6, 'gp', 9, 10, true)
		]
	}
];

export function fpnStep(id: FpnPresetId): FpnStep {
	const step = FPN_STEPS.find((s) => s.id === id);
	if (!step) throw new Error(`unknown NAS-FPN step ${id}`);
	return step;
}

/** The step before `id` in the progression ((b) for (c)); null for (a), where it starts. */
export function previousStep(id: FpnPresetId): FpnPresetId | null {
	const i = FPN_STEPS.findIndex((s) => s.id === id);
	return i > 0 ? FPN_STEPS[i - 1].id : null;
}
