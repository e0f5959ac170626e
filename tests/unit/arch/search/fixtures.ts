// A deterministic stand-in for the calibrated latency table: layer MACs at a fixed rate plus a fixed cost per
// layer and per squeeze-excitation block, so that networks with equal MACs can still differ in latency.
import { planMnasnet, costPlan, type MnasnetSpec } from '$lib/arch/mnasnet';

export function toyPredict(spec: MnasnetSpec): number {
	const report = costPlan(spec, planMnasnet(spec));
	const se = spec.blocks.reduce((n, b) => n + (b.se > 0 ? b.n : 0), 0);
	return report.total.macs / 2e7 + 0.05 * report.layers.length + 0.3 * se;
}
