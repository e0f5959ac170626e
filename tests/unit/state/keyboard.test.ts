import { describe, it, expect } from 'vitest';
import { historyShortcut, isTextEntry, type KeyLike } from '$lib/state/keyboard';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	altKey: false,
	...mods
});

describe('historyShortcut', () => {
	it.each([
		['Ctrl+Z', key('z', { ctrlKey: true }), 'undo'],
		['Cmd+Z', key('z', { metaKey: true }), 'undo'],
		['Ctrl+Shift+Z (key arrives upper-case)', key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
		['Cmd+Shift+Z', key('z', { metaKey: true, shiftKey: true }), 'redo'],
		['Ctrl+Y', key('y', { ctrlKey: true }), 'redo'],
		['Ctrl+Z with a Korean IME (key ㅋ, code KeyZ)', key('ㅋ', { ctrlKey: true, code: 'KeyZ' }), 'undo'],
		['Ctrl+Y with a Korean IME (key ㅛ, code KeyY)', key('ㅛ', { ctrlKey: true, code: 'KeyY' }), 'redo'],
		['plain z', key('z'), null],
		['Shift+Z', key('Z', { shiftKey: true }), null],
		['Ctrl+Alt+Z', key('z', { ctrlKey: true, altKey: true }), null],
		['Ctrl+Shift+Y', key('Y', { ctrlKey: true, shiftKey: true }), null],
		['Ctrl+X', key('x', { ctrlKey: true }), null],
		['AZERTY Ctrl+W on the KeyZ position', key('w', { ctrlKey: true, code: 'KeyZ' }), null]
	])('%s → %s', (_name, e, expected) => {
		expect(historyShortcut(e)).toBe(expected);
	});
});

describe('isTextEntry', () => {
	it.each([
		[{ tagName: 'TEXTAREA' }, true],
		[{ tagName: 'TEXTAREA', readOnly: true }, false],
		[{ tagName: 'INPUT', type: 'text' }, true],
		[{ tagName: 'INPUT', type: 'number' }, true],
		[{ tagName: 'INPUT', type: '' }, true],
		[{ tagName: 'INPUT', type: 'range' }, false],
		[{ tagName: 'INPUT', type: 'checkbox' }, false],
		[{ tagName: 'SELECT' }, false],
		[{ tagName: 'BUTTON' }, false],
		[{ tagName: 'DIV', isContentEditable: true }, true],
		[{ tagName: 'DIV' }, false],
		[null, false],
		['body', false]
	])('%j → %s', (el, expected) => {
		expect(isTextEntry(el)).toBe(expected);
	});
});
