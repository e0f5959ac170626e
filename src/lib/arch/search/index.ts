// Public API of the MnasNet search (pure TypeScript: no DOM, no tfjs).
export * from './space';
export { paramsProxy, PROXY_NAME } from './proxy';
export { scoreNetwork, rewardOf, type LatencyPredictor, type Scored } from './evaluate';
export { sampleChoices, sampleSpecs } from './sample';
export { Controller, DEFAULT_CONTROLLER, type ControllerOptions } from './controller';
export { searchSteps, runSearch, bestSamples, type SearchOptions, type SearchSample } from './search';
export { paretoFront, type FrontPoint } from './pareto';
export { explore, latencyPair, type Exploration } from './explore';
export { histogram, type Histogram } from './histogram';
