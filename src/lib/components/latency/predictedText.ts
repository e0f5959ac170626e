// The latency strings the MnasNet cell shows on the first screen (its predicted total and diagram strip), apart
// from the panel's text so that the first load does not carry the whole latency panel's messages.
import { defineMessages, type Lang } from '$lib/i18n/i18n.svelte';

export const predictedText = defineMessages({
	en: {
		predicted: 'Predicted latency',
		stripPredicted: 'predicted ms'
	},
	ko: {
		predicted: '예측 지연 시간',
		stripPredicted: '예측 ms'
	}
});

export type PredictedText = (typeof predictedText)['en'];

export function predictedTextFor(lang: Lang): PredictedText {
	return predictedText[lang] ?? predictedText.en;
}
