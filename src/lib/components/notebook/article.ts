// The article's order: prose sections with their blocks, and the slots where the interactive cells go. The page
// renders this list, and the table of contents is built from it, so the two can never disagree.
import type { proseMessages } from '$lib/i18n/messages/prose';
import { FORMULAS } from './formulas';

export type ProseKey = keyof (typeof proseMessages)['en'];

export type ProseBlock =
	| { kind: 'p'; key: ProseKey }
	| { kind: 'formula'; tex: string }
	| { kind: 'list'; keys: ProseKey[] }
	| { kind: 'table'; head: [ProseKey, ProseKey]; rows: [ProseKey, ProseKey][] }
	| { kind: 'sources'; items: { key: ProseKey; href: string }[] };

export type CellId =
	| 'mnasnet'
	| 'mnasnet-run'
	| 'mnasnet-space'
	| 'mnasnet-search'
	| 'nasfpn'
	| 'nasfpn-run'
	| 'compare'
	| 'exercises'
	| 'export'
	| 'classroom'
	| 'reward-explorer'
	| 'search-loop'
	| 'nasfpn-scaling';

export type SectionDef =
	| { id: string; title: ProseKey; kind: 'prose'; blocks: ProseBlock[] }
	/**
	 * `ownHeading`: the cell brings its own heading and introduction, so the card shows no title of its own (the title
	 * still names it in the contents). `tool`: a tool panel rather than an interactive figure (no "interactive" tag).
	 */
	| { id: string; title: ProseKey; kind: 'cell'; cell: CellId; lead?: ProseKey; ownHeading?: boolean; tool?: boolean };

const p = (key: ProseKey): ProseBlock => ({ kind: 'p', key });
const f = (tex: string): ProseBlock => ({ kind: 'formula', tex });

