// The (a) → (f) progression as data only. (a) is a reconstruction of the baseline FPN, (f) the official block spec;
// (b)–(e) are illustrations written for this notebook after the paper's description of the search, NOT read from
// Fig. 7 (no public text or code gives those cells, nasfpn.md §5). An exact transcription can replace them here.
import type { FpnCell, FpnPresetId } from './spec';

export interface FpnStep {
	id: FpnPresetId;
	label: '(a)' | '(b)' | '(c)' | '(d)' | '(e)' | '(f)';
	title: { en: string; ko: string };
	text: { en: string; ko: string };
	/** true: drawn to illustrate the convergence, not a transcription of the paper's figure */
	illustration: boolean;
	source: string;
	cells: FpnCell[];
}

const cell = (level: number, op: 'sum' | 'gp', i: number, j: number, output: boolean): FpnCell => ({
	level,
	op,
	inputs: [i, j],
	output
});

const ILLUSTRATION_SOURCE =
	'Illustration written for this notebook from the paper’s description of the search (nasfpn.md §5); not read from Fig. 7.';
// The page shows its own illustration badge for steps with `illustration: true`; the texts do not repeat it.

// Node offsets for P3–P7: inputs are 0 = P3in, 1 = P4in, 2 = P5in, 3 = P6in, 4 = P7in; cell k makes node 5 + k.
export const FPN_STEPS: readonly FpnStep[] = [
	{
		id: 'a',
		label: '(a)',
		title: { en: 'Baseline FPN', ko: '기준선: 일반 FPN' },
		text: {
			en: 'The ordinary top-down FPN written as merging cells: each level adds the upsampled level above to its own input, then ReLU → 3×3 conv → BN. P7 passes through unchanged. The paper only draws it, so this is a reconstruction from the FPN definition.',
			ko: '일반적인 하향식(top-down) FPN을 병합 셀로 옮긴 것입니다. 각 레벨은 바로 위 레벨을 업샘플링한 결과를 자기 입력에 더한 뒤 ReLU → 3×3 합성곱 → BN을 거칩니다. P7은 그대로 통과합니다. 논문에는 그림만 있으므로 FPN의 정의에서 재구성했습니다.'
		},
		illustration: false,
		source: 'Reconstruction of the baseline FPN (top-down nearest upsampling + lateral sum, then a 3×3 conv) in merging-cell form (nasfpn.md §5, issue 3 §2).',
		cells: [cell(6, 'sum', 4, 3, true), cell(5, 'sum', 5, 2, true), cell(4, 'sum', 6, 1, true), cell(3, 'sum', 7, 0, true)]
	},
	{
		id: 'b',
		label: '(b)',
		title: { en: 'Early search: a direct high-resolution link', ko: '탐색 초기: 고해상도 직결 연결' },
		text: {
			en:
				'Early on the controller picks pairs of inputs almost at random, but it soon keeps a direct connection from the high-resolution input P3 to the P3 output, which the paper says matters for small objects.',
			ko:
				'탐색 초기의 컨트롤러는 입력 쌍을 거의 무작위로 고르지만, 곧 고해상도 입력 P3에서 P3 출력으로 바로 가는 연결을 붙잡습니다. 논문은 이 연결이 작은 물체를 찾는 데 중요하다고 설명합니다.'
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
		title: { en: 'A top-down path appears', ko: '하향식 경로의 등장' },
		text: {
			en:
				'New nodes start to build on each other: P7 and P5 make a P5 node, which feeds a P4 node, which feeds the P3 output. That is a top-down path like FPN’s, next to the direct link from the P3 input.',
			ko:
				'새로 만든 노드를 서로 이어 쓰기 시작합니다. P7과 P5로 P5 노드를 만들고, 이것이 P4 노드를 거쳐 P3 출력으로 이어집니다. P3 입력의 직결 연결 옆에 FPN과 비슷한 하향식 경로가 생긴 것입니다.'
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
			en:
				'The new P3 output is pooled back down in resolution to make the P4 and P5 outputs, and P5 feeds P6 and P7: the graph now has both top-down and bottom-up connections, unlike the FPN in (a).',
			ko:
				'새 P3 출력을 다시 풀링해 P4와 P5 출력을 만들고, P5는 P6과 P7로 이어집니다. 이제 (a)의 FPN과 달리 하향식 연결과 상향식 연결을 모두 갖습니다.'
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
			en:
				'Almost every cell now reads nodes made just before it, and the outputs chain from fine to coarse (P3 → P4 → P5 → P6 → P7), with global-pool attention on two of the coarse merges. The final architecture (f) differs in a few wires.',
			ko:
				'이제 거의 모든 셀이 바로 앞에서 만든 노드를 읽고, 출력은 고해상도에서 저해상도로(P3 → P4 → P5 → P6 → P7) 이어집니다. 저해상도 병합 두 곳에는 전역 풀링 어텐션을 씁니다. 최종 구조 (f)와는 연결 몇 개만 다릅니다.'
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
		source: 'tensorflow/tpu models/official/detection/modeling/architecture/nasfpn.py, NASFPN_BLOCK_SPECS (nasfpn.md §2.1).',
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
