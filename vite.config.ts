import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';

// tfjs hands `wasmFactoryThreadedSimd.toString()` to its pthread workers; a minifier renames the closure
// variable `_scriptDir`, the workers throw and `tf.ready()` never resolves. Make it a global before minifying.
const tfjsWasmThreadsFix: Plugin = {
	name: 'tfjs-wasm-threads-fix',
	enforce: 'pre',
	transform(code, id) {
		if (id.includes('tfjs-backend-wasm-threaded-simd.js') && !id.includes('.worker.'))
			return { code: code.replace('var _scriptDir = ', 'globalThis._scriptDir = '), map: null };
	}
};

// Cross-origin isolation (COOP/COEP) for threaded wasm in dev and preview. `preview.headers` does not reach
// pages SvelteKit serves, so a middleware sets them. The hook must return void (returning use() makes it a post hook).
function isolate(server: ViteDevServer | PreviewServer): void {
	server.middlewares.use((_req, res, next) => {
		res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
		res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
		next();
	});
}
const crossOriginIsolation: Plugin = {
	name: 'cross-origin-isolation',
	configureServer: isolate,
	configurePreviewServer: isolate
};

export default defineConfig({
	plugins: [tfjsWasmThreadsFix, crossOriginIsolation, sveltekit()],
	// Workers are bundled with their own plugin list: the latency worker imports the threaded wasm backend too.
	worker: { format: 'es', plugins: () => [tfjsWasmThreadsFix] },
	// Pre-bundle tfjs so the dev server does not reload the page the first time the worker loads it.
	optimizeDeps: { include: ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm'] },
	build: { chunkSizeWarningLimit: 2000 },
	test: {
		testTimeout: 120_000,
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
