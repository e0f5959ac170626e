// The project's Vite config plus the tfjs threaded-wasm fix for *worker* bundles. Vite builds workers with
// `worker.plugins`, not the top-level plugins, so vite.config.ts's `tfjs-wasm-threads-fix` does not reach the
// latency worker and threaded wasm cannot start in a minified build (toolchain.md §6.3). bench-browser.ts builds
// with this file so the threaded figures can be measured; the same line belongs in vite.config.ts.
import { mergeConfig, type Plugin } from 'vite';
import base from '../vite.config';

const tfjsWasmThreadsFixForWorkers: Plugin = {
	name: 'tfjs-wasm-threads-fix-worker',
	enforce: 'pre',
	transform(code, id) {
		if (id.includes('tfjs-backend-wasm-threaded-simd.js') && !id.includes('.worker.'))
			return { code: code.replace('var _scriptDir = ', 'globalThis._scriptDir = '), map: null };
	}
};

export default mergeConfig(base, { worker: { plugins: () => [tfjsWasmThreadsFixForWorkers] } });
