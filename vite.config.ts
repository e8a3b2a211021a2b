import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { cytoscapeCore } from './src/build/cytoscape-core.js';

export default defineConfig({
	plugins: [cytoscapeCore(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// Generous: the machine may be busy with a build or the browser tests.
		testTimeout: 20_000,
		// Both cores (Vitest takes one fewer than the machine has): on this 2-core machine the unit
		// tests take 74 s instead of 120 s when nothing else runs, as in `npm test`.
		maxWorkers: 2
	}
});
