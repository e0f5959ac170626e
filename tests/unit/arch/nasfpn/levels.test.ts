import { describe, it, expect } from 'vitest';
import { cellOffset, levelCount, nodeReadOrder, readOrder } from '$lib/arch/nasfpn/levels';

// Ghiasi et al., NAS-FPN, CVPR 2019 §3: the pyramid P3–P7 gives five input nodes (0–4); cell i is node 5 + i
const P3_P7 = { minLevel: 3, maxLevel: 7 };

describe('levelCount', () => {
	it.each([
		[{ minLevel: 3, maxLevel: 7 }, 5],
		[{ minLevel: 2, maxLevel: 2 }, 1],
		[{ minLevel: 3, maxLevel: 5 }, 3]
	])('levelCount(%j) = %i', (p, n) => expect(levelCount(p)).toBe(n));
});

describe('nodeReadOrder', () => {
	it.each([
		[5, 0, 'earlier'],
		[5, 4, 'earlier'],
		[5, 5, 'self'],
		[5, 6, 'later']
	] as const)('nodeReadOrder(%i, %i) = %s', (reader, src, order) => expect(nodeReadOrder(reader, src)).toBe(order));
});

describe('readOrder', () => {
	it('is nodeReadOrder at the cell’s node', () => {
		for (let cell = 0; cell < 3; cell++)
			for (let src = 0; src < 10; src++)
				expect(readOrder(P3_P7, cell, src)).toBe(nodeReadOrder(cellOffset(P3_P7, cell), src));
		expect(readOrder(P3_P7, 0, 4)).toBe('earlier');
		expect(readOrder(P3_P7, 0, 5)).toBe('self');
	});
});
