// Presets: a step of the (a) → (f) progression plus the paper's default setting (R-50, 7 @ 256, 640 px).
import { fpnStep } from './progression';
import type { FpnPresetId, NasfpnSpec } from './spec';

export const FPN_PRESET_IDS: readonly FpnPresetId[] = ['a', 'b', 'c', 'd', 'e', 'f'];

/** ResNet-50 C3–C5 widths (He et al. 2016, Table 1: conv3_x–conv5_x outputs). A fresh copy is put in every preset. */
export const R50_BACKBONE: Readonly<Record<string, number>> = Object.freeze({ '3': 512, '4': 1024, '5': 2048 });

export function isFpnPresetId(v: unknown): v is FpnPresetId {
	return typeof v === 'string' && (FPN_PRESET_IDS as readonly string[]).includes(v);
}

/**
 * A fresh spec for one step. Pass `backboneChannels: undefined` in `overrides` for the neck alone (no input stage).
 */
export function fpnPreset(id: FpnPresetId, overrides: Partial<Omit<NasfpnSpec, 'kind' | 'cells'>> = {}): NasfpnSpec {
	const spec: NasfpnSpec = {
		kind: 'nasfpn',
		minLevel: 3,
		maxLevel: 7,
		channels: 256,
		imageSize: 640,
		repeats: 7,
		separable: false,
		backboneChannels: { ...R50_BACKBONE },
		...overrides,
		cells: fpnStep(id).cells.map((c) => ({ ...c, inputs: [c.inputs[0], c.inputs[1]] }))
	};
	if (spec.backboneChannels === undefined) delete spec.backboneChannels;
	else spec.backboneChannels = { ...spec.backboneChannels };
	return spec;
}
