// A stand-in for the browser's Worker (stubbed as a global): records what the page sends, and lets a test answer as
// the worker would, crash it, or see that it was terminated.
export class FakeWorker<Out = unknown, In = unknown> {
	static all: FakeWorker[] = [];
	sent: In[] = [];
	terminated = false;
	onmessage: ((e: MessageEvent<Out>) => void) | null = null;
	onerror: ((e: ErrorEvent) => void) | null = null;
	onmessageerror: (() => void) | null = null;
	constructor(
		readonly url: URL,
		readonly options: WorkerOptions
	) {
		FakeWorker.all.push(this as FakeWorker);
	}
	postMessage(m: In) {
		this.sent.push(m);
	}
	terminate() {
		this.terminated = true;
	}
	reply(m: Out) {
		this.onmessage?.({ data: m } as MessageEvent<Out>);
	}
	crash(message: string) {
		this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
	}
}

/** The workers started from a module file of that name (the latency worker is tfjs/worker.ts, the search one
 * search/worker.ts). */
export function workersOf<Out, In>(path: string): FakeWorker<Out, In>[] {
	return FakeWorker.all.filter((w) => w.url.pathname.endsWith(path)) as unknown as FakeWorker<Out, In>[];
}
