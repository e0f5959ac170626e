import { describe, it, expect } from 'vitest';
import { compareFromLink, compareToLink, sideFromLink, sideToLink } from '$lib/state/compareSides';
import { COMPARE_SIDES, DEFAULT_COMPARE } from '$lib/teach/compareRef';
import { decodeNotebook, encodeNotebook, type NotebookDoc } from '$lib/arch/serialize';
import { mnasPreset } from '$lib/arch/mnasnet';
import { fpnPreset } from '$lib/arch/nasfpn';

const doc = (compare: NotebookDoc['compare']): NotebookDoc => ({
	mnas: mnasPreset('lecture'),
	mnasPresetId: 'lecture',
	fpn: fpnPreset('f'),
	fpnStep: 'f',
	compare
});

describe('sideToLink / sideFromLink', () => {
	it.each(COMPARE_SIDES.map((s) => [`${s.kind}.${s.id}`, s] as const))(
		'%s survives a trip through a link',
		(_n, side) => {
			const pair = [sideToLink(side), sideToLink(side)] as const;
			const r = decodeNotebook(encodeNotebook(doc([pair[0], pair[1]])));
			if (!r.ok || !r.value.compare) throw new Error('link did not decode');
			expect(sideFromLink(r.value.compare[0])).toEqual(side);
		}
	);
});

describe('compareToLink', () => {
	it('leaves the default pair out of the link', () => {
		expect(compareToLink(DEFAULT_COMPARE)).toBeNull();
	});

	it('writes a preset side as a bare preset ({"m":{"p":…}}), so the link stays short', () => {
		const pair = compareToLink({
			left: { kind: 'mnasnet', id: 'current' },
			right: { kind: 'mnasnet', id: 'mnasnet-b1' }
		});
		const json = JSON.parse(Buffer.from(encodeNotebook(doc(pair!)).slice(3), 'base64url').toString());
		expect(json.cmp).toEqual(['m', { m: { p: 'mnasnet-b1' } }]);
	});
});

describe('compareFromLink', () => {
	it('refuses a pair of two different kinds (the Compare cell aligns one kind only)', () => {
		expect(
			compareFromLink([
				{ kind: 'current', net: 'mnasnet' },
				{ kind: 'current', net: 'nasfpn' }
			])
		).toBeNull();
	});

	it('reads steps and current sides', () => {
		expect(compareFromLink([sideToLink({ kind: 'nasfpn', id: 'a' }), { kind: 'current', net: 'nasfpn' }])).toEqual({
			left: { kind: 'nasfpn', id: 'a' },
			right: { kind: 'nasfpn', id: 'current' }
		});
	});
});
