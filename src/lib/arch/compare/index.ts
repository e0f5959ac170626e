// Side-by-side comparison of two networks' cost reports (pure: no DOM).
export type * from './types';
export { costRatio } from './ratio';
export { compareMnasnet, compareRow } from './mnasnet';
export { compareNasfpn } from './nasfpn';
