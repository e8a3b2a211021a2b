/**
 * `npm run bench`: how long the loader, the graph elements and the layouts take on maps
 * of county scale. Prints a table; asserts nothing (timings belong here, not in tests).
 */
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { audit } from '../src/lib/analysis/audit';
import { findFragile } from '../src/lib/analysis/find-fragile';
import { findHubs } from '../src/lib/analysis/find-hubs';
import { toElements } from '../src/lib/graph/elements';
import { forcePositions, layeredPositions } from '../src/lib/graph/layouts';
import { loadMap } from '../src/lib/load/load-map';
import { syntheticMap } from './synthetic-map';

function time<T>(fn: () => T, runs = 5): { ms: number; value: T } {
	let value = fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		value = fn();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	return { ms: samples[Math.floor(samples.length / 2)], value };
}

const sizes = [
	{ agencies: 20, roles: 60, groups: 10, membersPerGroup: 8 },
	{ agencies: 100, roles: 1000, groups: 150, membersPerGroup: 12 },
	{ agencies: 300, roles: 5000, groups: 600, membersPerGroup: 15 }
];

console.log('items\tKB\tyaml.parse ms\tloadMap ms\telements ms\tlayered ms\tforce ms\thubs ms\tfragile ms\taudit ms');
for (const size of sizes) {
	const text = syntheticMap(size);
	const parseOnly = time(() => parse(text));
	const items = size.agencies + size.roles + size.groups;
	const load = time(() => loadMap(text, { file: 'synthetic.yaml' }));
	if (!load.value.ok) throw new Error(`synthetic map invalid: ${load.value.errors[0].message}`);
	const model = load.value.value;
	const elements = time(() => toElements(model));
	const layered = time(() => layeredPositions(model));
	const force = time(() => forcePositions(model, items > 2000 ? 60 : 400), 1);
	const hubs = time(() => findHubs(model), 1);
	const fragile = time(() => findFragile(model), 1);
	const whole = time(() => audit(model), 1);
	console.log(
		[items, (text.length / 1024).toFixed(0), parseOnly.ms, load.ms, elements.ms, layered.ms, force.ms, hubs.ms, fragile.ms, whole.ms]
			.map((v) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(1) : String(v)))
			.join('\t')
	);
}
