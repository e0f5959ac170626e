import { describe, it, expect } from 'vitest';
import { DraftField } from '$lib/state/draftField.svelte';
import { error } from '$lib/arch/issues';

/** An outside source (a spec) the field is typed against, replaced the way the notebook replaces its spec. */
function specSource(channels: number) {
	const box = { spec: { channels } };
	const field = new DraftField({ source: () => box.spec });
	return { box, field };
}

describe('DraftField.keep', () => {
	it('shows the draft while the source it was typed against is still current', () => {
		const { field } = specSource(256);
		field.keep('abc', [error('channels', 'must be a whole number')]);
		expect(field.text('256')).toBe('abc');
		expect(field.invalid).toBe(true);
		expect(field.draft).toBe('abc');
	});

	it('drops the draft when the source changes (undo, reset, a link)', () => {
		const { box, field } = specSource(256);
		field.keep('abc', [error('channels', 'must be a whole number')]);
		box.spec = { channels: 128 }; // e.g. Undo restored an earlier spec
		expect(field.text('128')).toBe('128');
		expect(field.issues).toEqual([]);
		expect(field.invalid).toBe(false);
		expect(field.draft).toBeNull();
		// an equal spec is still another spec: the draft stays dropped
		box.spec = { channels: 256 };
		expect(field.text('256')).toBe('256');
	});

	it('keeps the draft across an edit made through the field (rebase)', () => {
		const { box, field } = specSource(256);
		const before = box.spec;
		box.spec = { channels: 128 };
		field.keep('0128');
		const after = { channels: 128 };
		const old = box.spec;
		box.spec = after;
		field.rebase(old, after);
		expect(field.text('128')).toBe('0128');
		// a rebase from a source it was not typed against does nothing
		field.rebase(before, { channels: 1 });
		expect(field.text('128')).toBe('0128');
	});

	it('drop() forgets the draft', () => {
		const { field } = specSource(256);
		field.keep('12');
		field.drop();
		expect(field.text('256')).toBe('256');
	});
});

describe('DraftField.input', () => {
	const runs = () => new DraftField({ rules: { integer: true, range: { min: 1, max: 1000 } }, initial: 30 });

	it.each([
		{ text: '50', value: 50, current: 50, invalid: false },
		{ text: ' ５０ ', value: 50, current: 50, invalid: false },
		{ text: 'abc', value: 30, current: null, invalid: true },
		{ text: '', value: 30, current: null, invalid: true },
		{ text: '0', value: 30, current: null, invalid: true },
		{ text: '2.5', value: 30, current: null, invalid: true },
		{ text: '1e999', value: 30, current: null, invalid: true }
	])('input($text): value $value, current $current', ({ text, value, current, invalid }) => {
		const f = runs();
		f.input(text);
		expect(f.text()).toBe(text);
		expect(f.value).toBe(value);
		expect(f.current).toBe(current);
		expect(f.invalid).toBe(invalid);
		if (invalid) expect(f.issues[0].code).toMatch(/^n\./);
	});

	it('shows its own value when nothing was typed', () => {
		const f = runs();
		expect(f.text()).toBe('30');
		expect(f.current).toBe(30);
	});

	it('an empty optional box is valid and means no value', () => {
		const f = new DraftField({ rules: { range: { min: 0, max: 100 } }, optional: true, initial: 75.2 });
		f.input('  ');
		expect(f.invalid).toBe(false);
		expect(f.value).toBeNull();
		expect(f.current).toBeNull();
		expect(f.text()).toBe('  ');
	});

	it('set() from elsewhere (a prefill) drops a draft typed against the old value, keeps one that means it', () => {
		const f = new DraftField({ rules: { range: { min: 0, max: 100 } }, optional: true });
		f.input('abc');
		f.set(75.2);
		expect(f.text()).toBe('75.2');
		expect(f.invalid).toBe(false);
		f.input('80.0');
		f.set(80);
		expect(f.text()).toBe('80.0');
	});
});
