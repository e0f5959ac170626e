// The tour step in a link: the 1-based step number (`tour=3`); a step id (`tour=fpn-f`) is accepted too.
import type { Checked } from '$lib/arch/issues';
import { error } from '$lib/arch/issues';
import { TOUR_STEPS } from './tourSteps';

/** URL text for the 0-based step index. */
export function encodeTourStep(index: number): string {
	return String(index + 1);
}

/** The 0-based step index from a link's `tour` field. */
export function decodeTourStep(text: string, steps: readonly { id: string }[] = TOUR_STEPS): Checked<number> {
	const t = text.trim();
	if (/^\d{1,3}$/.test(t)) {
		const n = Number(t);
		if (n >= 1 && n <= steps.length) return { ok: true, value: n - 1, warnings: [] };
		return { ok: false, issues: [error('tour', `the tour has steps 1 to ${steps.length}, not ${n}`)] };
	}
	const byId = steps.findIndex((s) => s.id === t);
	if (byId >= 0) return { ok: true, value: byId, warnings: [] };
	return { ok: false, issues: [error('tour', 'unknown tour step')] };
}
