// Last line of defence: an uncaught error or rejected promise anywhere shows a role="alert" banner instead of a
// silently broken or blank page. Messages are kept as plain text and capped.
const MAX_ERRORS = 5;

/** Browser noise that is not a failure of the page. */
const BENIGN = [/ResizeObserver loop/i];

export class ErrorGuard {
	messages = $state.raw<string[]>([]);

	report(error: unknown): void {
		const text = describe(error);
		if (BENIGN.some((re) => re.test(text))) return;
		if (this.messages.includes(text)) return;
		this.messages = [...this.messages, text].slice(-MAX_ERRORS);
	}

	dismiss(): void {
		this.messages = [];
	}

	/** Listen on window; returns the cleanup. */
	install(target: Window): () => void {
		const onError = (e: ErrorEvent) => this.report(e.error ?? e.message);
		const onRejection = (e: PromiseRejectionEvent) => this.report(e.reason);
		target.addEventListener('error', onError);
		target.addEventListener('unhandledrejection', onRejection);
		return () => {
			target.removeEventListener('error', onError);
			target.removeEventListener('unhandledrejection', onRejection);
		};
	}
}

function describe(error: unknown): string {
	let text: string;
	if (error instanceof Error) text = error.message || error.name;
	else if (typeof error === 'string') text = error;
	else {
		try {
			text = JSON.stringify(error) ?? String(error);
		} catch {
			text = String(error);
		}
	}
	return text.length > 300 ? text.slice(0, 300) + '…' : text;
}
