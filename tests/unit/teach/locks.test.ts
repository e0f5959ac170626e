import { describe, it, expect } from 'vitest';
import {
	CONTROL_GROUPS,
	CONTROL_IDS,
	changedControls,
	classroomStyle,
	decodeLockIds,
	decodeLocks,
	encodeLocks,
	expandLockId,
	locksFromAllowed,
	lockedSelector,
	tourHighlightStyle,
	type ControlId,
	type LockedNetworks
} from '$lib/teach/locks';
import { mnasPreset } from '$lib/arch/mnasnet';
import { fpnPreset } from '$lib/arch/nasfpn';

// Expected values below come from the lock format defined in src/lib/teach/locks.ts (ids in dialog order,
// '.'-joined; group and older ids stand for the controls they cover).

describe('encodeLocks', () => {
	const cases: { locks: string[]; text: string }[] = [
		{ locks: [], text: '' },
		{ locks: ['latency'], text: 'latency' },
		// dialog order, not insertion order
		{ locks: ['nasfpn-edit', 'mnasnet-width'], text: 'mnasnet-width.nasfpn-edit' },
		{ locks: ['mnasnet-col-k', 'exports', 'bogus'], text: 'mnasnet-col-k.exports' }
	];
	for (const { locks, text } of cases)
		it(`encodeLocks([${locks.join(', ')}]) = "${text}"`, () => expect(encodeLocks(locks)).toBe(text));
});

describe('expandLockId', () => {
	const cases: { id: string; ids: readonly string[] }[] = [
		{ id: 'mnasnet-width', ids: ['mnasnet-width'] },
		{ id: 'mnasnet-settings', ids: CONTROL_GROUPS['mnasnet-settings'] },
		{ id: 'mnasnet-globals', ids: ['mnasnet-width', 'mnasnet-resolution', 'mnasnet-convention'] },
		{ id: 'warp-drive', ids: [] }
	];
	for (const { id, ids } of cases)
		it(`expandLockId("${id}") = [${ids.join(', ')}]`, () => expect(expandLockId(id)).toEqual(ids));
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
		{ text: 'mnasnet-width.nasfpn-edit', ids: ['mnasnet-width', 'nasfpn-edit'], warnings: 0 },
		{ text: 'LATENCY,exports', ids: ['latency', 'exports'], warnings: 0 },
		{ text: 'latency..exports.', ids: ['latency', 'exports'], warnings: 0 },
		{ text: 'latency.warp-drive', ids: ['latency'], warnings: 1 },
		{ text: 'mnasnet-globals', ids: ['mnasnet-width', 'mnasnet-resolution', 'mnasnet-convention'], warnings: 0 }
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
	it('decodeLockIds rejects more than 64 entries', () =>
		expect(decodeLockIds(Array(65).fill('latency')).ok).toBe(false));
});

describe('locksFromAllowed', () => {
	it('locksFromAllowed(all) locks nothing', () => expect(locksFromAllowed(new Set(CONTROL_IDS)).size).toBe(0));
	it('locksFromAllowed(∅) locks every control', () =>
		expect(locksFromAllowed(new Set()).size).toBe(CONTROL_IDS.length));
	it('locksFromAllowed({width_mult}) locks everything but width_mult', () => {
		const locks = locksFromAllowed(new Set<ControlId>(['mnasnet-width']));
		expect(locks.has('mnasnet-width')).toBe(false);
		expect(locks.size).toBe(CONTROL_IDS.length - 1);
	});
});

describe('classroomStyle', () => {
	it('classroomStyle([]) is empty', () => expect(classroomStyle([])).toBe(''));
	it('classroomStyle hides the latency runs with display: none', () => {
		const css = classroomStyle(['latency']);
		expect(css).toContain('[data-control~="latency"] { display: none');
	});
	it('classroomStyle greys the NAS-FPN graph without hiding it', () => {
		const css = classroomStyle(['nasfpn-edit']);
		expect(css).toContain('[data-control~="nasfpn-edit"] { opacity');
		expect(css).not.toContain('display: none');
	});
	it('classroomStyle writes nothing for controls the components disable themselves', () =>
		expect(classroomStyle(['mnasnet-width', 'mnasnet-col-k'])).toBe(''));
	it('classroomStyle ignores ids it does not know (no CSS injection)', () =>
		expect(classroomStyle(['x"] { } body { display: none']).trim()).toBe(''));
});

describe('lockedSelector', () => {
	it('lockedSelector lists only inert-mode ids', () =>
		expect(lockedSelector(['latency', 'mnasnet-col-se', 'nasfpn-steps'])).toBe('[data-control~="nasfpn-steps"]'));
	it('lockedSelector([]) is empty', () => expect(lockedSelector([])).toBe(''));
});

describe('changedControls', () => {
	const base: LockedNetworks = {
		mnas: mnasPreset('lecture'),
		mnasPresetId: 'lecture',
		fpn: fpnPreset('f'),
		fpnStep: 'f'
	};
	const blocks = base.mnas.blocks;
	const cases: { name: string; after: LockedNetworks; ids: ControlId[] }[] = [
		{ name: 'nothing', after: base, ids: [] },
		{ name: 'width_mult', after: { ...base, mnas: { ...base.mnas, widthMult: 0.5 } }, ids: ['mnasnet-width'] },
		{
			name: 'k of block 3',
			after: { ...base, mnas: { ...base.mnas, blocks: blocks.map((b, i) => (i === 2 ? { ...b, k: 3 } : b)) } },
			ids: ['mnasnet-col-k']
		},
		{
			name: 'one block fewer',
			after: { ...base, mnas: { ...base.mnas, blocks: blocks.slice(1) } },
			ids: ['mnasnet-blocks']
		},
		// a preset brings its whole network: one edit of the preset control
		{
			name: 'preset',
			after: { ...base, mnas: mnasPreset('mnasnet-a1'), mnasPresetId: 'mnasnet-a1' },
			ids: ['mnasnet-preset']
		},
		{ name: 'channels', after: { ...base, fpn: { ...base.fpn, channels: 128 } }, ids: ['nasfpn-channels'] },
		{ name: 'cells', after: { ...base, fpn: { ...base.fpn, cells: base.fpn.cells.slice(1) } }, ids: ['nasfpn-edit'] },
		{
			name: 'step',
			after: { ...base, fpn: { ...base.fpn, cells: base.fpn.cells.slice(1) }, fpnStep: 'b' },
			ids: ['nasfpn-steps']
		}
	];
	for (const { name, after, ids } of cases)
		it(`changedControls(lecture/f, ${name}) = [${ids.join(', ')}]`, () =>
			expect([...changedControls(base, after)].sort()).toEqual(ids));
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
