// The search-loop figure's state: which paper's loop is shown and which step is explained.
export type LoopPaper = 'mnasnet' | 'nasfpn';
export type LoopStep = 'controller' | 'sample' | 'train' | 'measure' | 'reward' | 'update';
export const LOOP_STEPS: readonly LoopStep[] = ['controller', 'sample', 'train', 'measure', 'reward', 'update'];

export class SearchLoopState {
	paper = $state<LoopPaper>('mnasnet');
	step = $state<LoopStep>('controller');
}
