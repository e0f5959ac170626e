// A latency table for this machine, measured now with tfjs on wasm (as the page's calibration does in its worker).
// Loaded only when the search runs without --table: it pulls in all of tfjs.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { cpus } from 'node:os';
import type { LatencyTable } from '../lib/arch/latency/index';
import { calibrateLatencyTable } from '../lib/tfjs/latencyCalibrate';

export async function calibrateInNode(onProgress?: (done: number, total: number) => void): Promise<LatencyTable> {
	if (!(await tf.setBackend('wasm'))) throw new Error('the tfjs wasm backend did not start');
	await tf.ready();
	return calibrateLatencyTable({ device: `node ${process.version} wasm, ${cpus().length} cores`, onProgress });
}
