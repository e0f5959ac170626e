// The Korean sentences of the engines' issue codes (issues.ts pairs them with the English ones and checks that every
// code has one); src/lib/i18n/issueText.ts fills them.
export const issueMessagesKo = {
	fallback: '이 값은 사용할 수 없습니다.',
	'm.notObject': '스펙은 {fields} 필드를 가진 JSON 객체여야 하는데, 지금은 {got}입니다.',
	'm.missing': '{field|이} 없습니다. 모든 필드를 적어야 합니다.',
	'm.notNumber': '{field|은} 숫자여야 하는데, 지금은 {got}입니다.',
	'm.notList': '{field|은} 블록 목록이어야 하는데, 지금은 {got}입니다.',
	'm.blockNotObject': '{where|은} {fields} 필드를 가진 블록 객체여야 하는데, 지금은 {got}입니다.',
	'm.wrongType': '{field}의 형식이 맞지 않습니다. 지금 값: {got}.',
	'm.enumMissing': '{field|이} 없습니다. {options} 가운데 하나여야 합니다.',
	'm.enumInvalid': '{field|은} {options} 가운데 하나여야 하는데, 지금은 {got}입니다.',
	'm.unknownKey': '“{key}” 필드는 스펙에 없습니다. 스펙의 필드는 {fields}입니다.',
	'm.unknownBlockKey': '“{key}” 필드는 블록에 없습니다. 블록의 필드는 {fields}입니다.',
	'm.invalid': '{field} 값이 올바르지 않습니다.',
	'm.notWhole': '{field|은} {min}부터 {max}까지의 정수여야 합니다. {value|은} 정수가 아닙니다.',
	'm.range': '{field|은} {min}부터 {max}까지의 정수여야 하는데, 지금은 {value}입니다.',
	'm.stride': '{field|은} 1 또는 2여야 합니다(1은 크기 유지, 2는 크기 절반). 지금은 {value}입니다.',
	'm.kernelMax': '{field|은} {max} 이하여야 하는데, 지금은 {value}입니다.',
	'm.kernelOdd':
		'{field|은} 1부터 11까지의 홀수여야 합니다(패딩 k//2는 홀수 k에서만 크기를 유지합니다). 지금은 {value}입니다.',
	'm.se': '{field|은} 0(SE 없음)과 1 사이여야 합니다(MnasNet-A1은 0.25). 지금은 {value}입니다.',
	'm.zeroChannels':
		'너비 배수 {width}에서는 {layers}의 채널이 0이 됩니다. 모든 층에 채널이 1개 이상 남도록 너비 배수나 채널 수를 늘리세요.',
	'm.tooWide': '너비 배수 {width}에서는 {layers}의 채널이 {max}개를 넘습니다. 너비 배수를 줄이세요.',
	'm.tooSmall':
		'입력 해상도 {resolution}에서는 {block} 앞에서 이미 특징 맵이 1×1인데, 그 블록의 스트라이드 2가 이를 1×1보다 작게 만듭니다. 입력 해상도를 {need} 이상으로 하거나 그 블록의 스트라이드를 1로 하세요.',
	'm.tooManyStrides':
		'입력 해상도 {resolution}에서는 {block} 앞에서 이미 특징 맵이 1×1인데, 그 블록의 스트라이드 2가 이를 1×1보다 작게 만듭니다. 스트라이드 2 블록의 수를 줄이세요.',
	'm.blocksEmpty': '블록이 없습니다. 네트워크에는 블록이 적어도 1개 필요합니다.',
	'm.blocksTooMany': '블록이 {n}개입니다. 최대 {max}개까지 허용됩니다.',
	'm.widthRange': '{field|은} 0보다 크고 4 이하여야 합니다(표준 너비는 1). 지금은 {value}입니다.',
	'm.unreadable': '스펙을 읽을 수 없습니다.',
	'm.wLectureRes':
		'강의 노트의 코드는 input_size % 32 == 0을 검사하므로 입력 해상도 {resolution}에서는 멈춥니다. 여기의 계산은 그 크기에서도 정확합니다.',
	'm.wLectureSe':
		'강의 노트의 코드에는 squeeze-excitation이 없습니다. 여기의 SE는 TF 규칙을 따릅니다(축소 채널 max(1, int(입력 채널 × se)), 바이어스가 있는 1×1 합성곱).',
	'm.wLectureT1':
		't = 1이어도 강의 노트의 코드는 1×1 확장 합성곱을 만들므로(TF 코드는 건너뜀) 파라미터와 MAC이 늘어납니다.',
	'm.wLectureSep':
		'강의 노트 규약은 너비 배수 {width}에서도 sepconv 블록의 채널 {c}개를 줄이지 않습니다(노트의 SepConv는 어떤 너비에서도 16).',
	'm.wTfStem':
		'너비 배수 1에서 TF 코드(depth_multiplier None)는 스템의 채널 {stem}개를 적힌 그대로 둡니다. 다른 너비에서는 8의 배수로 반올림합니다.',
	'm.wTfC':
		'너비 배수 1에서 TF 코드(depth_multiplier None)는 채널 {c}개를 적힌 그대로 둡니다. 다른 너비에서는 8의 배수로 반올림합니다.',

	'f.unknownKey': '“{key}” 필드는 알 수 없는 필드입니다.',
	'f.missing': '값이 없습니다.',
	'f.wrongType': '{want} 값이어야 하는데, 지금은 {got}입니다.',
	'f.opUnknown': '알 수 없는 연산 {got}입니다. "sum" 또는 "gp"(전역 풀링 어텐션)를 쓰세요.',
	'f.opUnknownText': '알 수 없는 연산 "{op}"입니다. "sum" 또는 "gp"(전역 풀링 어텐션)를 쓰세요.',
	'f.kind': '"nasfpn"이어야 하는데, 지금은 {got}입니다.',
	'f.notAllowed': '허용되지 않는 값입니다({got}).',
	'f.inputsCount': '입력이 정확히 두 개여야 하는데, 지금은 {n}개입니다.',
	'f.cellsEmpty': '병합 셀이 적어도 하나 필요합니다.',
	'f.cellsTooMany': '병합 셀이 {n}개입니다. 최대 {max}개까지 허용됩니다.',
	'f.backboneRange': '백본 채널 수는 {lo}에서 {hi} 사이여야 하는데, 지금은 {got}입니다.',
	'f.range': '{lo}부터 {hi}까지여야 하는데, 지금은 {got}입니다.',
	'f.outOfRange': '범위를 벗어난 값입니다({got}).',
	'f.invalid': '올바르지 않은 값입니다.',
	'f.levelsOrder': 'minLevel은 maxLevel보다 작아야 합니다(지금 minLevel {minLevel}, maxLevel {maxLevel}).',
	'f.levelOutside': '레벨 {level|은} 피라미드 범위 {range} 밖에 있습니다.',
	'f.inputNegative': '0 이상이어야 하는데, 지금은 {src}입니다.',
	'f.inputSelf': '병합 셀 자신의 노드({src})를 가리킵니다. 병합 셀은 앞쪽 노드(0–{last})만 읽을 수 있습니다.',
	'f.inputLater':
		'나중에 만들어지는 노드 {src|을} 가리킵니다. 병합 셀은 앞쪽 노드(0–{last})만 읽을 수 있으며, 그렇지 않으면 그래프에 순환이 생깁니다.',
	'f.bbNotLevel': '“{key}” 키는 레벨 번호가 아닙니다.',
	'f.bbLowest':
		'가장 낮은 레벨 P{minLevel}의 채널 수를 주어야 합니다. 빠진 다른 레벨은 바로 아래 레벨을 풀링해 만듭니다.',
	'f.unreadable': '스펙을 읽을 수 없습니다.',
	'f.wPad':
		'{size|은} 2^{maxLevel} = {stride}의 배수가 아닙니다. 공식 코드에서는 이미지를 패딩해야 하며(예: {padded}), 그렇지 않으면 업샘플링한 맵의 크기가 맞지 않습니다.',
	'f.wDead':
		'이 노드(노드 {node}, P{level})는 피라미드 네트워크의 어떤 출력에도 닿지 않습니다. 계산한 뒤 버려지는 죽은 노드입니다.',
	'f.wPass': 'P{level|을} 출력하는 병합 셀이 없습니다. P{level} 입력이 그대로 다음 피라미드 네트워크로 넘어갑니다.',
	'f.wTfOutputs':
		'공식 코드는 마지막 노드 {n}개를 레벨 순으로 출력으로 씁니다. 이 그래프에서는 그것이 출력 셀과 달라서, 공식 코드는 다른 피라미드 네트워크를 만들거나 실패합니다.',

	'got.missing': '없음',
	'got.null': 'null',
	'got.nan': 'NaN(숫자가 아님)',
	'got.number': '{got}',
	'got.text': '텍스트 "{got}"',
	'got.list': '목록',
	'got.object': '객체',
	'got.other': '{got}',
	'want.number': '숫자',
	'want.int': '정수',
	'want.boolean': 'true 또는 false',
	'want.array': '목록',
	'want.object': '객체',
	'want.record': '객체',
	'layer.stem': '스템',
	'layer.head': '헤드',
	layersMore: '{layers} 외 {more}개',

	'field.kind': 'kind',
	'field.convention': '규약(convention)',
	'field.widthMult': '너비 배수(widthMult)',
	'field.resolution': '입력 해상도(resolution, 픽셀)',
	'field.numClasses': '클래스 수(numClasses)',
	'field.stem': '스템 채널(stem)',
	'field.head': '헤드 채널(head, 마지막 1×1 합성곱)',
	'field.blocks': '블록 목록(blocks)',
	'field.op': '층 종류(op)',
	'field.t': '확장 비율(t)',
	'field.c': '출력 채널(c)',
	'field.n': '반복 횟수(n)',
	'field.s': '스트라이드(s)',
	'field.k': '커널 크기(k)',
	'field.se': 'SE 비율(se)',
	'field.skip': '스킵 연결(skip)'
};
