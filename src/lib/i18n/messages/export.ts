// Strings of the export and import panel. The accessible names that checks rely on (`Export PyTorch code`,
// `Upload spec JSON`, `TF block specs`, `Apply block specs`, `Download <name> as SVG`…) stay English in both
// languages and live in src/lib/components/export/names.ts.
import { defineMessages } from '../i18n.svelte';

export const exportMessages = defineMessages({
	en: {
		heading: 'Export and import',
		intro:
			'Take the networks home: diagrams as pictures, costs as tables, the specs as files, the MnasNet as PyTorch code.',
		diagramsHeading: 'Diagrams and charts',
		diagramsHelp:
			'SVG keeps every line sharp at any size; PNG 2× is a picture at twice the diagram’s size, whole even when the page shows it scrolled or scaled.',
		noDiagrams: 'No diagram is on the page yet.',
		svg: 'SVG',
		png: 'PNG 2×',
		pngScaled: 'The diagram is too large for a 2× PNG; it was saved at {scale}×.',
		exportFailed: 'The export failed: {reason}',
		tablesHeading: 'Cost tables',
		tablesHelp:
			'CSV for spreadsheets and scripts (exact numbers, one row per layer or node); Markdown for notes and reports.',
		mnasLayers: 'MnasNet, per layer',
		mnasBlocks: 'MnasNet, per block',
		fpnNodes: 'NAS-FPN, per node (one repeat)',
		csv: 'CSV',
		markdown: 'Markdown',
		specsHeading: 'Spec files',
		specsHelp: 'A spec file holds a whole network as JSON. Load one back to continue where you left off.',
		mnasSpec: 'MnasNet spec',
		fpnSpec: 'NAS-FPN spec',
		downloadJson: 'JSON',
		uploadLabel: 'Load a spec file',
		dropHere: 'or drop a .json spec file here',
		dropActive: 'Drop to load',
		uploadProblems: '{file} was not loaded; the networks on screen are unchanged:',
		uploadOneFile: 'Drop one file at a time.',
		uploadNoFile: 'Only files can be dropped here.',
		loadedMnas: 'Loaded the MnasNet spec from {file}.',
		loadedFpn: 'Loaded the NAS-FPN spec from {file}.',
		loadedWarnings: '{count} note(s) on this network are shown in its cell.',
		blockSpecsHeading: 'NAS-FPN as TF block specs',
		blockSpecsHelp:
			'The cell as the official list of (level, op, (input i, input j), is_output) entries (tensorflow/tpu nasfpn.py). Edit it and apply it to change the graph.',
		blockSpecsApplied: 'Applied {count} cells.',
		blockSpecsProblems: 'The block specs were not applied; the graph is unchanged:',
		blockSpecsApply: 'Apply block specs',
		blockSpecsReset: 'Show the current graph',
		pytorchHeading: 'PyTorch code',
		pytorchHelp:
			'The edited MnasNet as a self-contained mnasnet.py (needs only torch): build_model() returns the nn.Module with the conventions’ exact layers; run the file to print its parameter count and output shape.',
		pytorchButton: 'Export PyTorch code',
		pytorchDone: 'Saved mnasnet.py ({params} parameters).'
	},
	ko: {
		heading: '내보내기와 불러오기',
		intro: '네트워크를 가져가세요: 다이어그램은 그림으로, 비용은 표로, 스펙은 파일로, MnasNet은 PyTorch 코드로.',
		diagramsHeading: '다이어그램과 차트',
		diagramsHelp:
			'SVG는 어떤 크기에서도 선이 선명합니다. PNG 2×는 다이어그램 크기의 두 배 그림이며, 페이지에서 스크롤되거나 축소되어 보여도 전체가 담깁니다.',
		noDiagrams: '페이지에 아직 다이어그램이 없습니다.',
		svg: 'SVG',
		png: 'PNG 2×',
		pngScaled: '다이어그램이 2× PNG로는 너무 커서 {scale}×로 저장했습니다.',
		exportFailed: '내보내기에 실패했습니다: {reason}',
		tablesHeading: '비용 표',
		tablesHelp:
			'CSV는 스프레드시트와 스크립트용(정확한 숫자, 층 또는 노드마다 한 행), Markdown은 노트와 보고서용입니다.',
		mnasLayers: 'MnasNet, 층별',
		mnasBlocks: 'MnasNet, 블록별',
		fpnNodes: 'NAS-FPN, 노드별 (반복 1회)',
		csv: 'CSV',
		markdown: 'Markdown',
		specsHeading: '스펙 파일',
		specsHelp: '스펙 파일은 네트워크 전체를 JSON으로 담습니다. 다시 불러오면 하던 곳에서 이어갈 수 있습니다.',
		mnasSpec: 'MnasNet 스펙',
		fpnSpec: 'NAS-FPN 스펙',
		downloadJson: 'JSON',
		uploadLabel: '스펙 파일 불러오기',
		dropHere: '또는 .json 스펙 파일을 여기에 끌어 놓으세요',
		dropActive: '놓으면 불러옵니다',
		uploadProblems: '{file|을} 불러오지 않았습니다. 화면의 네트워크는 그대로입니다:',
		uploadOneFile: '한 번에 파일 하나만 놓으세요.',
		uploadNoFile: '여기에는 파일만 놓을 수 있습니다.',
		loadedMnas: '{file}에서 MnasNet 스펙을 불러왔습니다.',
		loadedFpn: '{file}에서 NAS-FPN 스펙을 불러왔습니다.',
		loadedWarnings: '이 네트워크에 대한 참고 사항 {count}개가 해당 셀에 표시됩니다.',
		blockSpecsHeading: 'TF 블록 스펙으로 본 NAS-FPN',
		blockSpecsHelp:
			'셀을 공식 목록 (level, op, (입력 i, 입력 j), is_output) 형식으로 보여 줍니다 (tensorflow/tpu nasfpn.py). 고친 뒤 적용하면 그래프가 바뀝니다.',
		blockSpecsApplied: '셀 {count}개를 적용했습니다.',
		blockSpecsProblems: '블록 스펙을 적용하지 않았습니다. 그래프는 그대로입니다:',
		blockSpecsApply: '블록 스펙 적용',
		blockSpecsReset: '현재 그래프 보기',
		pytorchHeading: 'PyTorch 코드',
		pytorchHelp:
			'편집한 MnasNet을 torch만 있으면 되는 mnasnet.py로 저장합니다. build_model()은 각 규약의 층을 그대로 담은 nn.Module을 돌려주며, 파일을 실행하면 파라미터 수와 출력 모양을 출력합니다.',
		pytorchButton: 'PyTorch 코드 내보내기',
		pytorchDone: 'mnasnet.py를 저장했습니다 (파라미터 {params}개).'
	}
});
