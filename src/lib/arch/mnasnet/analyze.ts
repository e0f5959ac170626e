// analyzeMnasnet: validate untrusted input, then plan and cost it. The one safe entry point for UI, URL and CLI.
import type { Checked } from '../issues';
import { costPlan } from './cost';
import type { MnasPlan } from './plan';
import type { MnasCostReport } from './report';
import { planMnasnet } from './resolve';
import type { MnasnetSpec } from './spec';
import { validateMnasnet } from './validate';

export interface MnasAnalysis {
	spec: MnasnetSpec;
	plan: MnasPlan;
	report: MnasCostReport;
}

export function analyzeMnasnet(input: unknown): Checked<MnasAnalysis> {
	const checked = validateMnasnet(input);
	if (!checked.ok) return checked;
	const spec = checked.value;
	const plan = planMnasnet(spec);
	const report = costPlan(spec, plan);
	return { ok: true, value: { spec, plan, report }, warnings: checked.warnings };
}
