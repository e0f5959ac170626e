import { describe, it, expect } from 'vitest';
import { onScreen } from '$lib/i18n/fieldNames';
import { validateMnasnet, mnasPreset } from '$lib/arch/mnasnet';

// On-screen names: the block table's header (op, t, c, n, s, k, SE, skip), the width box `width_mult`, rows and
// cells numbered from 1 as the table and the graph show them.

describe('onScreen of one field path', () => {
	const cases: { path: string; en: string; ko: string }[] = [
		{ path: 'widthMult', en: 'width_mult', ko: 'width_mult' },
		{ path: 'blocks[1].c', en: 'c of block 2', ko: '블록 2의 c' },
		{ path: 'blocks[0].se', en: 'SE of block 1', ko: '블록 1의 SE' },
		{ path: 'blocks[4]', en: 'block 5', ko: '블록 5' },
		{ path: 'mnasnet.blocks[2].k', en: 'k of block 3', ko: '블록 3의 k' },
		{ path: 'cells[2].inputs[0]', en: 'input 1 of cell 3', ko: '셀 3의 입력 1' },
		{ path: 'cells[0].level', en: 'level of cell 1', ko: '셀 1의 level' },
		{ path: 'resolution', en: 'resolution', ko: 'resolution' }
	];
	for (const { path, en, ko } of cases) {
		it(`onScreen("${path}", en) = "${en}"`, () => expect(onScreen(path, 'en')).toBe(en));
		it(`onScreen("${path}", ko) = "${ko}"`, () => expect(onScreen(path, 'ko')).toBe(ko));
	}
});

describe('onScreen', () => {
	it('onScreen rewrites the paths inside a sentence and leaves the rest', () =>
		expect(onScreen('widthMult 0.001 scales blocks[1].c to 0 channels; raise widthMult.', 'en')).toBe(
			'width_mult 0.001 scales c of block 2 to 0 channels; raise width_mult.'
		));
	it('onScreen drops the JSON label of the width', () =>
		expect(onScreen('widthMult (width multiplier) must be greater than 0', 'en')).toBe(
			'width_mult must be greater than 0'
		));
	it('onScreen leaves a validator message of a bad width without JSON names', () => {
		const r = validateMnasnet({ ...mnasPreset('lecture'), widthMult: 9 });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const text = r.issues.map((i) => onScreen(i.message, 'en')).join(' ');
		expect(text).toContain('width_mult');
		expect(text).not.toMatch(/widthMult|blocks\[/);
	});
});
