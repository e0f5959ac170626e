// Warnings (never errors) about a valid spec: places where a convention behaves in a way a student may not expect.
import { warning, type Issue } from '../issues';
import { oncePerSpec } from '../perSpec';
import type { MnasnetSpec } from './spec';

function multipleOf8(n: number): boolean {
	return n % 8 === 0;
}

/** The warnings of a spec, worked out once per spec object (validation and the cost report share the array). */
export const mnasnetWarnings: (spec: MnasnetSpec) => readonly Issue[] = oncePerSpec((spec) =>
	Object.freeze(computeWarnings(spec))
);

function computeWarnings(spec: MnasnetSpec): Issue[] {
	const out: Issue[] = [];
	if (spec.convention === 'lecture') {
		if (spec.resolution % 32 !== 0) {
			out.push(
				warning(
					'resolution',
					`The lecture code asserts input_size % 32 == 0, so it would stop on resolution ${spec.resolution}; the counts here are still exact for that size.`,
					'm.wLectureRes',
					{ resolution: spec.resolution }
				)
			);
		}
		for (let i = 0; i < spec.blocks.length; i++) {
			const b = spec.blocks[i];
			if (b.se > 0) {
				out.push(
					warning(
						`blocks[${i}].se`,
						'The lecture code has no squeeze-excitation; SE here follows the TF rule (reduce width max(1, int(input channels × se)), 1×1 convs with bias).',
						'm.wLectureSe'
					)
				);
			}
			if (b.op === 'mbconv' && b.t === 1) {
				out.push(
					warning(
						`blocks[${i}].t`,
						'With t = 1 the lecture code still builds the 1×1 expand conv (the TF code skips it), which adds parameters and MACs.',
						'm.wLectureT1'
					)
				);
			}
			if (b.op === 'sepconv' && spec.widthMult !== 1) {
				out.push(
					warning(
						`blocks[${i}].c`,
						`The lecture convention keeps a sepconv block's ${b.c} channels unscaled at widthMult ${spec.widthMult} (the notes' SepConv stays 16 at every width).`,
						'm.wLectureSep',
						{ c: b.c, width: spec.widthMult }
					)
				);
			}
		}
	} else if (spec.widthMult === 1) {
		if (!multipleOf8(spec.stem)) {
			out.push(
				warning(
					'stem',
					`At widthMult 1 the TF code (depth_multiplier None) keeps the stem's ${spec.stem} channels as written; any other width rounds them to a multiple of 8.`,
					'm.wTfStem',
					{ stem: spec.stem }
				)
			);
		}
		for (let i = 0; i < spec.blocks.length; i++) {
			const c = spec.blocks[i].c;
			if (!multipleOf8(c)) {
				out.push(
					warning(
						`blocks[${i}].c`,
						`At widthMult 1 the TF code (depth_multiplier None) keeps ${c} channels as written; any other width rounds them to a multiple of 8.`,
						'm.wTfC',
						{ c }
					)
				);
			}
		}
	}
	return out;
}
