// The accuracy stand-in of the search. A browser cannot train on ImageNet, so the search uses a training-free
// proxy: the parameter count, which zero-cost NAS studies report as a strong baseline (Abdelfattah et al.,
// "Zero-Cost Proxies for Lightweight NAS", ICLR 2021, §4). It is a proxy, never an accuracy.

export const PROXY_NAME = 'log-params';

/** log10(params) / 8, clipped to (0, 1]: 100 M parameters score 1, and doubling the parameters adds log10(2)/8 ≈ 0.038. */
export function paramsProxy(params: number): number {
	if (!(params > 1) || !Number.isFinite(params)) return Number.MIN_VALUE;
	return Math.min(1, Math.log10(params) / 8);
}
