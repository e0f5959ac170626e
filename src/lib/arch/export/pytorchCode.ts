// The edited MnasNet as a self-contained PyTorch source file (issue 6 §2). The layer table is written straight
// from the MnasPlan (channels, strides, expand convs, SE widths and skips as resolved by the engine); the Python
// side only knows how to build each op, never a channel rule, so the file cannot disagree with the cost report.
import type { MnasnetSpec } from '../mnasnet/spec';
import type { MnasPlan, PlannedLayer } from '../mnasnet/plan';
import type { CostTotals } from '../mnasnet/report';
import { asciiJson, pyBool, pyComment, pyFloat, pyInt, pyStr } from './pyLiteral';

type BlockLayer = Extract<PlannedLayer, { kind: 'block' }>;

/** What each convention builds (tensorflow/tpu mnasnet_model.py for tf, AnjieCheng/MnasNet-PyTorch MnasNet.py for the lecture code). */
const CONVENTION_CODE = {
	lecture: {
		summary:
			'lecture (AnjieCheng/MnasNet-PyTorch): ReLU6, the 1x1 expand conv is built even when t = 1, ' +
			'BatchNorm defaults (eps 1e-5, momentum 0.1), Dropout(0.5)',
		act: 'nn.ReLU6(inplace=True)',
		// PyTorch's defaults are the lecture code's (eps 1e-5, momentum 0.1)
		bn: (eps: number) =>
			eps === 1e-5 ? 'nn.BatchNorm2d(channels)' : `nn.BatchNorm2d(channels, eps=${pyFloat(eps, 'bnEpsilon')})`
	},
	tf: {
		summary:
			'tf (tensorflow/tpu mnasnet_model.py): ReLU, no expand conv when t = 1, SE with biased 1x1 convs, ' +
			'BatchNorm eps 1e-3 and TF momentum 0.99 (PyTorch momentum 0.01)',
		act: 'nn.ReLU(inplace=True)',
		bn: (eps: number) => `nn.BatchNorm2d(channels, eps=${pyFloat(eps, 'bnEpsilon')}, momentum=0.01)`
	}
} as const;

const OP_LITERAL: Record<string, string> = { conv: '"conv"', sepconv: '"sepconv"', mbconv: '"mbconv"' };

export interface PytorchCodeInput {
	spec: MnasnetSpec;
	plan: MnasPlan;
	/** the engine's totals for the header comment (report.total) */
	totals: Pick<CostTotals, 'params' | 'macs'>;
}

