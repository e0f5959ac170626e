// Accessible names of the Compare cell's own buttons, in English (tests on the English page find the buttons by
// them) and Korean. The pickers' names are in ../classroom/teachNames.ts.
import { pickNames } from '../localNames';

export const COMPARE_NAMES = {
	keepLeft: 'Keep a copy (left)',
	keepRight: 'Keep a copy (right)'
} as const;

export const compareNamesFor = pickNames(COMPARE_NAMES, {
	keepLeft: '복사본 남기기(왼쪽)',
	keepRight: '복사본 남기기(오른쪽)'
});
