// The notebook's service worker, for hosts that cannot send headers (GitHub Pages, a school server) and for use
// offline. Two jobs:
// 1. Cross-origin isolation: threaded wasm needs SharedArrayBuffer, which browsers give only to pages served with
//    COOP/COEP headers. Every same-origin response passes through here and gets them, so after the page registers
//    this worker and reloads once, `crossOriginIsolated` is true on any host (the approach of coi-serviceworker).
// 2. Offline: the app shell, its chunks, the static files and the tfjs wasm binaries are cached at install, so the
//    notebook, Run in browser included, works without a network after the first visit.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `nas-notebook-${version}`;
/** files a host may not serve (or must not: `_headers` is read by the host, `.nojekyll` by GitHub Pages) */
const HOST_FILES = /\/(_headers|\.nojekyll)$/;
const ASSETS = [...new Set([...build, ...files.filter((f) => !HOST_FILES.test(f)), ...prerendered, `${base}/`])];
const ASSET_SET = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((k) => k.startsWith('nas-notebook-') && k !== CACHE).map((k) => caches.delete(k)))
			)
			.then(() => sw.clients.claim())
	);
});

/** The same response with the isolation headers (an opaque response cannot be rebuilt and is passed on). */
function isolated(res: Response): Response {
	if (res.status === 0) return res;
	const headers = new Headers(res.headers);
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
	headers.set('Cross-Origin-Resource-Policy', 'same-origin');
	return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const asset = ASSET_SET.has(url.pathname) && request.mode !== 'navigate';
	if (asset) {
		const hit = await cache.match(url.pathname);
		if (hit) return isolated(hit);
	}
	try {
		// pages come from the network first, so a new version shows as soon as it is online
		const res = await fetch(request);
		if (res.ok && (asset || request.mode === 'navigate'))
			void cache.put(asset ? url.pathname : url.origin + url.pathname, res.clone());
		return isolated(res);
	} catch (e) {
		const hit =
			(await cache.match(url.origin + url.pathname, { ignoreSearch: true })) ??
			(request.mode === 'navigate' ? await cache.match(`${base}/`) : undefined);
		if (hit) return isolated(hit);
		throw e;
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// a devtools quirk: these requests cannot be answered by a worker
	if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
	event.respondWith(respond(request, url));
});
