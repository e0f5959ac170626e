import { describe, it, expect } from 'vitest';
import { ClassroomState } from '$lib/state/classroom.svelte';
import { CompareState } from '$lib/state/compare.svelte';
import { NotebookState } from '$lib/state/notebook.svelte';
import { costMnasnet, mnasPreset } from '$lib/arch/mnasnet';
import { CONTROL_IDS } from '$lib/teach/locks';

// Lock format: src/lib/teach/locks.ts; compare format: src/lib/teach/compareRef.ts.

describe('ClassroomState', () => {
	it('ClassroomState.load("latency.mnasnet-col-k") hides the runs and locks the k column', () => {
		const c = new ClassroomState();
		c.load('latency.mnasnet-col-k');
		expect(c.active).toBe(true);
		expect(c.hidden('latency')).toBe(true);
		expect(c.hidden('mnasnet-col-k')).toBe(false); // shown, but locked
		expect(c.locked('mnasnet-col-k')).toBe(true);
		expect(c.locked('mnasnet-width')).toBe(false);
		expect(c.css).toContain('[data-control~="latency"] { display: none');
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

	it('ClassroomState draft: unticking fills draftLocks; preview applies them as the teacher; exit clears', () => {
		const c = new ClassroomState();
		expect(c.draftLocks.size).toBe(0);
		c.setAllowed('exports', false);
		c.setAllowed('mnasnet-col-se', false);
		expect(c.draftLockText).toBe('mnasnet-col-se.exports');
		c.preview();
		expect(c.teacher).toBe(true);
		expect(c.lockText).toBe('mnasnet-col-se.exports');
		c.exit();
		expect(c.active).toBe(false);
		c.allowNone();
		c.setAllowedMany(['mnasnet-width'], true);
		expect(c.draftLocks.has('mnasnet-width')).toBe(false);
		expect(c.draftLocks.size).toBe(CONTROL_IDS.length - 1);
		c.allowAll();
		expect(c.draftLocks.size).toBe(0);
	});

	it('ClassroomState.refusals names each locked control a change edits, and nothing else', () => {
		const c = new ClassroomState();
		const nb = new NotebookState();
		const before = nb.snapshot();
		const wider = { ...before, mnas: { ...before.mnas, widthMult: 0.5, resolution: 192 } };
		expect(c.refusals(before, wider)).toEqual([]); // no classroom mode
		c.loadIds(['mnasnet-resolution']);
		const issues = c.refusals(before, wider);
		expect(issues.map((i) => i.path)).toEqual(['mnasnet-resolution']);
		expect(issues[0].message).toBe('resolution is locked in this classroom link.');
	});
});

describe('NotebookState with a classroom guard', () => {
	function guarded(locks: string[]): NotebookState {
		const nb = new NotebookState();
		const c = new ClassroomState();
		c.loadIds(locks);
		nb.guard = (a, b) => c.refusals(a, b);
		return nb;
	}

	it('NotebookState.setMnas refuses a locked field and keeps the network', () => {
		const nb = guarded(['mnasnet-col-k']);
		const before = nb.mnas;
		const r = nb.setMnas({ ...nb.mnas, blocks: nb.mnas.blocks.map((b, i) => (i === 2 ? { ...b, k: 3 } : b)) });
		expect(r.ok).toBe(false);
		expect(nb.mnas).toBe(before);
		expect(nb.canUndo).toBe(false);
		expect(nb.setMnas({ ...nb.mnas, widthMult: 0.5 }).ok).toBe(true);
	});

	it('NotebookState.reset is refused when it would change a locked control; resetTo is not', () => {
		const nb = guarded(['mnasnet-width']);
		const teacher = { ...nb.snapshot(), mnas: { ...nb.mnas, widthMult: 0.75 } };
		nb.restore(teacher);
		expect(nb.reset()).toBe(false);
		expect(nb.mnas.widthMult).toBe(0.75);
		nb.resetTo({ ...teacher, mnas: { ...teacher.mnas, resolution: 192 } });
		expect(nb.mnas.resolution).toBe(192);
	});

	it('NotebookState.undo is refused when the step back would change a locked control', () => {
		const nb = new NotebookState();
		nb.setMnas({ ...nb.mnas, widthMult: 0.5 });
		const c = new ClassroomState();
		c.loadIds(['mnasnet-width']);
		nb.guard = (a, b) => c.refusals(a, b);
		expect(nb.undo()).toBe(false);
		expect(nb.mnas.widthMult).toBe(0.5);
	});
});

describe('NotebookState.gesture', () => {
	it('NotebookState.gesture joins the commits of one gesture into one undo step', () => {
		const nb = new NotebookState();
		const start = nb.mnas.widthMult;
		nb.gesture('slider');
		for (const w of [0.9, 0.8, 0.7, 0.6]) nb.setMnas({ ...nb.mnas, widthMult: w });
		nb.endGesture();
		expect(nb.mnas.widthMult).toBe(0.6);
		nb.undo();
		expect(nb.mnas.widthMult).toBe(start);
		expect(nb.canUndo).toBe(false);
	});

	it('NotebookState.gesture with another key starts a new step', () => {
		const nb = new NotebookState();
		nb.gesture('a');
		nb.setMnas({ ...nb.mnas, widthMult: 0.5 });
		nb.gesture('b');
		nb.setMnas({ ...nb.mnas, resolution: 192 });
		nb.undo();
		expect(nb.mnas.widthMult).toBe(0.5);
		expect(nb.mnas.resolution).toBe(224); // lecture preset: 224×224 input
	});
});

describe('CompareState', () => {
	it('CompareState defaults to lecture vs A1, ratio from the engine', () => {
		// torchvision models/mnasnet.py weights meta; tensorflow/tpu models/official/mnasnet: 4,383,312 → 3,887,038 params
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
		// a 3×3 conv costs 9·C² per pixel (tensorflow/tpu detection/modeling/architecture/nasfpn.py, 3×3 conv cost): (a)'s P3 cell at 128 channels, 80×80 pixels
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
