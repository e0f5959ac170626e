// Tensor shapes: "112×112×32".

import { NO_VALUE } from './numberFormat';

/** [112, 112, 32] → "112×112×32"; a missing shape or dimension → "—". */
export function formatShape(shape: readonly number[] | null | undefined): string {
	if (!shape) return NO_VALUE;
	return shape.map((d) => (Number.isFinite(d) ? String(d) : NO_VALUE)).join('×');
}
