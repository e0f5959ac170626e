// Public API of the MnasNet engine (pure TypeScript: no DOM, no tfjs).
export * from './spec';
export type * from './plan';
export type * from './report';
export { STEM_ROW, HEAD_ROW, blockRowOf, rowKey, isBlockRow, layerRow, type MnasRow, type MnasRowKey } from './rows';
export { roundFilters, stemChannels, blockChannels, headChannels, seReduceWidth } from './widths';
export { LIMITS } from './limits';
export { MNAS_PRESETS, MNAS_PRESET_IDS, mnasPreset, isMnasPresetId, type MnasPreset } from './presets';
export {
	parseBlockString,
	parseBlockStringDetailed,
	parseBlockStrings,
	formatBlockString,
	formatBlockStrings,
	splitBlockStrings,
	type ParsedBlockString
} from './blockString';
export { validateMnasnet } from './validate';
export { mnasnetWarnings } from './warnings';
export { planMnasnet, layerName } from './resolve';
export { costMnasnet, costPlan, blockLabel } from './cost';
export { analyzeMnasnet, type MnasAnalysis } from './analyze';
