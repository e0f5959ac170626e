// The notebook's link format (see codec.ts for the layout): encode the state into `v1=<payload>` and read it back.
export { encodeNotebook, decodeNotebook, classifyFragment, LINK_VERSION, type FragmentKind } from './codec';
export { LINK_LIMITS, LOCK_ID_PATTERN, type CompareRef, type LinkLang, type NotebookDoc } from './doc';
export {
	ANSWER_LIMITS,
	EXERCISE_IDS,
	clipAnswer,
	isExerciseId,
	type ExerciseId,
	type LinkAnswer,
	type LinkAnswers
} from './answers';