function group(n: number): string {
	return pyInt(n, 'total').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function layerRow(layer: BlockLayer): string {
	const op = OP_LITERAL[layer.op];
	if (!op) throw new Error(`unknown op in the plan: ${String(layer.op)}`);
	const [, , cIn] = layer.inShape;
	const [, , cOut] = layer.outShape;
	const cells = [
		op,
		pyInt(cIn, `${layer.name} input channels`),
		pyInt(layer.hidden, `${layer.name} hidden width`),
		pyInt(cOut, `${layer.name} output channels`),
		pyInt(layer.k, `${layer.name} kernel`),
		pyInt(layer.s, `${layer.name} stride`),
		pyBool(layer.hasExpand === true),
		pyInt(layer.seReduce, `${layer.name} SE width`),
		pyBool(layer.residual === true)
	];
	return `        (${cells.join(', ')}),  # ${pyStr(layer.name).slice(1, -1)}`;
}

/** The Python source of `mnasnet.py` for this network. Throws if the plan holds a value that is not a valid number. */
export function mnasnetPytorchCode({ spec, plan, totals }: PytorchCodeInput): string {
	const conv = CONVENTION_CODE[plan.convention];
	if (!conv) throw new Error(`unknown convention: ${String(plan.convention)}`);
	const resolution = pyInt(plan.resolution, 'resolution');
	const numClasses = pyInt(plan.numClasses, 'numClasses');

	const stem = plan.layers.find((l) => l.kind === 'stem');
	const head = plan.layers.find((l) => l.kind === 'head');
	const classifier = plan.layers.find((l) => l.kind === 'classifier');
	if (!stem || !head || !classifier || stem.kind !== 'stem' || classifier.kind !== 'classifier')
		throw new Error('the plan has no stem, head or classifier');

	const blocks: BlockLayer[][] = [];
	for (const layer of plan.layers) {
		if (layer.kind !== 'block') continue;
		const b = pyInt(layer.block, 'block index');
		(blocks[Number(b)] ??= []).push(layer);
	}
	const blockText = blocks
		.filter((layers) => layers !== undefined)
		.map((layers) => {
			const first = layers[0];
			const title = `block ${first.block}: ${first.op} k${first.k}, ${layers.length} layer(s)`;
			return `    [  # ${pyStr(title).slice(1, -1)}\n${layers.map(layerRow).join('\n')}\n    ],`;
		})
		.join('\n');

	const dropout = classifier.dropout;
	if (!(dropout >= 0 && dropout < 1)) throw new Error(`dropout must be in [0, 1), got ${String(dropout)}`);

	const header = [
		'MnasNet exported by nas-notebook: a self-contained PyTorch module (needs only torch).',
		`Convention: ${conv.summary}.`,
		`Engine totals at ${resolution}x${resolution}: ${group(totals.params)} trainable parameters, ` +
			`${group(totals.macs)} MACs (conv + FC), ${numClasses} classes.`,
		'Run `python3 mnasnet.py` to print the parameter count and the output shape.',
		'',
		'Spec (JSON):',
		...asciiJson(spec, 2)
			.split('\n')
			.map((line) => `  ${line}`)
	].join('\n');

	return `${pyComment(header)}

import torch
import torch.nn as nn

RESOLUTION = ${resolution}
NUM_CLASSES = ${numClasses}
STEM_CHANNELS = ${pyInt(stem.outShape[2], 'stem channels')}
HEAD_IN = ${pyInt(head.inShape[2], 'head input channels')}
HEAD_CHANNELS = ${pyInt(head.outShape[2], 'head channels')}
DROPOUT = ${pyFloat(dropout, 'dropout')}

# Every layer as resolved by the engine, one list per block:
# (op, in channels, hidden width, out channels, kernel, stride, expand conv, SE reduce width, identity skip).
# hidden = the depthwise width (mbconv, sepconv) or the conv's output width (conv).
BLOCKS = [
${blockText}
]


def bn(channels):
    return ${conv.bn(plan.bnEpsilon)}


def act():
    return ${conv.act}


def conv_bn(c_in, c_out, kernel, stride=1, groups=1, activation=True):
    """kxk conv (padding k//2, no bias) + BatchNorm (+ activation)."""
    layers = [nn.Conv2d(c_in, c_out, kernel, stride, kernel // 2, groups=groups, bias=False), bn(c_out)]
    if activation:
        layers.append(act())
    return layers


class SqueezeExcite(nn.Module):
    """Global average pool, 1x1 conv reduce (bias), ReLU, 1x1 conv expand (bias), sigmoid, multiply."""

    def __init__(self, channels, reduced):
        super().__init__()
        self.reduce = nn.Conv2d(channels, reduced, 1, bias=True)
        self.act = nn.ReLU(inplace=True)
        self.expand = nn.Conv2d(reduced, channels, 1, bias=True)

    def forward(self, x):
        s = x.mean((2, 3), keepdim=True)
        return x * torch.sigmoid(self.expand(self.act(self.reduce(s))))


class Layer(nn.Module):
    """One layer of a block: its op, with the identity skip added when the engine allows it."""

    def __init__(self, op, c_in, hidden, c_out, kernel, stride, has_expand, se_reduce, residual):
        super().__init__()
        body = []
        if op == "conv":
            # kxk conv + BN + act (hidden = c_out)
            body += conv_bn(c_in, hidden, kernel, stride)
            if se_reduce:
                body.append(SqueezeExcite(hidden, se_reduce))
        elif op == "sepconv":
            # depthwise kxk + BN + act, pointwise 1x1 + BN (no activation)
            body += conv_bn(c_in, hidden, kernel, stride, groups=hidden)
            if se_reduce:
                body.append(SqueezeExcite(hidden, se_reduce))
            body += conv_bn(hidden, c_out, 1, activation=False)
        elif op == "mbconv":
            # [1x1 expand + BN + act], depthwise kxk + BN + act, [SE], 1x1 project + BN (linear bottleneck)
            if has_expand:
                body += conv_bn(c_in, hidden, 1)
            body += conv_bn(hidden, hidden, kernel, stride, groups=hidden)
            if se_reduce:
                body.append(SqueezeExcite(hidden, se_reduce))
            body += conv_bn(hidden, c_out, 1, activation=False)
        else:
            raise ValueError("unknown op: %r" % (op,))
        self.body = nn.Sequential(*body)
        self.residual = residual

    def forward(self, x):
        y = self.body(x)
        return x + y if self.residual else y


class MnasNet(nn.Module):
    def __init__(self, num_classes=NUM_CLASSES):
        super().__init__()
        self.stem = nn.Sequential(*conv_bn(3, STEM_CHANNELS, 3, 2))
        self.blocks = nn.Sequential(*[nn.Sequential(*[Layer(*row) for row in rows]) for rows in BLOCKS])
        self.head = nn.Sequential(*conv_bn(HEAD_IN, HEAD_CHANNELS, 1))
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Sequential(nn.Dropout(DROPOUT), nn.Linear(HEAD_CHANNELS, num_classes))

    def forward(self, x):
        x = self.head(self.blocks(self.stem(x)))
        x = torch.flatten(self.pool(x), 1)
        return self.classifier(x)


def build_model():
    return MnasNet()


if __name__ == "__main__":
    model = build_model().eval()
    params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    with torch.no_grad():
        out = model(torch.zeros(1, 3, RESOLUTION, RESOLUTION))
    print("trainable parameters:", params)
    print("output shape:", list(out.shape))
`;
}
