// Accessible names of the export panel's controls, in English (the e2e tests on the English page address the
// controls by these names) and Korean.
import { NETWORK_KIND_NAMES, type NetworkKind } from '$lib/arch/kinds';
import { pickNames } from '../localNames';

export type TableId = 'mnasnet-layers' | 'mnasnet-blocks' | 'nasfpn-nodes';
export type TableFormat = 'csv' | 'markdown';

const TABLE_NAMES: Record<TableId, string> = {
	'mnasnet-layers': 'MnasNet layers',
	'mnasnet-blocks': 'MnasNet blocks',
	'nasfpn-nodes': 'NAS-FPN nodes'
};

export const NAMES = {
	svg: (diagram: string) => `Download ${diagram} as SVG`,
	png: (diagram: string) => `Download ${diagram} as PNG 2×`,
	table: (table: TableId, format: TableFormat) =>
		`Download ${TABLE_NAMES[table]} as ${format === 'csv' ? 'CSV' : 'Markdown'}`,
	spec: (kind: NetworkKind) => `Download ${NETWORK_KIND_NAMES[kind]} spec JSON`,
	upload: 'Upload spec JSON',
	dropZone: 'Drop a spec JSON file',
	blockSpecs: 'TF block specs',
	applyBlockSpecs: 'Apply block specs',
	pytorch: 'Export PyTorch code'
} as const;

const TABLE_NAMES_KO: Record<TableId, string> = {
	'mnasnet-layers': 'MnasNet 층 표',
	'mnasnet-blocks': 'MnasNet 블록 표',
	'nasfpn-nodes': 'NAS-FPN 노드 표'
};

export const namesFor = pickNames(NAMES, {
	svg: (diagram: string) => `${diagram} SVG로 내려받기`,
	png: (diagram: string) => `${diagram} PNG 2×로 내려받기`,
	table: (table: TableId, format: TableFormat) =>
		`${TABLE_NAMES_KO[table]}를 ${format === 'csv' ? 'CSV로' : 'Markdown으로'} 내려받기`,
	spec: (kind: NetworkKind) => `${NETWORK_KIND_NAMES[kind]} 스펙 JSON 내려받기`,
	upload: '스펙 JSON 올리기',
	dropZone: '스펙 JSON 파일을 여기에 놓기',
	blockSpecs: 'TF 블록 명세',
	applyBlockSpecs: '블록 명세 적용',
	pytorch: 'PyTorch 코드 내보내기'
});
