// The notebook's article, in English and Korean. Static, trusted text: `$…$` marks inline TeX, which ProseCell
// typesets with KaTeX; everything else is rendered as plain text. Every number names its primary source: the paper
// section, table or figure, or the repository and file it comes from.
import { defineMessages } from '../i18n.svelte';

const r = String.raw;

export const proseMessages = defineMessages({
	en: {
		intro: r`Neural architecture search (NAS) lets a controller propose networks and keeps the ones that score best. This notebook takes two searched designs apart: MnasNet, a mobile image classifier whose search objective contains the latency measured on a phone, and NAS-FPN, a feature pyramid for object detection built from searched merging cells. Edit either network below and every count (parameters, multiply-accumulates, feature sizes) is recomputed exactly as the reference code builds the network; Run in browser times it with TensorFlow.js. The address bar always holds a link to what you see.`,

		whyTitle: 'Why search for architectures?',
		whyP1: r`A hand-designed network such as MobileNetV2 is the sum of many small choices: which convolution, which kernel size, how many channels, how many layers per stage. NAS automates them. A controller (in both papers a recurrent network trained with reinforcement learning, PPO) samples an architecture; the architecture is trained briefly on a proxy task; its score becomes the controller's reward.`,
		whyP2: r`The search is expensive. MnasNet sampled about 8,000 models, each trained for 5 epochs on ImageNet, and one search took 4.5 days on 64 TPUv2 (MnasNet paper §4.2, §5). NAS-FPN trained each candidate for 10 epochs on COCO with a ResNet-10 backbone, and the controller converged after about 8,000 steps (NAS-FPN paper §4). What comes out is an ordinary network that can be counted and run like any other, and that is what this page does.`,

		objTitle: 'MnasNet: latency inside the objective',
		objP1: r`MnasNet puts real latency into the reward. For a model $m$ with accuracy $\mathrm{ACC}(m)$ and latency $\mathrm{LAT}(m)$, measured on a Pixel 1 phone (one big CPU core, batch 1), the controller maximises (paper §3):`,
		objP2: r`$T$ is the target latency, $T = 75$ ms in the paper's main search (§6.1). A hard constraint uses $\alpha = 0$, $\beta = -1$: under the target only accuracy counts, over it the reward falls steeply. MnasNet uses a soft constraint, $\alpha = \beta = -0.07$, so a faster model that gives up a little accuracy can still win.`,
		objP3: r`Where −0.07 comes from: the authors observed that doubling the latency buys about 5 % relative accuracy. Asking two such models to earn the same reward gives`,
		objP4: r`The searched MnasNet-A1 reaches 75.2 % top-1 on ImageNet at 78 ms, 1.8× faster than MobileNetV2 (1.4) with 0.5 % more accuracy and 2.3× faster than NASNet-A with 1.2 % more (paper §6.1, Table 1). The Run in browser panel below plots this reward for the network you build.`,

		spaceTitle: 'The search space: one choice per block',
		spaceP1: r`Earlier searches (NASNet) looked for two cells, a normal cell and a reduction cell, and stacked copies of them everywhere. MnasNet uses a factorised hierarchical search space instead (paper §4.1, Fig. 4): the network is a fixed sequence of blocks, block $i$ repeats one layer $N_i$ times, and only its first layer strides. Each block chooses its own`,
		spaceL1: r`ConvOp: regular conv, depthwise conv, or mobile inverted bottleneck (MBConv) with its expansion ratio;`,
		spaceL2: r`kernel size: 3×3 or 5×5;`,
		spaceL3: r`squeeze-and-excitation ratio: 0 or 0.25;`,
		spaceL4: r`skip op: pooling, identity residual, or none;`,
		spaceL5: r`output filters $F_i \in \{0.75, 1.0, 1.25\} \times$ MobileNetV2's;`,
		spaceL6: r`layers $N_i \in \{N - 1, N, N + 1\}$ around MobileNetV2's.`,
		spaceP2: r`So different blocks can use different operations. The paper gives the reason (§4.1): the early stages process more data (their feature maps are larger), so they weigh much more on latency than the late ones, and one cell repeated everywhere cannot treat them differently. The space still stays small. With $S$ choices per block and $B$ blocks it has $S^B$ members; the paper's example ($S = 432$, $B = 5$, $N = 3$ layers per block) compares it with letting every layer choose alone:`,
		spaceP3: r`In the cell below, each row of the block table is one block of this space; the op, t, k, SE and skip columns are its choices. The paper's Table 6 tests this layer diversity: it keeps A1's layers and filters but uses one op everywhere. At A1's 78 ms, MBConv3 5×5 everywhere reaches 72.5 %, 2.7 points below A1's 75.2 %; MBConv3 3×3 is faster (63 ms) but 3.4 points worse; MBConv6 3×3 reaches 74.9 % at 116 ms. Only MBConv6 5×5 beats A1's accuracy (75.6 %), at 146 ms, 1.9× its latency.`,

		countTitle: 'How a multiply-accumulate is counted',
		countP1: r`One multiply-accumulate (MAC) is one multiplication added into a running sum. This page counts MACs the way the published numbers of the reference implementations do: convolutions and the final fully connected layer, nothing else. A convolution with a $k \times k$ kernel, $C_{in}$ input and $C_{out}$ output channels, $g$ groups and an $H_{out} \times W_{out}$ output costs`,
		countP2: r`A fully connected layer from $L$ inputs to $K$ classes costs $L \cdot K$ MACs. A depthwise-separable convolution, a depthwise $K \times K$ conv on $M$ channels ($g = M$) followed by a 1×1 conv to $N$ channels, costs (MnasNet paper, eq. 4)`,
		countP3: r`instead of $H \cdot W \cdot M \cdot N \cdot K^2$ for a regular conv: at $K = 3$, $N = 320$ that is 8.8× fewer. Output sizes are $H_{out} = \lceil H / s \rceil$ (padding $k/\!/2$, odd $k$). Batch norm, activations, the pooling and multiply of squeeze-and-excitation, and residual adds are not counted.`,
		countP4: r`One MAC is two floating-point operations, so FLOPs $= 2 \times$ MACs. But tools do not agree on what they print as "FLOPs"; each row names where its convention is documented:`,
		countTool: 'Tool',
		countWhat: 'What its number counts',
		toolPaper: 'MnasNet paper, tensorflow/tpu README',
		toolPaperWhat:
			'"Multiply-Adds" = MACs. The paper\'s 312M for A1 is conv + FC only; the README\'s 315.2M is 1–3 % higher (extras not published).',
		toolPaperFlops: 'MnasNet paper, §1 ("FLOPS")',
		toolPaperFlopsWhat:
			'"FLOPS" = multiply-adds as well: §1 sets MobileNet\'s 575M against NASNet\'s 564M FLOPS, the numbers Table 1 lists as Mult-Adds.',
		toolTorchvision: 'torchvision docs ("GFLOPS")',
		toolTorchvisionWhat: 'GMACs in fact: 0.314 for mnasnet1_0 = 314,415,872 conv + linear MACs.',
		toolFvcore: 'fvcore FlopCountAnalysis',
		toolFvcoreWhat: '"flops" = MACs ("one fused multiply-add as one flop"), plus batch norm by default.',
		toolThop: 'thop profile',
		toolThopWhat: 'MACs, plus batch norm and pooling.',
		toolPtflops: 'ptflops',
		toolPtflopsWhat:
			'MACs; the default aten backend counts conv and matmul only, the pytorch backend adds bias, BN, ReLU and pooling.',
		toolTorchinfo: 'torchinfo summary',
		toolTorchinfoWhat: '"Mult-Adds", counting biases too.',
		toolFlopCounter: 'PyTorch FlopCounterMode',
		toolFlopCounterWhat: 'Real FLOPs = 2 × MACs.',
		toolNasfpn: 'NAS-FPN paper',
		toolNasfpnWhat:
			'"FLOPs" = 2 × MACs: 281.3B for R-50 NAS-FPN 7@256, which the TPU model zoo lists as 140.6B and EfficientDet as 141B multiply-adds.',
		countP5: r`So MnasNet-B1, layer for layer the same network as torchvision's mnasnet1_0 and the lecture notes' model, is 4,383,312 parameters and 314,415,872 MACs (torchvision's weights metadata for mnasnet1_0): torchvision prints 0.31 "GFLOPS", a true FLOP counter 0.63 GFLOPs. Same network.`,

		mnasCellTitle: 'Edit MnasNet',
		mnasCellLead: r`Pick a preset, change the width multiplier or the resolution, edit blocks in the diagram or the table. Totals follow the conventions above and are exact: the presets match torchvision and tensorflow/tpu to the last parameter.`,

		flopsTitle: 'Why FLOPs are not latency',
		flopsP1: r`MACs are easy to count; latency is what a user waits for, and the two often disagree. In the MnasNet paper's Table 1, MobileNetV1 does 575M multiply-adds in 113 ms while NASNet-A does 564M in 183 ms (the paper's §1 calls these numbers "FLOPS"): about the same MACs, 1.6× the time. MnasNet-A1 needs 312M and 78 ms.`,
		flopsP2: r`Why: a depthwise convolution does few MACs for every byte it reads, so memory traffic rather than arithmetic limits it; small layers pay a fixed cost per kernel launch; and how good the runtime's kernels are matters.`,
		flopsP3: r`Even one network changes speed with how it is run. MnasNet-B1 (314M MACs) took 45.8 ms in TensorFlow.js (wasm, one thread) as separate conv, batch-norm and ReLU layers, and 23.3 ms with batch norm folded into the convolutions: half the time for identical MACs (measured for this project: headless Chromium, TensorFlow.js 4.22 wasm backend with SIMD, one thread, one 224×224 image, random weights, median of repeated runs; docs/benchmarks.md in the project's repository gives the protocol and later runs). This is why MnasNet measures latency on the device instead of counting.`,
		flopsP4: r`Run the network you built. Your computer is not a Pixel 1: compare the times of two networks on the same machine, not your milliseconds with the paper's.`,

		mnasRunTitle: 'Run MnasNet in your browser',
		spaceExplorerTitle: 'The search space, seen',
		latencySearchTitle: 'A latency-aware search on this device',

		mergeTitle: 'NAS-FPN: the merging cell',
		mergeP1: r`NAS-FPN searches the neck of a RetinaNet detector: a pyramid network that turns backbone features $C_3 \ldots C_7$ (strides 8 to 128; $C_6$ and $C_7$ come from max pooling) into outputs $P_3 \ldots P_7$ at the same scales, so pyramid networks can be stacked $N$ times. Every feature has the same width $D$, 256 in the paper (NAS-FPN paper §3).`,
		mergeP2: r`A pyramid network is made of merging cells, and one merging cell makes one new feature (one node of the graph). For each merging cell the controller picks two input features, an output resolution and a binary op. Both inputs are first resampled to the output level, by nearest-neighbour upsampling or max pooling by $2^{\Delta}$, and then combined:`,
		mergeP3: r`In global pooling, $c$ is the input from the coarser level and $f$ the other one; $\mathrm{GMP}$ is a global max over height and width, per channel, and $\sigma$ the sigmoid: the coarse feature gates the fine one channel by channel. Neither op has weights. After the merge, every cell applies ReLU → 3×3 conv → batch norm, the only weights in a cell: $9D^2 + D$ in the conv and $2D$ in batch norm, 590,592 at $D = 256$ (tensorflow/tpu, models/official/detection/modeling/architecture/nasfpn.py).`,
		mergeP4: r`The last five cells are the outputs $P_3 \ldots P_7$, and intermediate cells may not choose $P_3$, to save computation. One more rule: when an output cell is made, every earlier feature of the same level that nothing has used yet is added to it. In the final NAS-FPN this gives the $P_5$ and $P_7$ output cells a third input ($P_5$ in and $P_7$ in), which the binary ops alone do not explain (the output rule of tensorflow/tpu nasfpn.py applied to its NASFPN_BLOCK_SPECS).`,
		mergeP5: r`At 640×640 and $D = 256$, one pyramid network of 7 merging cells has 4,134,144 parameters and 6.92G MACs. Every merging cell ends in the same 3×3 conv, so its share of the MACs is its share of the pixels all seven cells produce: one $P_3$ cell of 80×80 = 6,400 pixels, three $P_4$ cells of 1,600, and one cell each at $P_5$, $P_6$ and $P_7$ (400, 100, 25), 11,725 pixels in all. The single $P_3$ output cell is therefore 6,400 / 11,725 = 54.6 % of the MACs (computed on this page from the official block spec).`,

		stepsTitle: 'From FPN to NAS-FPN: (a) → (f)',
		stepsP1: r`The paper's Figure 7 shows how the architectures improved during the search. (a) is the baseline FPN: a top-down path that adds each upsampled level to the one below. (b)–(e) are 7-cell architectures sampled as the reward (AP on held-out COCO images) rose, and (f) is the final NAS-FPN.`,
		stepsP2: r`What the controller learned, in the paper's words: it soon kept a direct connection from the high-resolution input to the high-resolution output, which matters for small objects; later it built both top-down and bottom-up paths; and it increasingly reused the layers it had just made instead of picking inputs at random.`,
		stepsP3: r`No public text or code gives the cells of (b)–(e). The graphs shown for them here are illustrations written for this notebook from the paper's description, and are labelled as such wherever they appear. (a) is reconstructed from the FPN definition; (f) is the official block spec, NASFPN_BLOCK_SPECS in tensorflow/tpu nasfpn.py.`,
		stepsP4: r`R-50 NAS-FPN (7 @ 256) reaches 39.9 AP at 640×640 (NAS-FPN paper). Its 60.3M parameters and 140.6G MACs (tensorflow/tpu model zoo; the paper reports 281.3B FLOPs, twice the MACs) are the whole detector: the ResNet-50 backbone, 7 stacked pyramid networks and the RetinaNet head. The NAS-FPN cell on this page computes only the neck, the pyramid networks with their input stage. Where the rest goes:`,
		bdPart: 'Part',
		bdWhat: 'Parameters and MACs at 640×640, and where they come from',
		bdBackbone: 'Backbone: ResNet-50 (C3–C5)',
		bdBackboneWhat:
			'≈ 23.5M parameters, ≈ 33.4G MACs. An estimate from the published ResNet-50 (torchvision: 25.6M parameters including its 2.0M classifier, 4.09G MACs at 224×224), scaled by (640/224)².',
		bdNeck: 'Neck: 7 pyramid networks at D = 256',
		bdNeckWhat:
			'29.86M parameters, 49.88G MACs: computed on this page (the NAS-FPN cell (f) with the R-50 input stage, 7 repeats, D = 256, 640 px).',
		bdHead: 'Head: RetinaNet class and box subnets',
		bdHeadWhat:
			'≈ 6.67M parameters, ≈ 56.8G MACs: arithmetic from the RetinaNet head (RetinaNet paper §4: four 3×3 convs of 256 channels in each subnet, then a 3×3 conv to 9 anchors × 90 classes or 9 × 4 box offsets), shared by P3–P7, 8,525 pixels at 640.',
		bdTotal: 'Sum, against the published total',
		bdTotalWhat:
			'≈ 60.0M parameters, ≈ 140.1G MACs, against the published 60.3M and 140.6G (tensorflow/tpu model zoo, R50-NAS-FPN at 640). Cross-check: the same zoo lists R50-FPN at 34.0M and 97.0G, so NAS-FPN adds 43.6G; the neck computed here minus an FPN neck (6.5G) is 43.4G.',

		fpnCellTitle: 'Edit NAS-FPN',

		fpnRunTitle: 'Run NAS-FPN in your browser',

		compareTitle: 'Compare two networks',
		exercisesTitle: 'Predict, then check',
		rewardExplorerTitle: 'The reward on the paper’s models',
		searchLoopTitle: 'The search loop',
		fpnScalingTitle: 'Scaling NAS-FPN: published results',
		exportTitle: 'Export and import',
		classroomTitle: 'Teach with this notebook',
		classroomLead: r`Make a classroom link: tick what students may change, and the link opens this notebook with your network and everything else hidden or locked. The guided tour starts from the top of the page, and its link opens at the step you are on.`,

		sourcesTitle: 'Sources',
		sourcesLead: r`Numbers on this page come from these papers and repositories; each sentence names the section, table, figure or file it rests on. Figures measured for this project say how they were measured.`,
		srcMnasnet:
			'Tan et al., MnasNet: Platform-Aware Neural Architecture Search for Mobile, CVPR 2019 (arXiv 1807.11626)',
		srcNasfpn:
			'Ghiasi, Lin, Le, NAS-FPN: Learning Scalable Feature Pyramid Architecture for Object Detection, CVPR 2019 (arXiv 1904.07392)',
		srcTpuMnasnet: 'tensorflow/tpu: models/official/mnasnet (block strings, model code, README latency table)',
		srcTpuNasfpn: 'tensorflow/tpu: detection/modeling/architecture/nasfpn.py (the final cell, wiring rules)',
		srcTorchvision: 'pytorch/vision: torchvision/models/mnasnet.py (MNASNet, weights metadata)',
		srcLecture: 'AnjieCheng/MnasNet-PyTorch: MnasNet.py, the lecture notes\u2019 code',
		srcMmdet: 'open-mmlab/mmdetection: the NAS-FPN neck (an implementation with mirrored gate roles)',
		srcTfjs: 'TensorFlow.js: the runtime used by Run in browser',
		srcRetinanet:
			'Lin, Goyal, Girshick, He, Dollár, Focal Loss for Dense Object Detection (RetinaNet), ICCV 2017 (arXiv 1708.02002)',
		srcTpuZoo:
			'tensorflow/tpu: models/official/detection/MODEL_ZOO.md (RetinaNet R50-FPN and R50-NAS-FPN: parameters, multiply-adds)',
		srcResnet: 'pytorch/vision: torchvision/models/resnet.py (ResNet-50 weights metadata: parameters, GFLOPS = GMACs)'
	},
	ko: {
		intro: r`신경망 구조 탐색(NAS)은 컨트롤러가 네트워크를 제안하게 하고, 점수가 가장 좋은 것을 남기는 방법입니다. 이 노트북은 탐색으로 찾은 두 설계를 뜯어봅니다. 하나는 휴대폰에서 잰 지연 시간을 탐색 목표에 넣은 모바일 이미지 분류기 MnasNet이고, 다른 하나는 탐색으로 찾은 병합 셀로 만든 객체 검출용 특징 피라미드 NAS-FPN입니다. 아래에서 네트워크를 고치면 파라미터 수, 곱셈-누산(MAC) 수, 특징 맵 크기가 참조 구현이 만드는 네트워크와 똑같이 다시 계산됩니다. "브라우저에서 실행"을 누르면 TensorFlow.js로 실제 시간을 잽니다. 주소창에는 언제나 지금 보이는 화면의 링크가 들어 있습니다.`,

		whyTitle: '왜 구조를 탐색할까?',
		whyP1: r`MobileNetV2처럼 사람이 설계한 네트워크는 수많은 작은 선택이 모인 결과입니다. 어떤 합성곱을 쓸지, 커널 크기는 얼마로 할지, 채널은 몇 개로 할지, 단계마다 층을 몇 개 쌓을지. NAS는 이 선택을 자동으로 합니다. 컨트롤러(두 논문 모두 강화학습 PPO로 학습하는 순환 신경망)가 구조를 하나 뽑고, 그 구조를 프록시 작업에서 짧게 학습시킨 뒤, 그 점수를 컨트롤러의 보상으로 씁니다.`,
		whyP2: r`탐색에는 비용이 많이 듭니다. MnasNet은 약 8,000개의 모델을 뽑아 각각 ImageNet에서 5 에폭씩 학습했고, 탐색 한 번에 TPUv2 64개로 4.5일이 걸렸습니다(MnasNet 논문 §4.2, §5). NAS-FPN은 후보마다 ResNet-10 백본으로 COCO에서 10 에폭을 학습했고, 컨트롤러는 약 8,000 스텝 뒤에 수렴했습니다(NAS-FPN 논문 §4). 그렇게 나온 결과는 다른 네트워크처럼 세고 실행할 수 있는 평범한 네트워크이고, 이 페이지가 바로 그 일을 합니다.`,

		objTitle: 'MnasNet: 목표 함수 안의 지연 시간',
		objP1: r`MnasNet은 실제 지연 시간을 보상에 넣습니다. 정확도가 $\mathrm{ACC}(m)$이고 Pixel 1 휴대폰(큰 CPU 코어 하나, 배치 1)에서 잰 지연 시간이 $\mathrm{LAT}(m)$인 모델 $m$에 대해, 컨트롤러는 다음 값을 최대화합니다(논문 §3).`,
		objP2: r`$T$는 목표 지연 시간으로, 논문의 주 탐색에서는 $T = 75$ ms입니다(§6.1). 하드 제약은 $\alpha = 0$, $\beta = -1$을 씁니다. 목표보다 빠르면 정확도만 따지고, 목표를 넘으면 보상이 가파르게 떨어집니다. MnasNet은 $\alpha = \beta = -0.07$인 소프트 제약을 써서, 정확도를 조금 내주더라도 더 빠른 모델이 이길 수 있게 합니다.`,
		objP3: r`−0.07은 이렇게 나옵니다. 저자들은 지연 시간을 두 배로 늘리면 상대 정확도가 약 5 % 오른다는 것을 관찰했습니다. 그런 두 모델이 같은 보상을 받도록 놓으면`,
		objP4: r`탐색으로 찾은 MnasNet-A1은 ImageNet top-1 75.2 %를 78 ms에 달성합니다. MobileNetV2 (1.4)보다 1.8배 빠르면서 정확도가 0.5 % 높고, NASNet-A보다 2.3배 빠르면서 1.2 % 높습니다(논문 §6.1, 표 1). 아래 "브라우저에서 실행" 패널은 여러분이 만든 네트워크에 대해 이 보상을 그려 줍니다.`,

		spaceTitle: '탐색 공간: 블록마다 하나씩 고르기',
		spaceP1: r`NASNet 같은 이전 탐색은 일반 셀과 축소 셀, 두 가지 셀을 찾아 모든 곳에 반복해 쌓았습니다. MnasNet은 대신 분해된 계층적 탐색 공간을 씁니다(논문 §4.1, 그림 4). 네트워크는 정해진 블록들의 나열이고, 블록 $i$는 한 가지 층을 $N_i$번 반복하며, 첫 번째 층만 스트라이드를 가집니다. 블록마다 다음을 따로 고릅니다.`,
		spaceL1: r`ConvOp: 일반 합성곱, 깊이별 합성곱, 또는 확장 비율을 가진 모바일 역병목(MBConv)`,
		spaceL2: r`커널 크기: 3×3 또는 5×5`,
		spaceL3: r`squeeze-and-excitation 비율: 0 또는 0.25`,
		spaceL4: r`스킵 연산: 풀링, 항등 잔차 연결, 또는 없음`,
		spaceL5: r`출력 필터 수 $F_i \in \{0.75, 1.0, 1.25\} \times$ MobileNetV2의 값`,
		spaceL6: r`층 수 $N_i \in \{N - 1, N, N + 1\}$ (MobileNetV2 기준)`,
		spaceP2: r`그래서 블록마다 서로 다른 연산을 쓸 수 있습니다. 논문이 드는 이유는 이렇습니다(§4.1). 앞쪽 단계는 특징 맵이 커서 처리하는 데이터가 많으므로 뒤쪽 단계보다 지연 시간에 훨씬 큰 영향을 주는데, 같은 셀을 모든 곳에 반복하면 둘을 다르게 다룰 수 없습니다. 그러면서도 공간은 작게 유지됩니다. 블록마다 선택지가 $S$개, 블록이 $B$개면 공간의 크기는 $S^B$입니다. 논문의 예($S = 432$, $B = 5$, 블록당 $N = 3$층)로 층마다 따로 고르는 경우와 비교하면 다음과 같습니다.`,
		spaceP3: r`아래 셀에서 블록 표의 한 행이 이 공간의 블록 하나입니다. op, t, k, SE, skip 열이 그 블록의 선택입니다. 논문 표 6은 이런 층 다양성을 시험합니다. A1의 층 수와 필터 수는 그대로 두고 모든 곳에 한 가지 연산만 씁니다. A1과 같은 78 ms에서 MBConv3 5×5만 쓰면 72.5 %로 A1의 75.2 %보다 2.7 %p 낮습니다. MBConv3 3×3은 더 빠르지만(63 ms) 3.4 %p 낮고, MBConv6 3×3은 116 ms에 74.9 %입니다. A1보다 정확한 것은 MBConv6 5×5(75.6 %)뿐인데, 지연 시간이 146 ms로 A1의 1.9배입니다.`,

		countTitle: '곱셈-누산(MAC)은 어떻게 세는가',
		countP1: r`곱셈-누산(MAC) 하나는 곱셈 한 번을 누적 합에 더하는 것입니다. 이 페이지는 참조 구현들이 발표한 수치와 같은 방식으로 MAC을 셉니다. 합성곱과 마지막 완전 연결층만 세고, 나머지는 세지 않습니다. 커널이 $k \times k$이고 입력 채널 $C_{in}$, 출력 채널 $C_{out}$, 그룹 $g$, 출력 크기 $H_{out} \times W_{out}$인 합성곱의 비용은`,
		countP2: r`입력 $L$개에서 클래스 $K$개로 가는 완전 연결층은 $L \cdot K$ MAC입니다. 깊이별 분리 합성곱, 즉 채널 $M$개에 대한 $K \times K$ 깊이별 합성곱($g = M$) 뒤에 채널 $N$개로 가는 1×1 합성곱이 붙은 연산의 비용은 다음과 같습니다(MnasNet 논문 식 4).`,
		countP3: r`일반 합성곱의 $H \cdot W \cdot M \cdot N \cdot K^2$와 비교하면 $K = 3$, $N = 320$일 때 8.8배 적습니다. 출력 크기는 $H_{out} = \lceil H / s \rceil$입니다(패딩 $k/\!/2$, 홀수 $k$). 배치 정규화, 활성화 함수, squeeze-and-excitation의 풀링과 곱셈, 잔차 덧셈은 세지 않습니다.`,
		countP4: r`MAC 하나는 부동소수점 연산 두 번이므로 FLOPs $= 2 \times$ MAC입니다. 그런데 도구마다 "FLOPs"라고 출력하는 값이 다릅니다. 각 행에 그 규칙이 적힌 곳을 밝혀 두었습니다.`,
		countTool: '도구',
		countWhat: '출력하는 숫자가 세는 것',
		toolPaper: 'MnasNet 논문, tensorflow/tpu README',
		toolPaperWhat:
			'"Multiply-Adds" = MAC. 논문의 A1 312M은 합성곱 + FC만 센 값이고, README의 315.2M은 1–3 % 더 큽니다(무엇을 더 셌는지는 공개되지 않음).',
		toolPaperFlops: 'MnasNet 논문 §1 ("FLOPS")',
		toolPaperFlopsWhat:
			'"FLOPS"도 multiply-add, 즉 MAC입니다. §1은 MobileNet의 575M과 NASNet의 564M FLOPS를 비교하는데, 표 1이 Mult-Adds로 적은 값과 같습니다.',
		toolTorchvision: 'torchvision 문서 ("GFLOPS")',
		toolTorchvisionWhat: '실제로는 GMAC입니다. mnasnet1_0의 0.314 = 합성곱 + linear MAC 314,415,872.',
		toolFvcore: 'fvcore FlopCountAnalysis',
		toolFvcoreWhat: '"flops" = MAC("fused multiply-add 하나를 flop 하나로 셈"), 기본값으로 배치 정규화도 포함.',
		toolThop: 'thop profile',
		toolThopWhat: 'MAC에 배치 정규화와 풀링을 더한 값.',
		toolPtflops: 'ptflops',
		toolPtflopsWhat:
			'MAC. 기본 aten 백엔드는 합성곱과 행렬곱만 세고, pytorch 백엔드는 바이어스, BN, ReLU, 풀링을 더합니다.',
		toolTorchinfo: 'torchinfo summary',
		toolTorchinfoWhat: '"Mult-Adds", 바이어스까지 셈.',
		toolFlopCounter: 'PyTorch FlopCounterMode',
		toolFlopCounterWhat: '진짜 FLOPs = 2 × MAC.',
		toolNasfpn: 'NAS-FPN 논문',
		toolNasfpnWhat:
			'"FLOPs" = 2 × MAC. R-50 NAS-FPN 7@256의 281.3B를 TPU 모델 저장소는 140.6B, EfficientDet은 141B multiply-add로 적습니다.',
		countP5: r`그러니 torchvision의 mnasnet1_0, 강의 노트의 모델과 층 하나하나까지 같은 MnasNet-B1은 파라미터 4,383,312개, MAC 314,415,872개입니다(torchvision mnasnet1_0의 가중치 메타데이터). torchvision은 이를 0.31 "GFLOPS"로, 진짜 FLOP 카운터는 0.63 GFLOPs로 출력합니다. 같은 네트워크입니다.`,

		mnasCellTitle: 'MnasNet 편집하기',
		mnasCellLead: r`프리셋을 고르고, 너비 배수나 입력 해상도를 바꾸고, 다이어그램이나 표에서 블록을 고쳐 보세요. 합계는 위의 규칙을 따르는 정확한 값입니다. 프리셋은 torchvision, tensorflow/tpu와 파라미터 하나까지 일치합니다.`,

		flopsTitle: 'FLOPs가 지연 시간이 아닌 이유',
		flopsP1: r`MAC은 세기 쉽지만, 사용자가 기다리는 것은 지연 시간이고 둘은 자주 어긋납니다. MnasNet 논문 표 1에서 MobileNetV1은 multiply-add 575M을 113 ms에, NASNet-A는 564M을 183 ms에 처리합니다(논문 §1은 이 값을 "FLOPS"라고 부릅니다). MAC은 거의 같은데 시간은 1.6배입니다. MnasNet-A1은 312M, 78 ms입니다.`,
		flopsP2: r`이유는 이렇습니다. 깊이별 합성곱은 읽어 오는 바이트에 비해 MAC이 적어서 연산보다 메모리 전송이 속도를 결정합니다. 작은 층은 커널을 띄울 때마다 고정 비용을 냅니다. 그리고 런타임의 커널이 얼마나 잘 만들어졌는지도 중요합니다.`,
		flopsP3: r`같은 네트워크도 실행 방식에 따라 속도가 달라집니다. MnasNet-B1(314M MAC)은 TensorFlow.js(wasm, 스레드 1개)에서 합성곱, 배치 정규화, ReLU를 따로 둔 층으로는 45.8 ms, 배치 정규화를 합성곱에 접어 넣으면(BN 폴딩) 23.3 ms가 걸렸습니다. MAC은 똑같은데 시간은 절반입니다(이 프로젝트에서 측정: 헤드리스 Chromium, TensorFlow.js 4.22 wasm 백엔드(SIMD), 스레드 1개, 224×224 이미지 한 장, 임의 가중치, 반복 실행의 중앙값. 측정 방법과 이후 측정 결과는 프로젝트 저장소의 docs/benchmarks.md에 있습니다). 그래서 MnasNet은 세는 대신 기기에서 지연 시간을 잽니다.`,
		flopsP4: r`직접 만든 네트워크를 실행해 보세요. 여러분의 컴퓨터는 Pixel 1이 아니므로, 같은 기기에서 두 네트워크의 시간을 비교하고 논문의 밀리초와 직접 비교하지는 마세요.`,

		mnasRunTitle: '브라우저에서 MnasNet 실행하기',
		spaceExplorerTitle: '눈으로 보는 탐색 공간',
		latencySearchTitle: '이 기기에서 지연 시간을 고려하는 탐색',

		mergeTitle: 'NAS-FPN: 병합 셀',
		mergeP1: r`NAS-FPN은 RetinaNet 검출기의 넥을 탐색합니다. 넥은 백본 특징 $C_3 \ldots C_7$(스트라이드 8–128, $C_6$과 $C_7$은 최대 풀링으로 만듦)을 같은 스케일의 출력 $P_3 \ldots P_7$로 바꾸는 피라미드 네트워크이며, 입력과 출력의 스케일이 같아서 피라미드 네트워크를 $N$번 쌓을 수 있습니다. 모든 특징의 채널 수는 $D$로 같고, 논문에서는 256입니다(NAS-FPN 논문 §3).`,
		mergeP2: r`피라미드 네트워크는 병합 셀로 이루어지며, 병합 셀 하나가 새 특징 하나(그래프의 노드 하나)를 만듭니다. 컨트롤러는 병합 셀마다 입력 특징 두 개, 출력 해상도, 이항 연산 하나를 고릅니다. 두 입력은 먼저 출력 레벨로 리샘플링되고(최근접 이웃 업샘플링, 또는 $2^{\Delta}$ 배 최대 풀링) 그다음 합쳐집니다.`,
		mergeP3: r`전역 풀링에서 $c$는 더 거친 레벨에서 온 입력이고 $f$는 다른 입력입니다. $\mathrm{GMP}$는 채널별로 높이와 너비 전체에 대한 최댓값이고, $\sigma$는 시그모이드입니다. 즉 거친 특징이 채널마다 세밀한 특징의 문을 여닫습니다. 두 연산 모두 가중치가 없습니다. 병합 뒤에 모든 병합 셀은 ReLU → 3×3 합성곱 → 배치 정규화를 거치며, 이것이 셀의 유일한 가중치입니다. 합성곱에 $9D^2 + D$개, 배치 정규화에 $2D$개로 $D = 256$이면 590,592개입니다(tensorflow/tpu, models/official/detection/modeling/architecture/nasfpn.py).`,
		mergeP4: r`마지막 다섯 셀이 출력 $P_3 \ldots P_7$이 되고, 계산을 줄이기 위해 중간 셀은 $P_3$을 고를 수 없습니다. 규칙이 하나 더 있습니다. 출력 셀을 만들 때, 같은 레벨에 있으면서 아직 아무도 쓰지 않은 이전 특징을 모두 더합니다. 최종 NAS-FPN에서는 이 규칙 때문에 $P_5$와 $P_7$ 출력 셀에 세 번째 입력($P_5$ 입력, $P_7$ 입력)이 생기는데, 이항 연산만 보아서는 설명되지 않는 부분입니다(tensorflow/tpu nasfpn.py의 출력 규칙을 NASFPN_BLOCK_SPECS에 적용한 결과).`,
		mergeP5: r`640×640, $D = 256$에서 병합 셀 7개로 된 피라미드 네트워크 하나는 파라미터 4,134,144개, MAC 6.92G입니다. 모든 병합 셀은 같은 3×3 합성곱으로 끝나므로, 한 셀이 차지하는 MAC 비율은 일곱 셀이 만드는 픽셀 가운데 그 셀의 비율과 같습니다. 80×80 = 6,400 픽셀인 $P_3$ 셀 하나, 1,600 픽셀인 $P_4$ 셀 셋, 그리고 $P_5$, $P_6$, $P_7$ 셀 하나씩(400, 100, 25)으로 모두 11,725 픽셀입니다. 그래서 $P_3$ 출력 셀 하나가 MAC의 6,400 / 11,725 = 54.6 %를 차지합니다(공식 블록 명세로 이 페이지에서 계산).`,

		stepsTitle: 'FPN에서 NAS-FPN까지: (a) → (f)',
		stepsP1: r`논문 그림 7은 탐색이 진행되면서 구조가 어떻게 좋아졌는지 보여 줍니다. (a)는 기준선 FPN으로, 업샘플링한 위 레벨을 아래 레벨에 더하는 하향식 경로입니다. (b)–(e)는 보상(따로 떼어 둔 COCO 이미지에서의 AP)이 오르는 동안 뽑힌 7-셀 구조이고, (f)가 최종 NAS-FPN입니다.`,
		stepsP2: r`논문이 말하는 컨트롤러가 배운 것은 이렇습니다. 먼저 고해상도 입력에서 고해상도 출력으로 바로 가는 연결을 붙잡았는데, 이것은 작은 물체에 중요합니다. 그다음 하향식과 상향식 경로를 모두 만들었고, 입력을 아무렇게나 고르는 대신 방금 만든 층을 점점 더 많이 재사용했습니다.`,
		stepsP3: r`(b)–(e)의 셀은 공개된 글이나 코드 어디에도 나와 있지 않습니다. 여기 보이는 (b)–(e) 그래프는 논문의 설명을 바탕으로 이 노트북을 위해 만든 예시이며, 나오는 곳마다 예시라고 표시했습니다. (a)는 FPN의 정의로 재구성했고, (f)는 tensorflow/tpu nasfpn.py의 공식 블록 명세(NASFPN_BLOCK_SPECS)입니다.`,
		stepsP4: r`R-50 NAS-FPN (7 @ 256)은 640×640에서 AP 39.9를 얻습니다(NAS-FPN 논문). 파라미터 60.3M, MAC 140.6G(tensorflow/tpu 모델 저장소 기준, 논문은 MAC의 두 배인 281.3B FLOPs로 적음)는 검출기 전체의 값으로, ResNet-50 백본, 7번 쌓은 피라미드 네트워크, RetinaNet 헤드를 모두 더한 것입니다. 이 페이지의 NAS-FPN 셀이 계산하는 것은 넥, 즉 입력 단계를 포함한 피라미드 네트워크뿐입니다. 나머지는 다음과 같이 나뉩니다.`,
		bdPart: '부분',
		bdWhat: '640×640에서의 파라미터와 MAC, 그리고 그 근거',
		bdBackbone: '백본: ResNet-50 (C3–C5)',
		bdBackboneWhat:
			'파라미터 약 23.5M, MAC 약 33.4G. 공개된 ResNet-50 값(torchvision: 분류기 2.0M을 포함해 파라미터 25.6M, 224×224에서 MAC 4.09G)을 (640/224)²배 한 추정치입니다.',
		bdNeck: '넥: D = 256인 피라미드 네트워크 7개',
		bdNeckWhat:
			'파라미터 29.86M, MAC 49.88G. 이 페이지에서 계산한 값입니다(NAS-FPN 셀 (f), R-50 입력 단계, 7번 쌓기, D = 256, 640 px).',
		bdHead: '헤드: RetinaNet 분류·박스 서브넷',
		bdHeadWhat:
			'파라미터 약 6.67M, MAC 약 56.8G. RetinaNet 헤드로 계산한 값입니다(RetinaNet 논문 §4: 서브넷마다 256채널 3×3 합성곱 네 개, 그다음 앵커 9개 × 클래스 90개 또는 9 × 박스 좌표 4개로 가는 3×3 합성곱). P3–P7이 함께 쓰며, 640에서 픽셀은 모두 8,525개입니다.',
		bdTotal: '합계와 공개된 값',
		bdTotalWhat:
			'파라미터 약 60.0M, MAC 약 140.1G로, 공개된 60.3M, 140.6G(tensorflow/tpu 모델 저장소, 640의 R50-NAS-FPN)와 맞습니다. 교차 확인: 같은 저장소는 R50-FPN을 34.0M, 97.0G로 적으므로 NAS-FPN이 더하는 MAC은 43.6G이고, 여기서 계산한 넥에서 FPN 넥(6.5G)을 빼면 43.4G입니다.',

		fpnCellTitle: 'NAS-FPN 편집하기',

		fpnRunTitle: '브라우저에서 NAS-FPN 실행하기',

		compareTitle: '두 네트워크 비교하기',
		exercisesTitle: '예측한 뒤 확인하기',
		rewardExplorerTitle: '논문 모델로 본 보상',
		searchLoopTitle: '탐색 루프',
		fpnScalingTitle: 'NAS-FPN 키우기: 발표된 결과',
		exportTitle: '내보내기와 가져오기',
		classroomTitle: '이 노트북으로 수업하기',
		classroomLead: r`수업 링크를 만들어 보세요. 학생이 바꿀 수 있는 항목에 체크하면, 링크는 지금의 네트워크로 노트북을 열고 나머지는 숨기거나 잠급니다. 둘러보기는 페이지 맨 위에서 시작하며, 둘러보기 링크는 지금 보고 있는 단계에서 열립니다.`,

		sourcesTitle: '출처',
		sourcesLead: r`이 페이지의 수치는 아래 논문과 저장소에서 왔으며, 문장마다 근거가 되는 절, 표, 그림, 파일을 밝혀 두었습니다. 이 프로젝트에서 직접 잰 수치는 측정 방법을 함께 적었습니다.`,
		srcMnasnet: 'Tan 외, MnasNet: Platform-Aware Neural Architecture Search for Mobile, CVPR 2019 (arXiv 1807.11626)',
		srcNasfpn:
			'Ghiasi, Lin, Le, NAS-FPN: Learning Scalable Feature Pyramid Architecture for Object Detection, CVPR 2019 (arXiv 1904.07392)',
		srcTpuMnasnet: 'tensorflow/tpu: models/official/mnasnet (블록 문자열, 모델 코드, README 지연 시간 표)',
		srcTpuNasfpn: 'tensorflow/tpu: detection/modeling/architecture/nasfpn.py (최종 셀, 연결 규칙)',
		srcTorchvision: 'pytorch/vision: torchvision/models/mnasnet.py (MNASNet, 가중치 메타데이터)',
		srcLecture: 'AnjieCheng/MnasNet-PyTorch: MnasNet.py, 강의 노트의 코드',
		srcMmdet: 'open-mmlab/mmdetection: NAS-FPN 넥 (게이트 역할이 뒤바뀐 구현)',
		srcTfjs: 'TensorFlow.js: "브라우저에서 실행"에 쓰는 런타임',
		srcRetinanet:
			'Lin, Goyal, Girshick, He, Dollár, Focal Loss for Dense Object Detection (RetinaNet), ICCV 2017 (arXiv 1708.02002)',
		srcTpuZoo:
			'tensorflow/tpu: models/official/detection/MODEL_ZOO.md (RetinaNet R50-FPN과 R50-NAS-FPN의 파라미터, multiply-add 수)',
		srcResnet: 'pytorch/vision: torchvision/models/resnet.py (ResNet-50 가중치 메타데이터: 파라미터, GFLOPS = GMAC)'
	}
});
