import { describe, it, expect } from 'vitest';
import { MNASNET_SEARCH, NASFPN_SEARCH } from '../../../../src/lib/arch/papers/searchLoop';

describe('MNASNET_SEARCH and NASFPN_SEARCH', () => {
	it.each([
		['MnasNet', MNASNET_SEARCH, /^MnasNet §\d/],
		['NAS-FPN', NASFPN_SEARCH, /^NAS-FPN §4/]
	] as const)('every %s fact names its paper and section', (_n, facts, re) => {
		expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
		for (const f of facts) {
			expect(f.source).toMatch(re);
			expect(f.value.length).toBeGreaterThan(0);
		}
	});

	// MnasNet §5: about 8K models, 5 epochs, 50K held-out images, 4.5 days on 64 TPUv2; NAS-FPN §4: ResNet-10 at
	// 512×512, 3 stacks, 10 epochs, 100 TPUs, about 8000 steps
	it.each([
		[MNASNET_SEARCH, { models: '8K', epochs: '5', heldOut: '50K', time: '4.5', devices: '64' }],
		[NASFPN_SEARCH, { backbone: 'ResNet-10', size: '512', stacks: '3', epochs: '10', tpus: '100', steps: '8000' }]
	])('the values are the papers’ (%#)', (facts, values) => {
		for (const [id, v] of Object.entries(values)) expect(facts.find((f) => f.id === id)?.value).toBe(v);
	});
});
