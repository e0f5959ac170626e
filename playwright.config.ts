import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// A dedicated port: reuseExistingServer would silently reuse any other server on a common one.
// E2E_DEV=1 runs against `vite dev` (no build needed, several checkouts can test at once on their own E2E_PORT).
const PORT = Number(process.env.E2E_PORT ?? 4300);
const DEV = process.env.E2E_DEV === '1';
const command = DEV
	? `npx vite dev --host 127.0.0.1 --port ${PORT} --strictPort`
	: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`;

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 120_000,
	expect: { timeout: 15_000 },
	workers: 1,
	retries: 0,
	reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : 'list',
	webServer: {
		command,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000
	},
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		viewport: { width: 1280, height: 800 }
	},
	projects: [
		{
			name: 'debian-chromium',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 800 },
				launchOptions: {
					executablePath: CHROMIUM_PATH,
					args: [...CHROMIUM_ARGS]
				}
			}
		}
	]
});
