// Backend set-up for a latency run: wasm by default (SIMD; threaded when the page is cross-origin isolated),
// webgl, webgpu where the browser has it, cpu; falls back along wasm → webgl → cpu when one fails to start.
// Only the latency worker and Node scripts import this module (it pulls in all of tfjs).
import * as tf from '@tensorflow/tfjs';
import * as wasm from '@tensorflow/tfjs-backend-wasm';
import type { BackendInfo, BackendName } from './protocol';

export type WasmPaths = Record<
	'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm',
	string
>;

let wasmPathsSet = false;

// tfjs hands the threaded factory's source (`toString()`) to its pthread workers. A minifier renames the closure
// variable `_scriptDir` in it, so every pthread worker throws and tf.ready() never resolves (see vite.config.ts).
// vite.config.ts makes `_scriptDir` a global to prevent that; this checks the fix reached this bundle.
function minifierProbe(parameterNameThatAMinifierShortens: number): number {
	return parameterNameThatAMinifierShortens + 1;
}

/** Whether the threaded wasm binary can start in this bundle: unminified, or minified with the fix applied. */
function threadedWasmIsSafe(): boolean {
	const minified = !minifierProbe.toString().includes('parameterNameThatAMinifierShortens');
	return !minified || '_scriptDir' in globalThis;
}

/** Browser only: where the three wasm binaries are served (Vite `?url` imports, see wasmUrls.ts). Once. */
export function useWasmPaths(paths: WasmPaths): void {
	if (wasmPathsSet) return;
	wasm.setWasmPaths(paths);
	wasmPathsSet = true;
}

async function tryBackend(name: BackendName): Promise<boolean> {
	try {
		if (name === 'webgpu') {
			if (typeof navigator === 'undefined' || !('gpu' in navigator)) return false;
			await import('@tensorflow/tfjs-backend-webgpu');
		}
		if (name === 'webgl' && typeof OffscreenCanvas === 'undefined' && typeof document === 'undefined') return false;
		if (!(await tf.setBackend(name))) return false;
		await tf.ready();
		return tf.getBackend() === name;
	} catch {
		return false;
	}
}

function isolated(): boolean {
	return typeof globalThis.crossOriginIsolated === 'boolean' ? globalThis.crossOriginIsolated : false;
}

function cores(): number | null {
	return typeof navigator !== 'undefined' && typeof navigator.hardwareConcurrency === 'number'
		? navigator.hardwareConcurrency
		: null;
}

export async function describeBackend(requested: BackendName, note?: string): Promise<BackendInfo> {
	const backend = tf.getBackend() as BackendName;
	const info: BackendInfo = {
		backend,
		requested,
		wasmBinary: null,
		simd: null,
		threads: null,
		crossOriginIsolated: isolated(),
		hardwareConcurrency: cores(),
		...(note ? { note } : {})
	};
	if (backend === 'wasm') {
		const simd = Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'));
		const mt = Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'));
		info.simd = simd;
		info.wasmBinary =
			simd && mt
				? 'tfjs-backend-wasm-threaded-simd.wasm'
				: simd
					? 'tfjs-backend-wasm-simd.wasm'
					: 'tfjs-backend-wasm.wasm';
		info.threads = wasm.getThreadsCount();
	}
	return info;
}

/** Makes `requested` the active backend if it starts, else the first of wasm, webgl, cpu that does. */
export async function setupBackend(requested: BackendName, opts: { wasmThreads?: boolean } = {}): Promise<BackendInfo> {
	let note: string | undefined;
	if (!tf.getBackend() && (await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'))) {
		if (opts.wasmThreads === false) {
			tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
		} else if (!threadedWasmIsSafe()) {
			tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
			note = 'threaded wasm disabled: this build lacks the tfjs _scriptDir fix for workers';
		}
	}
	if (tf.getBackend() === requested || (await tryBackend(requested))) return describeBackend(requested, note);
	for (const fallback of ['wasm', 'webgl', 'cpu'] as BackendName[]) {
		if (fallback === requested) continue;
		if (await tryBackend(fallback)) {
			return describeBackend(requested, `${requested} did not start here; using ${fallback}`);
		}
	}
	throw new Error(`no tfjs backend could start (asked for ${requested})`);
}
