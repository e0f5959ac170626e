// The NAS-FPN engine: spec, validation, resolved graph, cost, presets and the (a) → (f) progression.
export type { FpnCell, FpnOp, FpnPresetId, NasfpnSpec } from './spec';
export type * from './report';
export { validateNasfpn, nasfpnWarnings, NASFPN_LIMITS } from './validate';
export { resolveNasfpn, levelSide, resampleBetween, type FpnGraph, type FpnGraphNode } from './graph';
export { costNasfpn, convBnCost, type ConvCost } from './cost';
export { FPN_STEPS, fpnStep, previousStep, type FpnStep } from './progression';
export { fpnPreset, R50_BACKBONE, FPN_PRESET_IDS, isFpnPresetId } from './presets';
export { searchSpaceMembership, sampleSearchSpace } from './searchSpace';
export { mulberry32 } from './prng';
export { diffCells, changedInputs, type FpnDiff, type FpnCellChange, type FpnInputRef } from './diff';
export { formatBlockSpecs, parseBlockSpecs } from './blockSpec';
