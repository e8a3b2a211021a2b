import { defineConfig } from '@playwright/test';

/** Debian's Chromium: nothing here downloads a browser of its own. */
export const chromium = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
};

// Another port where two runs share a machine: E2E_PORT=4273 npx playwright test …
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: chromium,
		viewport: { width: 1440, height: 900 }
	},
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		// Never reuse: a preview started before the last build serves a stale list of files.
		reuseExistingServer: false,
		timeout: 60_000
	}
});