export const ARTICLE: readonly SectionDef[] = [
	{ id: 'why-nas', title: 'whyTitle', kind: 'prose', blocks: [p('whyP1'), p('whyP2')] },
	{
		id: 'objective',
		title: 'objTitle',
		kind: 'prose',
		blocks: [p('objP1'), f(FORMULAS.objective), p('objP2'), p('objP3'), f(FORMULAS.softBeta), p('objP4')]
	},
	{ id: 'search-loop', title: 'searchLoopTitle', kind: 'cell', cell: 'search-loop' },
	{ id: 'reward-explorer', title: 'rewardExplorerTitle', kind: 'cell', cell: 'reward-explorer' },
	{
		id: 'search-space',
		title: 'spaceTitle',
		kind: 'prose',
		blocks: [
			p('spaceP1'),
			{ kind: 'list', keys: ['spaceL1', 'spaceL2', 'spaceL3', 'spaceL4', 'spaceL5', 'spaceL6'] },
			p('spaceP2'),
			f(FORMULAS.spaceSize),
			p('spaceP3')
		]
	},
	{
		id: 'counting',
		title: 'countTitle',
		kind: 'prose',
		blocks: [
			p('countP1'),
			f(FORMULAS.conv),
			p('countP2'),
			f(FORMULAS.fcAndSeparable),
			p('countP3'),
			p('countP4'),
			{
				kind: 'table',
				head: ['countTool', 'countWhat'],
				rows: [
					['toolPaper', 'toolPaperWhat'],
					['toolPaperFlops', 'toolPaperFlopsWhat'],
					['toolTorchvision', 'toolTorchvisionWhat'],
					['toolFvcore', 'toolFvcoreWhat'],
					['toolThop', 'toolThopWhat'],
					['toolPtflops', 'toolPtflopsWhat'],
					['toolTorchinfo', 'toolTorchinfoWhat'],
					['toolFlopCounter', 'toolFlopCounterWhat'],
					['toolNasfpn', 'toolNasfpnWhat']
				]
			},
			p('countP5')
		]
	},
	{ id: 'mnasnet', title: 'mnasCellTitle', kind: 'cell', cell: 'mnasnet', lead: 'mnasCellLead' },
	{
		id: 'flops-latency',
		title: 'flopsTitle',
		kind: 'prose',
		blocks: [p('flopsP1'), p('flopsP2'), p('flopsP3'), p('flopsP4')]
	},
	{ id: 'mnasnet-run', title: 'mnasRunTitle', kind: 'cell', cell: 'mnasnet-run' },
	{ id: 'space-explorer', title: 'spaceExplorerTitle', kind: 'cell', cell: 'mnasnet-space' },
	{ id: 'latency-search', title: 'latencySearchTitle', kind: 'cell', cell: 'mnasnet-search' },
	{
		id: 'merging-cell',
		title: 'mergeTitle',
		kind: 'prose',
		blocks: [
			p('mergeP1'),
			p('mergeP2'),
			f(FORMULAS.binaryOps),
			p('mergeP3'),
			f(FORMULAS.postMerge),
			p('mergeP4'),
			p('mergeP5')
		]
	},
	{
		id: 'progression',
		title: 'stepsTitle',
		kind: 'prose',
		blocks: [
			p('stepsP1'),
			p('stepsP2'),
			p('stepsP3'),
			p('stepsP4'),
			{
				kind: 'table',
				head: ['bdPart', 'bdWhat'],
				rows: [
					['bdBackbone', 'bdBackboneWhat'],
					['bdNeck', 'bdNeckWhat'],
					['bdHead', 'bdHeadWhat'],
					['bdTotal', 'bdTotalWhat']
				]
			}
		]
	},
	{ id: 'nasfpn', title: 'fpnCellTitle', kind: 'cell', cell: 'nasfpn', ownHeading: true },
	{ id: 'nasfpn-scaling', title: 'fpnScalingTitle', kind: 'cell', cell: 'nasfpn-scaling' },
	{ id: 'nasfpn-run', title: 'fpnRunTitle', kind: 'cell', cell: 'nasfpn-run' },
	{ id: 'compare', title: 'compareTitle', kind: 'cell', cell: 'compare', ownHeading: true },
	{ id: 'exercises', title: 'exercisesTitle', kind: 'cell', cell: 'exercises', ownHeading: true },
	{ id: 'export', title: 'exportTitle', kind: 'cell', cell: 'export', ownHeading: true, tool: true },
	{ id: 'classroom', title: 'classroomTitle', kind: 'cell', cell: 'classroom', lead: 'classroomLead', tool: true },
	{
		id: 'sources',
		title: 'sourcesTitle',
		kind: 'prose',
		blocks: [
			p('sourcesLead'),
			{
				kind: 'sources',
				items: [
					{ key: 'srcMnasnet', href: 'https://arxiv.org/abs/1807.11626' },
					{ key: 'srcNasfpn', href: 'https://arxiv.org/abs/1904.07392' },
					{ key: 'srcTpuMnasnet', href: 'https://github.com/tensorflow/tpu/tree/master/models/official/mnasnet' },
					{
						key: 'srcTpuNasfpn',
						href: 'https://github.com/tensorflow/tpu/blob/master/models/official/detection/modeling/architecture/nasfpn.py'
					},
					{ key: 'srcTorchvision', href: 'https://github.com/pytorch/vision/blob/main/torchvision/models/mnasnet.py' },
					{ key: 'srcLecture', href: 'https://github.com/AnjieCheng/MnasNet-PyTorch' },
					{
						key: 'srcMmdet',
						href: 'https://github.com/open-mmlab/mmdetection/blob/main/mmdet/models/necks/nas_fpn.py'
					},
					{ key: 'srcTfjs', href: 'https://www.tensorflow.org/js' },
					{ key: 'srcRetinanet', href: 'https://arxiv.org/abs/1708.02002' },
					{
						key: 'srcTpuZoo',
						href: 'https://github.com/tensorflow/tpu/blob/master/models/official/detection/MODEL_ZOO.md'
					},
					{ key: 'srcResnet', href: 'https://github.com/pytorch/vision/blob/main/torchvision/models/resnet.py' }
				]
			}
		]
	}
];
