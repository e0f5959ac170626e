// Starts one worker job and forwards its messages; `stop()` terminates it (Cancel), after which nothing is forwarded.
import type { FromSearchWorker, ToSearchWorker } from './protocol';

export interface SearchJob {
	stop(): void;
}

export function startJob(message: ToSearchWorker, onMessage: (m: FromSearchWorker) => void): SearchJob {
	const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	let open = true;
	const stop = () => {
		if (!open) return;
		open = false;
		worker.terminate();
	};
	worker.onmessage = (e: MessageEvent<FromSearchWorker>) => {
		if (!open) return;
		onMessage(e.data);
		if (e.data.type === 'done' || e.data.type === 'error') stop();
	};
	worker.onerror = (e) => {
		if (!open) return;
		e.preventDefault();
		onMessage({ type: 'error', message: e.message || 'the worker failed to start' });
		stop();
	};
	worker.postMessage(message);
	return { stop };
}
