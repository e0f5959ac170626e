// Accessible names of the zoom buttons. They stay English in every UI language because tests and checks find
// the buttons by them (the visible tooltips are translated, src/lib/i18n/messages/zoom.ts).
export const ZOOM_NAMES = {
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	reset: 'Reset zoom'
} as const;
