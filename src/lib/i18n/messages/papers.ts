// Strings of the three sections on the searches themselves: the search loop of both papers, MnasNet's reward
// explorer (Table 1, Eq. 2, Fig. 6) and NAS-FPN's published scaling results. Plain text (rendered as text, never
// HTML); `{name}` placeholders are filled with numbers or model names, and the Korean is written so that every
// particle follows fixed Korean text, not a placeholder.
import { defineMessages } from '../i18n.svelte';

export const papersMessages = defineMessages({
	en: {
		// ---- search loop ------------------------------------------------------------------------------------
		loopIntro:
			'Both papers search the same way. A controller (a recurrent network with parameters θ) samples a network m, a trainer trains it briefly on a proxy task, the result is turned into a reward R(m), and θ is updated so that high-reward networks become more likely. The controller maximises the expected reward J = E[R(m)] over the networks it samples (MnasNet §4.2, Eq. 5) with Proximal Policy Optimization (PPO), a policy-gradient method in the REINFORCE family; NAS-FPN trains its controller with PPO too (NAS-FPN §4).',
		loopPaper: 'Paper',
		loopMnasnet: 'MnasNet',
		loopNasfpn: 'NAS-FPN',
		loopDiagramLabel:
			'The search loop of {paper}: controller, sample, train on the proxy task, measure, reward, update.',
		loopController: 'controller (RNN, θ)',
		loopSample: 'sample a network m',
		loopTrainMnas: 'train 5 epochs on ImageNet',
		loopTrainFpn: 'train 10 epochs on COCO (ResNet-10, 512², 3 stacks)',
		loopMeasureMnas: 'measure LAT(m) on a Pixel 1',
		loopMeasureFpn: 'no latency in the reward',
		loopRewardMnas: 'R(m) = ACC(m)·(LAT(m)/T)^w',
		loopRewardFpn: 'R(m) = AP on held-out images',
		loopUpdate: 'update θ with PPO',
		loopStepHint: 'Select a step to read what happens there.',
		loopStepController:
			'The controller predicts the network one token at a time (MnasNet: ops, kernel, SE ratio, skip, filters and layers of each block; NAS-FPN: two inputs, an output level and an operation for each merging cell), each from its own softmax.',
		loopStepSample: 'A batch of networks is sampled from the controller’s current policy.',
		loopStepTrainMnas:
			'Each sample is trained for 5 epochs on the ImageNet training set and scored on 50K images held out from it (MnasNet §5).',
		loopStepTrainFpn:
			'Each sample is trained for 10 epochs instead of 50, with a ResNet-10 backbone at 512×512 and the pyramid network stacked 3 times: about an hour on TPUs (NAS-FPN §4, proxy task).',
		loopStepMeasureMnas:
			'The sample runs on the single-thread big CPU core of Pixel 1 phones; the measured latency, not a MAC count, goes into the reward (MnasNet §5).',
		loopStepMeasureFpn: 'NAS-FPN’s reward is accuracy only: the cost is controlled afterwards by stacking and width.',
		loopStepRewardMnas:
			'Eq. 2 combines accuracy and latency; the search used T = 75 ms and α = β = −0.07 (MnasNet §6.1). The reward explorer below shows what these numbers do.',
		loopStepRewardFpn: 'The reward is the detection AP on images held out from COCO train2017 (NAS-FPN §4).',
		loopStepUpdate:
			'PPO moves θ towards the choices of high-reward samples; the loop repeats until the step budget is spent or θ converges (MnasNet §4.2).',
		loopFacts: 'The numbers of the search',
		loopFactsSource: 'Sources: MnasNet §4.2, §5 and §6.1; NAS-FPN §4 (proxy task, controller) and Fig. 5.',
		factMnasModels: 'models sampled',
		factMnasEpochs: 'proxy training (epochs on ImageNet)',
		factMnasHeldOut: 'held-out images that score a sample',
		factMnasTime: 'days per search',
		factMnasDevices: 'TPUv2 devices',
		factMnasTransferred: 'models then trained on full ImageNet',
		factMnasTarget: 'target latency T (ms)',
		factFpnBackbone: 'proxy backbone',
		factFpnSize: 'proxy input (pixels per side)',
		factFpnStacks: 'stacked pyramid networks in the proxy',
		factFpnEpochs: 'proxy training (epochs, full training: 50)',
		factFpnTpus: 'TPUs in the work queue',
		factFpnSteps: 'controller steps until the unique architectures converge (about)',

		// ---- reward explorer --------------------------------------------------------------------------------
		rewardIntro:
			'Every point is a model of the MnasNet paper’s Table 1: ImageNet top-1 against latency on a Pixel 1 (§6.1; rows without a published latency are left out). Pick a constraint and a target T: each row gets the reward ACC·(LAT/T)^w of Eq. 2, with ACC the published top-1 as a fraction (75.2 % → 0.752) and w = α when LAT ≤ T, otherwise β. The curves join equal rewards: a model above a curve beats every model below it.',
		constraint: 'Constraint',
		constraintSoft: 'soft (α = β = −0.07)',
		constraintHard: 'hard (α = 0, β = −1)',
		target: 'Target T (ms)',
		targetKept: 'The table keeps T = {last} ms.',
		winner: 'Highest reward at T = {t} ms: {models}.',
		chartLabel:
			'Table 1 models, ImageNet top-1 against Pixel 1 latency, with lines of equal reward for the {constraint} constraint at T = {t} ms.',
		axisLatency: 'latency on Pixel 1 (ms)',
		axisTop1: 'ImageNet top-1 (%)',
		contour: 'equal reward',
		colModel: 'Model',
		colType: 'Type',
		colParams: 'Params',
		colMultAdds: 'Mult-Adds',
		colTop1: 'Top-1',
		colLatency: 'Latency',
		colW: 'w',
		colReward: 'Reward',
		typeManual: 'manual',
		typeAuto: 'searched',
		tableCaption:
			'MnasNet paper, Table 1 (latency: Pixel 1 big CPU core, batch size 1). The first four rows repeat the MobileNetV2 paper’s Table 4. Rewards are computed on this page.',

		// ---- Fig. 6: soft against hard ------------------------------------------------------------------------
		fig6Title: 'Why a weighted product and not a hard limit (MnasNet §7.1, Fig. 6)',
		fig6Intro:
			'Suppose better networks cost latency along a trade-off where doubling the latency buys a fixed relative gain in accuracy. The curves show the reward a network on that trade-off earns at each latency, relative to the best one; the band marks the latencies that earn within 1 % of the best, where the controller is rewarded almost equally.',
		fig6Gain: 'Accuracy gained per doubling of latency (%)',
		fig6Label:
			'Reward along an accuracy–latency trade-off ({gain} per doubling), relative to the best, for the soft and the hard constraint at T = {t} ms.',
		fig6Band: 'Within 1 % of the best reward: soft {softLo}–{softHi} ms, hard {hardLo}–{hardHi} ms.',
		fig6Hard:
			'Hard constraint: the reward only rises up to T and drops steeply above it, so the best networks sit in a narrow band at or just under T. The paper saw the controller keep to faster models to avoid the penalty.',
		fig6Soft:
			'Soft constraint: at 5 % per doubling the reward hardly changes with latency (that is how β = −0.07 was chosen, §3), so the controller is paid almost the same across a wide range. The paper’s soft search sampled most models around 75 ms but also below 40 ms and above 110 ms, which is how one search gave the three models A1, A2 and A3 of Table 1.',
		fig6Note:
			'An illustration of the argument: the trade-off curve is a model, not data. Fig. 6 of the paper shows the 3,000 networks each search sampled.',
		relReward: 'reward ÷ best reward',

		// ---- NAS-FPN scaling -----------------------------------------------------------------------------------
		scaleIntro:
			'A searched pyramid network is scaled up in three ways (NAS-FPN §4, “Scalable Feature Pyramid Architecture”): stack more pyramid networks, widen the features (D), or take a larger backbone; a larger input image scales everything. The points are published COCO test-dev results; the vertical line is the network you built above, whose accuracy nobody has measured.',
		scaleFig8a:
			'Stacking (Fig. 8a): stacking the plain FPN stops helping, while NAS-FPN keeps improving up to 7 pyramid networks, although the search used 3.',
		scaleFig8c:
			'Width (Fig. 8c): R-50 7 @ 256 reaches about the AP of R-50 3 @ 384 with far fewer FLOPs; wider features also needed DropBlock against overfitting.',
		scaleFig9a:
			'Backbone (Fig. 9a): R-50 5 @ 256 costs about as much as R-101 with FPN and gains 2.5 AP; replacing FPN pays more than a bigger backbone.',
		scaleFigNote:
			'These three figures are drawn, not tabulated, so their points are not plotted; the chart shows the results the papers print as numbers.',
		scaleChartLabel:
			'COCO AP against the multiply-adds of the whole detector for published RetinaNet models with NAS-FPN and FPN, and the cost of your network ({cost}) as a line without accuracy.',
		axisMultAdds: 'multiply-adds of the whole detector (billions, log scale)',
		axisAp: 'COCO AP',
		legendNasfpn: 'RetinaNet + NAS-FPN (R-50, 7 pyramid networks)',
		legendFpn: 'RetinaNet + FPN (R-50, R-101)',
		yourNetwork: 'your network: accuracy unknown',
		exitTick: 'exit after pyramid network {k}',
		yourCost:
			'Your network at {size}×{size}: pyramid networks and their input stage {neck} MACs (counted on this page) + backbone and head ≈ {rest} = {total}.',
		restNote:
			'The backbone and head are not counted here: they are the reference R-50 detector’s published 141B multiply-adds minus this page’s {refNeck} for its 7 @ 256 pyramid networks, scaled by the image area. A head wider than 256 is not counted.',
		noCost: 'Your network has no valid cost yet: fix the NAS-FPN fields above.',
		anytimeTitle: 'Anytime detection (NAS-FPN §3.2)',
		anytime:
			'Every pyramid network outputs P3–P7, so a class and box head can be attached after each one and trained with deep supervision; at inference the detector may stop after any pyramid network and still output detections. The ticks on the cost axis mark what your network costs when it exits after pyramid network 1, 2, …; the paper plots the AP of each exit only as a figure, so no AP is drawn for them here.',
		scaleSource:
			'Points: the NAS-FPN paper’s Table 1 (COCO test-dev), as reprinted with multiply-adds in the EfficientDet paper (Tan, Pang, Le, CVPR 2020), Table 2, which also gives the FPN rows. The NAS-FPN paper prints FLOPs = 2 × multiply-adds (281.3B for R-50 7 @ 256 at 640).',
		pointLabel: '{name}: AP {ap}, {cost} multiply-adds, {params}M params',
		pointSize: '{size}²',
		pointWidth: '{size}², D = {d}'
	},
	ko: {
		loopIntro:
			'두 논문은 같은 방식으로 탐색합니다. 컨트롤러(파라미터 θ를 가진 순환 신경망)가 네트워크 m을 샘플하면, 트레이너가 그것을 프록시 작업에서 짧게 학습시키고, 그 결과를 보상 R(m)으로 바꾼 뒤, 보상이 높은 네트워크가 더 자주 나오도록 θ를 갱신합니다. 컨트롤러는 샘플한 네트워크들의 기대 보상 J = E[R(m)]을 최대화하며(MnasNet §4.2, 식 5), 이때 REINFORCE 계열의 정책 경사 방법인 PPO(근위 정책 최적화)를 씁니다. NAS-FPN의 컨트롤러도 PPO로 학습합니다(NAS-FPN §4).',
		loopPaper: '논문',
		loopMnasnet: 'MnasNet',
		loopNasfpn: 'NAS-FPN',
		loopDiagramLabel: '{paper}의 탐색 루프: 컨트롤러, 샘플, 프록시 작업 학습, 측정, 보상, 갱신.',
		loopController: '컨트롤러 (RNN, θ)',
		loopSample: '네트워크 m 샘플',
		loopTrainMnas: 'ImageNet에서 5에폭 학습',
		loopTrainFpn: 'COCO에서 10에폭 학습 (ResNet-10, 512², 3회 쌓기)',
		loopMeasureMnas: 'Pixel 1에서 LAT(m) 측정',
		loopMeasureFpn: '보상에 지연 시간 없음',
		loopRewardMnas: 'R(m) = ACC(m)·(LAT(m)/T)^w',
		loopRewardFpn: 'R(m) = 따로 떼어 둔 이미지에서의 AP',
		loopUpdate: 'PPO로 θ 갱신',
		loopStepHint: '단계를 선택하면 그 단계에서 일어나는 일을 읽을 수 있습니다.',
		loopStepController:
			'컨트롤러는 네트워크를 토큰 하나씩 예측하며, 토큰마다 별도의 softmax를 씁니다(MnasNet: 블록마다 연산, 커널, SE 비율, 스킵 연결, 필터 수, 층 수. NAS-FPN: 병합 셀마다 입력 두 개, 출력 레벨, 연산).',
		loopStepSample: '컨트롤러의 현재 정책에서 네트워크를 한 묶음 샘플합니다.',
		loopStepTrainMnas:
			'샘플마다 ImageNet 학습 세트에서 5에폭 학습한 뒤, 학습 세트에서 떼어 둔 이미지 5만 장으로 평가합니다(MnasNet §5).',
		loopStepTrainFpn:
			'샘플마다 50에폭 대신 10에폭 학습하며, 백본은 ResNet-10, 입력은 512×512, 피라미드 네트워크는 3번 쌓습니다. TPU에서 샘플 하나에 약 한 시간이 걸립니다(NAS-FPN §4, 프록시 작업).',
		loopStepMeasureMnas:
			'샘플을 Pixel 1 휴대폰의 큰 CPU 코어 하나에서 단일 스레드로 실행합니다. 보상에 들어가는 것은 MAC 수가 아니라 이렇게 측정한 지연 시간입니다(MnasNet §5).',
		loopStepMeasureFpn: 'NAS-FPN의 보상은 정확도뿐입니다. 비용은 탐색이 끝난 뒤 쌓는 횟수와 너비로 조절합니다.',
		loopStepRewardMnas:
			'식 2는 정확도와 지연 시간을 하나로 묶습니다. 탐색에는 T = 75 ms, α = β = −0.07을 썼습니다(MnasNet §6.1). 아래의 보상 탐색기에서 이 값들이 하는 일을 볼 수 있습니다.',
		loopStepRewardFpn: '보상은 COCO train2017에서 떼어 둔 이미지에서 잰 검출 AP입니다(NAS-FPN §4).',
		loopStepUpdate:
			'PPO는 보상이 높았던 샘플의 선택 쪽으로 θ를 옮깁니다. 이 루프는 정해 둔 단계 수를 다 쓰거나 θ가 수렴할 때까지 반복됩니다(MnasNet §4.2).',
		loopFacts: '탐색의 수치',
		loopFactsSource: '출처: MnasNet §4.2, §5, §6.1, NAS-FPN §4(프록시 작업, 컨트롤러)와 그림 5.',
		factMnasModels: '샘플한 모델 수',
		factMnasEpochs: '프록시 학습 (ImageNet 에폭 수)',
		factMnasHeldOut: '샘플을 평가하는 떼어 둔 이미지 수',
		factMnasTime: '탐색 한 번에 걸린 일수',
		factMnasDevices: 'TPUv2 장치 수',
		factMnasTransferred: '그 뒤 ImageNet 전체로 학습한 모델 수',
		factMnasTarget: '목표 지연 시간 T (ms)',
		factFpnBackbone: '프록시 백본',
		factFpnSize: '프록시 입력 (한 변의 픽셀 수)',
		factFpnStacks: '프록시에서 쌓은 피라미드 네트워크 수',
		factFpnEpochs: '프록시 학습 에폭 수 (전체 학습은 50)',
		factFpnTpus: '작업 큐의 TPU 수',
		factFpnSteps: '고유한 구조 수가 수렴하기까지의 컨트롤러 단계 수 (약)',

		rewardIntro:
			'점 하나하나가 MnasNet 논문 표 1의 모델입니다. 가로는 Pixel 1에서의 지연 시간, 세로는 ImageNet top-1입니다(§6.1. 지연 시간이 발표되지 않은 행은 뺐습니다). 제약과 목표 T를 고르면 각 행이 식 2의 보상 ACC·(LAT/T)^w를 받습니다. 여기서 ACC는 발표된 top-1을 비율로 쓴 값(75.2 % → 0.752)이고, w는 LAT ≤ T이면 α, 아니면 β입니다. 곡선은 보상이 같은 점을 이은 것이므로, 곡선 위에 있는 모델은 곡선 아래의 모든 모델보다 보상이 높습니다.',
		constraint: '제약',
		constraintSoft: '소프트 제약 (α = β = −0.07)',
		constraintHard: '하드 제약 (α = 0, β = −1)',
		target: '목표 T (ms)',
		targetKept: '표는 T = {last} ms를 그대로 씁니다.',
		winner: 'T = {t} ms에서 보상이 가장 높은 모델: {models}.',
		chartLabel:
			'표 1 모델의 Pixel 1 지연 시간 대비 ImageNet top-1과, T = {t} ms에서 {constraint} 기준으로 보상이 같은 곡선.',
		axisLatency: 'Pixel 1 지연 시간 (ms)',
		axisTop1: 'ImageNet top-1 (%)',
		contour: '같은 보상',
		colModel: '모델',
		colType: '유형',
		colParams: '파라미터',
		colMultAdds: '곱셈-누산(MAC)',
		colTop1: 'Top-1',
		colLatency: '지연 시간',
		colW: 'w',
		colReward: '보상',
		typeManual: '수동 설계',
		typeAuto: '탐색',
		tableCaption:
			'MnasNet 논문 표 1 (지연 시간: Pixel 1 큰 CPU 코어, 배치 크기 1). 처음 네 행은 MobileNetV2 논문 표 4를 옮긴 것입니다. 보상은 이 페이지에서 계산합니다.',

		fig6Title: '하드 제약이 아니라 가중 곱을 쓰는 이유 (MnasNet §7.1, 그림 6)',
		fig6Intro:
			'더 좋은 네트워크일수록 지연 시간이 늘어나는 절충 곡선이 있고, 지연 시간을 두 배로 늘릴 때마다 정확도가 일정한 비율만큼 오른다고 해 봅시다. 곡선은 그 절충 위의 네트워크가 지연 시간별로 받는 보상을 가장 좋은 보상에 대한 비로 보여 줍니다. 띠는 가장 좋은 보상과 1 % 이내로 차이 나는 지연 시간 구간으로, 컨트롤러가 거의 같은 보상을 받는 곳입니다.',
		fig6Gain: '지연 시간이 두 배일 때 오르는 정확도 (%)',
		fig6Label:
			'두 배당 {gain}인 정확도–지연 시간 절충 위에서, T = {t} ms일 때 소프트 제약과 하드 제약의 보상을 가장 좋은 보상에 대한 비로 나타낸 그림.',
		fig6Band: '가장 좋은 보상과 1 % 이내인 구간: 소프트 제약 {softLo}–{softHi} ms, 하드 제약 {hardLo}–{hardHi} ms.',
		fig6Hard:
			'하드 제약: 보상은 T까지만 오르고 T를 넘으면 가파르게 떨어집니다. 그래서 가장 좋은 네트워크는 T 바로 아래의 좁은 구간에 몰립니다. 논문에서도 컨트롤러는 벌점을 피하려고 더 빠른 모델 쪽에 머물렀습니다.',
		fig6Soft:
			'소프트 제약: 두 배당 5 %일 때 보상은 지연 시간에 따라 거의 변하지 않습니다(β = −0.07은 바로 이렇게 정했습니다, §3). 그래서 컨트롤러는 넓은 구간에서 거의 같은 보상을 받습니다. 논문의 소프트 제약 탐색은 대부분 75 ms 근처를 샘플했지만 40 ms 미만과 110 ms 초과도 탐색했고, 그 덕분에 탐색 한 번에서 표 1의 세 모델 A1, A2, A3을 골랐습니다.',
		fig6Note:
			'논증을 보여 주는 그림입니다. 절충 곡선은 가정한 모형이지 데이터가 아닙니다. 논문의 그림 6은 탐색마다 샘플한 네트워크 3,000개를 보여 줍니다.',
		relReward: '보상 ÷ 가장 좋은 보상',

		scaleIntro:
			'탐색으로 찾은 피라미드 네트워크는 세 가지 방법으로 키웁니다(NAS-FPN §4의 확장 가능한 특징 피라미드 구조 부분). 피라미드 네트워크를 더 쌓거나, 특징의 너비(D)를 넓히거나, 더 큰 백본을 씁니다. 입력 이미지를 키우면 모든 부분이 함께 커집니다. 점은 발표된 COCO test-dev 결과이고, 세로선은 위에서 여러분이 만든 네트워크입니다. 이 네트워크의 정확도는 아무도 측정하지 않았습니다.',
		scaleFig8a:
			'쌓기(그림 8a): 일반 FPN은 쌓아도 더 좋아지지 않지만, NAS-FPN은 탐색 때 3개만 쌓았는데도 7개까지 계속 좋아집니다.',
		scaleFig8c:
			'너비(그림 8c): R-50 7 @ 256은 R-50 3 @ 384와 AP가 비슷하면서 FLOPs는 훨씬 적습니다. 특징을 넓히면 과적합을 막기 위해 DropBlock도 필요했습니다.',
		scaleFig9a:
			'백본(그림 9a): R-50 5 @ 256은 R-101 + FPN과 비용이 비슷하면서 AP가 2.5 높습니다. 더 큰 백본보다 FPN을 바꾸는 쪽이 더 이득입니다.',
		scaleFigNote:
			'이 세 그림은 수치 표가 없이 그래프로만 실려 있어서 그 점들은 그리지 않았습니다. 차트에는 논문이 숫자로 발표한 결과만 있습니다.',
		scaleChartLabel:
			'발표된 RetinaNet + NAS-FPN, RetinaNet + FPN 모델의 검출기 전체 곱셈-누산(MAC) 대비 COCO AP와, 정확도 없이 선으로 표시한 내 네트워크의 비용({cost}).',
		axisMultAdds: '검출기 전체의 곱셈-누산(MAC) (십억, 로그 눈금)',
		axisAp: 'COCO AP',
		legendNasfpn: 'RetinaNet + NAS-FPN (R-50, 피라미드 네트워크 7개)',
		legendFpn: 'RetinaNet + FPN (R-50, R-101)',
		yourNetwork: '내 네트워크: 정확도 알 수 없음',
		exitTick: '피라미드 네트워크 {k}개 뒤에서 종료',
		yourCost:
			'{size}×{size}에서 내 네트워크: 피라미드 네트워크와 입력 단계 MAC {neck}(이 페이지에서 계산) + 백본과 헤드 약 {rest} = {total}.',
		restNote:
			'백본과 헤드는 여기서 세지 않습니다. 기준 R-50 검출기의 발표 값 141B 곱셈-누산에서, 이 페이지가 그 검출기의 7 @ 256 피라미드 네트워크에 대해 센 값({refNeck})을 빼고, 이미지 면적에 비례해 늘리거나 줄인 값입니다. 너비가 256보다 넓은 헤드는 반영하지 않습니다.',
		noCost: '내 네트워크의 비용을 아직 계산할 수 없습니다. 위의 NAS-FPN 입력값을 고쳐 주세요.',
		anytimeTitle: '언제든 검출 (NAS-FPN §3.2)',
		anytime:
			'피라미드 네트워크는 하나하나가 P3–P7을 출력하므로, 각 피라미드 네트워크 뒤에 분류·박스 헤드를 붙여 깊은 지도 학습으로 훈련할 수 있습니다. 그러면 추론할 때 어느 피라미드 네트워크 뒤에서든 멈추고 검출 결과를 낼 수 있습니다. 비용 축의 눈금은 내 네트워크가 피라미드 네트워크 1, 2, … 뒤에서 멈출 때의 비용입니다. 논문은 각 종료 지점의 AP를 그래프로만 보여 주므로, 여기서는 AP를 그리지 않습니다.',
		scaleSource:
			'점: NAS-FPN 논문 표 1(COCO test-dev)을 곱셈-누산 단위로 옮겨 실은 EfficientDet 논문(Tan, Pang, Le, CVPR 2020) 표 2이며, FPN 행도 같은 표에서 가져왔습니다. NAS-FPN 논문은 FLOPs = 2 × 곱셈-누산으로 씁니다(640에서 R-50 7 @ 256은 281.3B).',
		pointLabel: '{name}: AP {ap}, 곱셈-누산 {cost}, 파라미터 {params}M',
		pointSize: '{size}²',
		pointWidth: '{size}², D = {d}'
	}
});
