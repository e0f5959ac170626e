// Strings of the zoom buttons shared by the MnasNet block diagram and the NAS-FPN cell graph. Their accessible
// names (`Zoom in`, `Zoom out`, `Reset zoom`) stay English in both languages: they live in
// src/lib/components/actions/zoomNames.ts.
import { defineMessages } from '../i18n.svelte';

export const zoomMessages = defineMessages({
	en: {
		group: 'Zoom',
		zoomIn: 'Zoom in (+)',
		zoomOut: 'Zoom out (−)',
		reset: 'Back to 100 % (0 or double-click)',
		hint: 'Ctrl/⌘ + wheel or pinch to zoom, drag the background to pan'
	},
	ko: {
		group: '확대/축소',
		zoomIn: '확대 (+)',
		zoomOut: '축소 (−)',
		reset: '100 %로 되돌리기 (0 또는 더블클릭)',
		hint: 'Ctrl/⌘ + 휠 또는 핀치로 확대/축소, 배경을 끌어 이동'
	}
});
