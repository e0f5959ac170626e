// What each network family provides, behind one interface: presets, validation, warnings, the resolved network, its
// cost report, its part of the link (the diff against its preset) and its cost tables for export. The page, the CLI
// and the tests reach a family through FAMILIES[kind]; the TensorFlow.js builders are registered the same way in
// $lib/tfjs/network.ts (arch imports nothing of tfjs).
import type { Checked, Issue } from './issues';
import type { NetworkKind } from './kinds';
import { NETWORK_KIND_CODES, NETWORK_KIND_NAMES } from './kinds';
import type { Table } from './export/table';
import { mnasBlockTable, mnasLayerTable, fpnNodeTable } from './export/costTables';
import type { Json } from './serialize/read';
import { decodeMnasnet, encodeMnasnet, type DecodedMnas } from './serialize/mnasnetDiff';
import { decodeNasfpn, encodeNasfpn, type DecodedFpn } from './serialize/nasfpnDiff';
import type { MnasCostReport, MnasPlan, MnasnetSpec, MnasPresetId } from './mnasnet';
import {
	costMnasnet,
	isMnasPresetId,
	MNAS_PRESET_IDS,
	mnasnetWarnings,
	mnasPreset,
	planMnasnet,
	validateMnasnet
} from './mnasnet';
import type { FpnCostReport, FpnGraph, FpnPresetId, NasfpnSpec } from './nasfpn';
import {
	costNasfpn,
	fpnPreset,
	FPN_PRESET_IDS,
	isFpnPresetId,
	nasfpnWarnings,
	resolveNasfpn,
	validateNasfpn
} from './nasfpn';

/**
 * One network family. `Kind` is its entry in kinds.ts, `Spec` is the editable description, `Resolved` what it means once widths and shapes are worked
 * out, `Report` its cost, `PresetId` the shipped networks (presets, or the NAS-FPN paper's steps), `Decoded` what the
 * link gives back (the spec and the preset it differs from).
 */
export interface NetworkFamily<Kind extends NetworkKind, Spec, Resolved, Report, PresetId extends string, Decoded> {
	readonly kind: Kind;
	readonly name: string;
	/** one letter in links */
	readonly linkCode: 'm' | 'f';
	readonly presetIds: readonly PresetId[];
	readonly defaultPreset: PresetId;
	isPresetId(v: unknown): v is PresetId;
	/** a fresh copy of a shipped network */
	preset(id: PresetId): Spec;
	/** every problem of untrusted input at once, with field paths; never throws */
	validate(input: unknown): Checked<Spec>;
	/** what is legal but worth saying about a valid spec */
	warnings(spec: Spec): readonly Issue[];
	resolve(spec: Spec): Resolved;
	cost(spec: Spec): Report;
	/** the family's field of a link: only what differs from `presetId` (every row with `withRows`) */
	encodeLink(spec: Spec, presetId: PresetId, withRows?: boolean): Record<string, Json>;
	decodeLink(value: unknown, path: string): Checked<Decoded>;
	/** the cost tables the export panel offers (CSV / Markdown) */
	costTables(report: Report): Table[];
}

export const mnasnetFamily: NetworkFamily<'mnasnet', MnasnetSpec, MnasPlan, MnasCostReport, MnasPresetId, DecodedMnas> =
	{
		kind: 'mnasnet',
		name: NETWORK_KIND_NAMES.mnasnet,
		linkCode: NETWORK_KIND_CODES.mnasnet,
		presetIds: MNAS_PRESET_IDS,
		defaultPreset: 'lecture',
		isPresetId: isMnasPresetId,
		preset: mnasPreset,
		validate: validateMnasnet,
		warnings: mnasnetWarnings,
		resolve: planMnasnet,
		cost: costMnasnet,
		encodeLink: encodeMnasnet,
		decodeLink: decodeMnasnet,
		costTables: (report) => [mnasBlockTable(report), mnasLayerTable(report)]
	};

export const nasfpnFamily: NetworkFamily<'nasfpn', NasfpnSpec, FpnGraph, FpnCostReport, FpnPresetId, DecodedFpn> = {
	kind: 'nasfpn',
	name: NETWORK_KIND_NAMES.nasfpn,
	linkCode: NETWORK_KIND_CODES.nasfpn,
	presetIds: FPN_PRESET_IDS,
	defaultPreset: 'f',
	isPresetId: isFpnPresetId,
	preset: (id) => fpnPreset(id),
	validate: validateNasfpn,
	warnings: nasfpnWarnings,
	resolve: resolveNasfpn,
	cost: costNasfpn,
	encodeLink: encodeNasfpn,
	decodeLink: decodeNasfpn,
	costTables: (report) => [fpnNodeTable(report)]
};

/** Every family by kind: adding one is a folder under arch/ plus one line here (and one in the tfjs builders). */
export const FAMILIES = {
	mnasnet: mnasnetFamily,
	nasfpn: nasfpnFamily
} as const satisfies { [K in NetworkKind]: { kind: K } };

/** The editable spec of family `K`. */
export type SpecOf<K extends NetworkKind> = ReturnType<(typeof FAMILIES)[K]['preset']>;

/** A valid spec with the kind it belongs to: `kind` tells `spec` apart. */
export type KindedSpec = { [K in NetworkKind]: { kind: K; spec: SpecOf<K> } }[NetworkKind];

/** Validate untrusted input as a spec of family `kind` (its validate, typed by the kind). */
export function validateAs<K extends NetworkKind>(kind: K, input: unknown): Checked<SpecOf<K>> {
	// FAMILIES[kind] is a union of the families to TypeScript; the registry pairs each kind with its own validate
	return FAMILIES[kind].validate(input) as Checked<SpecOf<K>>;
}
