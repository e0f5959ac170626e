// Public API of the latency model (pure TypeScript: no DOM, no tfjs).
export * from './shapes';
export * from './table';
export * from './predict';
export { fitLine, evalLine, type LineFit } from './fit';
export { CALIBRATION_PRESETS, BLOCK_EDITS, oneBlockEdits, calibrationShapes } from './calibrationSet';
export * from './reward';
