// Accessible names of the Compare cell's own buttons. They stay English in every UI language (tests find the
// buttons by them; the visible text is translated). The pickers' names are in ../classroom/teachNames.ts.
export const COMPARE_NAMES = {
	keepLeft: 'Keep a copy (left)',
	keepRight: 'Keep a copy (right)'
} as const;
