// Accessible names of the teaching controls. They stay English in every UI language because tests, checks and the
// issue text find the controls by them (the visible text is translated).
export const TEACH_NAMES = {
	startTour: 'Start tour',
	nextStep: 'Next step',
	previousStep: 'Previous step',
	endTour: 'End tour',
	/** the last step's primary button */
	finishTour: 'Finish tour',
	check: 'Check',
	compareLeft: 'compare left',
	compareRight: 'compare right'
} as const;
