// Registers the service worker (src/service-worker.ts) in the built site and, when the host did not send the
// cross-origin isolation headers, reloads once so the page comes back through the worker with them. Browser only.
import { base } from '$app/paths';

const RELOADED = 'nas-notebook:isolation-reload';

/** whether this tab already reloaded for isolation (storage blocked: say yes, so it never loops) */
function reloadedBefore(): boolean {
	try {
		return sessionStorage.getItem(RELOADED) !== null;
	} catch {
		return true;
	}
}

function markReloaded(done: boolean): void {
	try {
		if (done) sessionStorage.setItem(RELOADED, '1');
		else sessionStorage.removeItem(RELOADED);
	} catch {
		// see reloadedBefore
	}
}

export async function registerServiceWorker(): Promise<void> {
	if (import.meta.env.DEV || !('serviceWorker' in navigator) || !window.isSecureContext) return;
	try {
		await navigator.serviceWorker.register(`${base}/service-worker.js`, { scope: `${base}/` });
	} catch {
		return; // blocked (private mode, a policy): the page still works, single-threaded
	}
	if (window.crossOriginIsolated) return markReloaded(false);
	// one reload per tab session at most: if the worker cannot isolate the page, do not loop
	if (reloadedBefore()) return;
	const reload = () => {
		markReloaded(true);
		location.reload();
	};
	if (navigator.serviceWorker.controller) return reload();
	navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
}
