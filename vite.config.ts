import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// Generous: the machine may be busy with a build or the browser tests.
		testTimeout: 20_000,
		// Both cores (Vitest's default leaves one to its main thread, which is idle once the files are
		// transformed): npm test runs nothing beside the unit tests.
		maxWorkers: 2
	}
});
