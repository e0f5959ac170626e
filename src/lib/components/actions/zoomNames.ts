// Accessible names of the zoom buttons, in English (tests on the English page find the buttons by them) and Korean.
import { pickNames } from '../localNames';

export const ZOOM_NAMES = {
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	reset: 'Reset zoom'
} as const;

export const zoomNamesFor = pickNames(ZOOM_NAMES, { zoomIn: '확대', zoomOut: '축소', reset: '확대/축소 초기화' });
