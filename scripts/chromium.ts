// Debian's chromium and the launch flags that work on these machines (Debian's chromium package): the Playwright config and
// the browser benchmarks share them. Without the background-networking flags the closed network refuses Chromium's
// own connections; /dev/shm is small in containers.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
