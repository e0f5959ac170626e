// Accessible names of the export panel's controls. They stay English in every language: issue 6 and the e2e
// tests address the controls by these names.
import { NETWORK_KIND_NAMES, type NetworkKind } from '$lib/arch/kinds';

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
