import { describe, it, expect } from 'vitest';
import {
	CONTROL_IDS,
	classroomStyle,
	decodeLockIds,
	decodeLocks,
	encodeLocks,
	locksFromAllowed,
	lockedSelector,
	tourHighlightStyle,
	type ControlId
} from '$lib/teach/locks';

// Expected values below come from the lock format defined in src/lib/teach/locks.ts (ids in panel order, '.'-joined)
// and the control ids listed in issue 6 §1 / the helper brief.

describe('encodeLocks', () => {
	const cases: { locks: string[]; text: string }[] = [
		{ locks: [], text: '' },
		{ locks: ['latency'], text: 'latency' },
		// panel order, not insertion order
		{ locks: ['nasfpn-edit', 'mnasnet-globals'], text: 'mnasnet-globals.nasfpn-edit' },
		{ locks: ['mnasnet-col-k', 'exports', 'bogus'], text: 'exports.mnasnet-col-k' }
	];
	for (const { locks, text } of cases)
		it(`encodeLocks([${locks.join(', ')}]) = "${text}"`, () => expect(encodeLocks(locks)).toBe(text));
});

describe('decodeLocks', () => {
	it('decodeLocks(encodeLocks(x)) round-trips every id', () => {
		const all = new Set<ControlId>(CONTROL_IDS);
		const back = decodeLocks(encodeLocks(all));
		expect(back.ok && [...back.value].sort()).toEqual([...all].sort());
	});

	const good: { text: string; ids: string[]; warnings: number }[] = [
		{ text: '', ids: [], warnings: 0 },
		{ text: '  ', ids: [], warnings: 0 },
		{ text: 'mnasnet-globals.nasfpn-edit', ids: ['mnasnet-globals', 'nasfpn-edit'], warnings: 0 },
		{ text: 'LATENCY,exports', ids: ['latency', 'exports'], warnings: 0 },
		{ text: 'latency..exports.', ids: ['latency', 'exports'], warnings: 0 },
		{ text: 'latency.warp-drive', ids: ['latency'], warnings: 1 }
	];
	for (const { text, ids, warnings } of good)
		it(`decodeLocks("${text}") gives [${ids.join(', ')}] with ${warnings} warning(s)`, () => {
			const r = decodeLocks(text);
			expect(r.ok).toBe(true);
			if (!r.ok) return;
			expect([...r.value].sort()).toEqual([...ids].sort());
			expect(r.warnings).toHaveLength(warnings);
		});

	const bad = ['<img src=x onerror=alert(1)>', 'latency;exports', 'a'.repeat(1001), 'mnasnet preset'];
	for (const text of bad)
		it(`decodeLocks rejects ${JSON.stringify(text.slice(0, 30))}`, () => {
			const r = decodeLocks(text);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.issues[0].path).toBe('lock');
		});
});

describe('decodeLockIds', () => {
	it('decodeLockIds keeps known ids and warns once per unknown entry', () => {
		const r = decodeLockIds(['latency', 'mnas.blocks', 42, 'mnasnet-col-k']);
		expect(r.ok && [...r.value]).toEqual(['latency', 'mnasnet-col-k']);
		expect(r.ok && r.warnings).toHaveLength(2);
	});
	it('decodeLockIds rejects more than 64 entries', () => expect(decodeLockIds(Array(65).fill('latency')).ok).toBe(false));
});

describe('locksFromAllowed', () => {
	it('locksFromAllowed(all) locks nothing', () => expect(locksFromAllowed(new Set(CONTROL_IDS)).size).toBe(0));
	it('locksFromAllowed(∅) locks every group but lists no column (the locked table covers them)', () => {
		const locks = locksFromAllowed(new Set());
		expect(locks.has('mnasnet-table')).toBe(true);
		expect([...locks].some((id) => id.startsWith('mnasnet-col-'))).toBe(false);
		expect(locks.size).toBe(9);
	});
	it('locksFromAllowed(table without k) locks the k column', () => {
		const allowed = new Set<ControlId>(CONTROL_IDS.filter((id) => id !== 'mnasnet-col-k'));
		expect([...locksFromAllowed(allowed)]).toEqual(['mnasnet-col-k']);
	});
});

describe('classroomStyle', () => {
	it('classroomStyle([]) is empty', () => expect(classroomStyle([])).toBe(''));
	it('classroomStyle hides a group with display: none', () => {
		const css = classroomStyle(['mnasnet-globals']);
		expect(css).toContain('[data-control~="mnasnet-globals"]');
		expect(css).toContain('display: none');
		expect(css).not.toContain('pointer-events');
	});
	it('classroomStyle locks the table and columns without hiding them', () => {
		const css = classroomStyle(['mnasnet-table', 'mnasnet-col-k']);
		expect(css).toContain('[data-control~="mnasnet-table"], [data-control~="mnasnet-col-k"] { pointer-events: none');
		expect(css).not.toContain('display: none');
	});
	it('classroomStyle ignores ids it does not know (no CSS injection)', () =>
		expect(classroomStyle(['x"] { } body { display: none']).trim()).toBe(''));
});

describe('lockedSelector', () => {
	it('lockedSelector lists only lock-mode ids', () =>
		expect(lockedSelector(['latency', 'mnasnet-col-se'])).toBe('[data-control~="mnasnet-col-se"]'));
	it('lockedSelector([]) is empty', () => expect(lockedSelector([])).toBe(''));
});

describe('tourHighlightStyle', () => {
	it('tourHighlightStyle(id) outlines both attributes', () => {
		const css = tourHighlightStyle('mnasnet-globals');
		expect(css).toContain('[data-tour-target~="mnasnet-globals"], [data-control~="mnasnet-globals"]');
		expect(css).toContain('outline');
	});
	it('tourHighlightStyle(null) and unsafe text give nothing', () => {
		expect(tourHighlightStyle(null)).toBe('');
		expect(tourHighlightStyle('a"] , * {')).toBe('');
	});
});
