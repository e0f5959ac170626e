import { describe, it, expect } from 'vitest';
import { fpnPreset, validateNasfpn } from '$lib/arch/nasfpn';
import { error, warning } from '$lib/arch/issues';
import { FpnControls, fieldIssues, fieldPath, withField } from '$lib/components/nasfpn/fpnControls.svelte';
import { NotebookState } from '$lib/state/notebook.svelte';

const R50 = { '3': 512, '4': 1024, '5': 2048 };

describe('fieldPath', () => {
	it.each([
		// the engine's issue paths (validate.ts formatPath: `backboneChannels.4`)
		{ id: 'channels' as const, path: 'channels' },
		{ id: 'imageSize' as const, path: 'imageSize' },
		{ id: 'repeats' as const, path: 'repeats' },
		{ id: 'bb4' as const, path: 'backboneChannels.4' }
	])('$id → $path', ({ id, path }) => expect(fieldPath(id)).toBe(path));
});

describe('withField', () => {
	it('sets one field and leaves the rest', () => {
		const f = fpnPreset('f');
		expect(withField(f, 'channels', 128, R50).channels).toBe(128);
		expect(withField(f, 'bb5', 1024, R50).backboneChannels).toEqual({ '3': 512, '4': 1024, '5': 1024 });
		expect(f.channels).toBe(256);
		expect(f.backboneChannels).toEqual(R50);
	});

	it('hands raw text to the engine, which refuses it at the field', () => {
		const next = withField(fpnPreset('f'), 'channels', 'abc', R50);
		const checked = validateNasfpn(next);
		expect(checked.ok).toBe(false);
		if (checked.ok) return;
		expect(fieldIssues(checked.issues, 'channels').map((i) => i.path)).toEqual(['channels']);
	});

	it.each([
		{ id: 'bb4' as const, value: 0 },
		{ id: 'bb4' as const, value: 'abc' }
	])('a bad backbone width $value is reported under backboneChannels.4', ({ id, value }) => {
		const checked = validateNasfpn(withField(fpnPreset('f'), id, value, R50));
		expect(checked.ok).toBe(false);
		if (checked.ok) return;
		expect(fieldIssues(checked.issues, id).length).toBeGreaterThan(0);
	});
});

describe('fieldIssues', () => {
	it('keeps the errors at the field or below it, drops warnings and other fields', () => {
		const issues = [
			error('channels', 'a'),
			error('channelsX', 'b'),
			warning('channels', 'c'),
			error('backboneChannels.4', 'd'),
			error('imageSize', 'e')
		];
		expect(fieldIssues(issues, 'channels').map((i) => i.message)).toEqual(['a']);
		expect(fieldIssues(issues, 'bb4').map((i) => i.message)).toEqual(['d']);
		expect(fieldIssues(issues, 'repeats')).toEqual([]);
	});
});

describe('FpnControls.input', () => {
	function setup() {
		const nb = new NotebookState();
		return { nb, controls: new FpnControls(nb) };
	}

	it('"abc" in channels, then Undo: the box shows the restored spec and no problem', () => {
		const { nb, controls } = setup();
		controls.input('channels', '128');
		controls.endTyping();
		expect(nb.fpn.channels).toBe(128);
		controls.input('channels', 'abc');
		expect(controls.text('channels')).toBe('abc');
		expect(controls.issues('channels').length).toBeGreaterThan(0);
		expect(nb.fpn.channels).toBe(128);
		nb.undo();
		expect(nb.fpn.channels).toBe(256);
		expect(controls.text('channels')).toBe('256');
		expect(controls.issues('channels')).toEqual([]);
	});

	it('a valid value is committed and shown as typed; another box keeps its invalid text meanwhile', () => {
		const { nb, controls } = setup();
		controls.input('repeats', 'x');
		controls.input('channels', '0128');
		expect(nb.fpn.channels).toBe(128);
		expect(controls.text('channels')).toBe('0128');
		expect(controls.text('repeats')).toBe('x');
		expect(controls.issues('repeats').length).toBeGreaterThan(0);
	});

	it.each([
		// the page's one grammar: exponent and full-width digits are numbers here as in every box
		{ text: '1e2', channels: 100 },
		{ text: '１２８', channels: 128 }
	])('input(channels, $text) commits $channels', ({ text, channels }) => {
		const { nb, controls } = setup();
		controls.input('channels', text);
		expect(nb.fpn.channels).toBe(channels);
		expect(controls.issues('channels')).toEqual([]);
	});

	it('typing one number is one undo step', () => {
		const { nb, controls } = setup();
		for (const t of ['1', '12', '128']) controls.input('channels', t);
		controls.endTyping();
		expect(nb.fpn.channels).toBe(128);
		nb.undo();
		expect(nb.fpn.channels).toBe(256);
	});
});
