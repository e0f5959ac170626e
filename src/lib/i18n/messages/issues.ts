// The engines' validation errors and warnings, one sentence per issue code (src/lib/arch/**/validate.ts, warnings.ts
// give each issue a `code` and language-free `params`; so does the number parser src/lib/arch/parseNumber.ts). The
// English page shows the engine's own sentence; these English templates say the same thing and keep the catalog
// complete. `{field}`, `{got}`, `{want}` and `{layers}` are put in words by src/lib/i18n/issueText.ts before filling.
// The Korean half is its own module (issuesKo.ts): the page reads only that one, so the English templates stay out
// of its code.
import { defineMessages } from '../i18n.svelte';
import { issueMessagesKo } from './issuesKo';

export const issueMessages = defineMessages({
	en: {
		fallback: 'This value cannot be used.',
		'm.notObject': 'The spec must be a JSON object with the fields {fields}, but it is {got}.',
		'm.missing': '{field} is missing; add it (every field is required).',
		'm.notNumber': '{field} must be a number, but it is {got}.',
		'm.notList': '{field} must be a list of blocks, but it is {got}.',
		'm.blockNotObject': '{where} must be a block object with the fields {fields}, but it is {got}.',
		'm.wrongType': '{field} has the wrong type: {got}.',
		'm.enumMissing': '{field} is missing; it must be one of {options}.',
		'm.enumInvalid': '{field} must be one of {options}, but it is {got}.',
		'm.unknownKey': '"{key}" is not a field of the spec; the fields are {fields}.',
		'm.unknownBlockKey': '"{key}" is not a field of a block; the fields are {fields}.',
		'm.invalid': '{field} is not valid.',
		'm.notWhole': '{field} must be a whole number from {min} to {max}; {value} is not whole.',
		'm.range': '{field} must be a whole number from {min} to {max}; it is {value}.',
		'm.stride': '{field} must be 1 (keep the size) or 2 (halve it); it is {value}.',
		'm.kernelMax': '{field} must be at most {max}; it is {value}.',
		'm.kernelOdd':
			'{field} must be an odd whole number from 1 to 11 (padding k//2 keeps the size only for odd k); it is {value}.',
		'm.se': '{field} must be between 0 (no SE) and 1 (MnasNet-A1 uses 0.25); it is {value}.',
		'm.zeroChannels':
			'widthMult {width} scales {layers} to 0 channels; raise widthMult or the channels so every layer keeps at least 1.',
		'm.tooWide': 'widthMult {width} makes {layers} wider than {max} channels; lower widthMult.',
		'm.tooSmall':
			'At resolution {resolution} the feature map is already 1×1 before {block}, whose stride 2 would shrink it below 1×1; use a resolution of at least {need}, or stride 1 there.',
		'm.tooManyStrides':
			'At resolution {resolution} the feature map is already 1×1 before {block}, whose stride 2 would shrink it below 1×1; use fewer stride-2 blocks.',
		'm.blocksEmpty': 'blocks is empty; a network needs at least 1 block.',
		'm.blocksTooMany': 'blocks has {n} blocks; at most {max} are allowed.',
		'm.widthRange': '{field} must be greater than 0 and at most 4 (1 is the standard width); it is {value}.',
		'm.unreadable': 'The spec could not be read.',
		'm.wLectureRes':
			'The lecture code asserts input_size % 32 == 0, so it would stop on resolution {resolution}; the counts here are still exact for that size.',
		'm.wLectureSe':
			'The lecture code has no squeeze-excitation; SE here follows the TF rule (reduce width max(1, int(input channels × se)), 1×1 convs with bias).',
		'm.wLectureT1':
			'With t = 1 the lecture code still builds the 1×1 expand conv (the TF code skips it), which adds parameters and MACs.',
		'm.wLectureSep':
			"The lecture convention keeps a sepconv block's {c} channels unscaled at widthMult {width} (the notes' SepConv stays 16 at every width).",
		'm.wTfStem':
			"At widthMult 1 the TF code (depth_multiplier None) keeps the stem's {stem} channels as written; any other width rounds them to a multiple of 8.",
		'm.wTfC':
			'At widthMult 1 the TF code (depth_multiplier None) keeps {c} channels as written; any other width rounds them to a multiple of 8.',

		'f.unknownKey': '"{key}" is not a known field.',
		'f.missing': 'is missing.',
		'f.wrongType': 'must be {want}, not {got}.',
		'f.opUnknown': 'unknown op {got}: use "sum" or "gp" (global-pool attention).',
		'f.opUnknownText': 'unknown op "{op}": use "sum" or "gp" (global-pool attention).',
		'f.kind': 'must be "nasfpn", not {got}.',
		'f.notAllowed': 'has a value that is not allowed ({got}).',
		'f.inputsCount': 'needs exactly two inputs, not {n}.',
		'f.cellsEmpty': 'needs at least one cell.',
		'f.cellsTooMany': 'has {n} cells; at most {max} are allowed.',
		'f.backboneRange': 'a backbone width must be between {lo} and {hi}, not {got}.',
		'f.range': 'must be between {lo} and {hi}, not {got}.',
		'f.outOfRange': 'is out of range ({got}).',
		'f.invalid': 'is not valid.',
		'f.levelsOrder': 'must be below maxLevel (got minLevel {minLevel}, maxLevel {maxLevel}).',
		'f.levelOutside': 'level {level} is outside the pyramid {range}.',
		'f.inputNegative': 'must be 0 or more, not {src}.',
		'f.inputSelf': "points at the cell's own node ({src}): a cell can only read earlier nodes (0–{last}).",
		'f.inputLater':
			'points at node {src}, which is made later: a cell can only read earlier nodes (0–{last}), otherwise the graph has a cycle.',
		'f.bbNotLevel': '"{key}" is not a level number.',
		'f.bbLowest':
			'must give the width of the lowest level P{minLevel}: the other missing levels are pooled from the one below.',
		'f.unreadable': 'could not be read.',
		'f.wPad':
			'{size} is not a multiple of 2^{maxLevel} = {stride}: the official code needs the image padded (e.g. to {padded}), or upsampled maps will not match.',
		'f.wDead':
			'node {node} (P{level}) reaches no output of the pyramid: it is computed and then thrown away (a dead node).',
		'f.wPass': 'no cell outputs P{level}: the P{level} input passes through to the next repeat unchanged.',
		'f.wTfOutputs':
			'the official code takes the last {n} nodes as the outputs (by level); for this graph that differs from the output cells, so the official code would build a different pyramid or fail.',
		'n.empty': 'Type {want}; the box is empty.',
		'n.notNumber': 'Must be {want}, not {got}.',
		'n.comma': 'Must be {want}, not {got}: write decimals with a point (1.5) and no thousands separators.',
		'n.tooLarge': '{text} is too large a number to compute with.',
		'n.notWhole': 'Must be a whole number; {value} is not whole.',
		'n.range': 'Must be {want} from {min} to {max}; it is {value}.',
		'n.rangeAbove': 'Must be {want} greater than {min} and at most {max}; it is {value}.',

		'got.missing': 'missing',
		'got.null': 'null',
		'got.nan': 'NaN (not a number)',
		'got.number': '{got}',
		'got.text': 'the text "{got}"',
		'got.list': 'a list',
		'got.object': 'an object',
		'got.other': '{got}',
		'want.number': 'a number',
		'want.int': 'a whole number',
		'want.boolean': 'true or false',
		'want.array': 'a list',
		'want.object': 'an object',
		'want.record': 'an object',
		'layer.stem': 'the stem',
		'layer.head': 'the head',
		layersMore: '{layers} and {more} more',

		'field.kind': 'kind',
		'field.convention': 'convention',
		'field.widthMult': 'widthMult (width multiplier)',
		'field.resolution': 'resolution (input size in pixels)',
		'field.numClasses': 'numClasses (number of classes)',
		'field.stem': 'stem (channels of the first conv)',
		'field.head': 'head (channels of the last 1×1 conv)',
		'field.blocks': 'blocks',
		'field.op': 'op (layer type)',
		'field.t': 't (expansion ratio)',
		'field.c': 'c (output channels)',
		'field.n': 'n (repeats)',
		'field.s': 's (stride)',
		'field.k': 'k (kernel size)',
		'field.se': 'se (squeeze-excitation ratio)',
		'field.skip': 'skip'
	},
	ko: issueMessagesKo
});
