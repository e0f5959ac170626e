import { describe, it, expect } from 'vitest';
import { ClassroomState } from '$lib/state/classroom.svelte';
import { CompareState } from '$lib/state/compare.svelte';
import { NotebookState } from '$lib/state/notebook.svelte';
import { costMnasnet, mnasPreset } from '$lib/arch/mnasnet';

// Lock format: src/lib/teach/locks.ts; compare format: src/lib/teach/compareRef.ts.

describe('ClassroomState', () => {
	it('ClassroomState.load("mnasnet-globals.mnasnet-col-k") hides the globals and locks the k column', () => {
		const c = new ClassroomState();
		c.load('mnasnet-globals.mnasnet-col-k');
		expect(c.active).toBe(true);
		expect(c.hidden('mnasnet-globals')).toBe(true);
		expect(c.hidden('mnasnet-col-k')).toBe(false); // shown, but locked
		expect(c.locked('mnasnet-col-k')).toBe(true);
		expect(c.hidden('latency')).toBe(false);
		expect(c.css).toContain('[data-control~="mnasnet-globals"] { display: none');
		expect(c.inertSelector).toBe('[data-control~="mnasnet-col-k"]');
	});

	it('ClassroomState.load of a hostile field shows everything and keeps the problem', () => {
		const c = new ClassroomState();
		c.load('<script>alert(1)</script>');
		expect(c.active).toBe(false);
		expect(c.css).toBe('');
		expect(c.problems[0]?.severity).toBe('error');
	});

	it('ClassroomState.loadIds takes the notebook link’s list and drops unknown ids with a warning', () => {
		const c = new ClassroomState();
		c.loadIds(['latency', 'nasfpn-edit', 'mnas.blocks'], { teacher: true });
		expect([...c.locks].sort()).toEqual(['latency', 'nasfpn-edit']);
		expect(c.teacher).toBe(true);
		expect(c.problems).toHaveLength(1);
	});

	it('ClassroomState draft: unticking groups fills draftLocks; preview applies them as the teacher; exit clears', () => {
		const c = new ClassroomState();
		expect(c.draftLocks.size).toBe(0);
		c.setAllowed('exports', false);
		c.setAllowed('mnasnet-col-se', false);
		expect(c.draftLockText).toBe('exports.mnasnet-col-se');
		c.preview();
		expect(c.teacher).toBe(true);
		expect(c.lockText).toBe('exports.mnasnet-col-se');
		c.exit();
		expect(c.active).toBe(false);
		c.allowNone();
		expect(c.draftLocks.size).toBe(9); // the nine groups of CONTROL_GROUP_IDS
		c.allowAll();
		expect(c.draftLocks.size).toBe(0);
	});
});

describe('CompareState', () => {
	it('CompareState defaults to lecture vs A1, ratio from the engine', () => {
		// mnasnet.md §0: 4,383,312 → 3,887,038 params
		const cmp = new CompareState(new NotebookState());
		expect(cmp.text).toBe('m.lecture~m.mnasnet-a1');
		expect(cmp.comparison.total.paramsRatio).toBe(3_887_038 / 4_383_312);
	});

	it('CompareState "current" follows the notebook’s edits', () => {
		const nb = new NotebookState();
		const cmp = new CompareState(nb);
		cmp.pick('right', 'm.current');
		expect(cmp.comparison.total.macsRatio).toBe(1);
		nb.setMnas({ ...nb.mnas, widthMult: 0.5 });
		const half = costMnasnet({ ...mnasPreset('lecture'), widthMult: 0.5 }).total.macs;
		expect(cmp.comparison.total.right?.macs).toBe(half);
	});

	it('CompareState compares NAS-FPN steps at the notebook’s current settings', () => {
		const nb = new NotebookState();
		const cmp = new CompareState(nb);
		cmp.pick('left', 'f.a');
		expect(cmp.kind).toBe('nasfpn');
		expect(cmp.ref.right).toEqual({ kind: 'nasfpn', id: 'current' });
		nb.setFpn({ ...nb.fpn, channels: 128 });
		// a 3×3 conv costs 9·C² per pixel (nasfpn.md §7): (a)'s P3 cell at 128 channels, 80×80 pixels
		const p3 = cmp.comparison.rows.find((r) => r.key === 'cell-3');
		expect(p3?.left?.macs).toBe(9 * 128 * 128 * 6400);
	});

	it('CompareState.load keeps the pair and reports a bad link field; ignores unknown picker values', () => {
		const cmp = new CompareState(new NotebookState());
		cmp.load('m.lecture~f.a');
		expect(cmp.text).toBe('m.lecture~m.mnasnet-a1');
		expect(cmp.problems).toHaveLength(1);
		cmp.load('f.b~f.e');
		expect(cmp.text).toBe('f.b~f.e');
		expect(cmp.problems).toHaveLength(0);
		cmp.pick('left', 'x.nothing');
		expect(cmp.text).toBe('f.b~f.e');
	});
});
