// A latency table for this machine, measured now with tfjs on wasm (as the page's calibration does in its worker).
import type { LatencyTable } from '../lib/arch/latency/index';

export async function calibrateInNode(): Promise<LatencyTable> {
	throw new Error('calibration in Node is not available yet; pass --table file.json exported by the page');
}
