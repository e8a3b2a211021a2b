import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { cytoscapeCore } from './src/build/cytoscape-core.js';

export default defineConfig({
	plugins: [cytoscapeCore(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// Generous: the machine may be busy with a build or the browser tests.
		testTimeout: 20_000
	}
});
