/**
 * `npm run bench`: the time and memory the loader, the layouts and the audit take on maps of
 * county scale (1,000, 5,000 and 20,000 items), each beside its budget and, for reading, its
 * floor measured in the same run: the js-yaml parse of the same text, the fastest a YAML
 * map can be read at all. Prints a table and writes bench/results.json. Asserts nothing:
 * timings belong here, never in a test that fails on a slow machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { load as jsYamlLoad } from 'js-yaml';
import { parse } from 'yaml';
import { audit } from '../src/lib/analysis/audit';
import { toElements } from '../src/lib/graph/elements';
import { layeredPositions } from '../src/lib/graph/layouts';
import { loadMap } from '../src/lib/load/load-map';
import { syntheticMap } from './synthetic-map';

/**
 * The median of `runs` timings, after `WARM_UP` runs: a warm process, as a page or worker
 * reading one map after another is (a cold one is the whole-process rows'). One run to warm
 * up was not enough at 1,000 items: the loader's code was still being optimised, and its
 * figure swung between 1.8 and 3.3 times the floor's where warm it is 1.2.
 */
const WARM_UP = 3;
function time<T>(fn: () => T, runs = 5): { ms: number; value: T } {
	let value = fn();
	for (let i = 1; i < WARM_UP; i++) value = fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		value = fn();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	return { ms: samples[Math.floor(samples.length / 2)], value };
}

/** The median wall times of two whole processes, in ms, run in turn so that both meet the same load on the machine. */
function processTimes(a: readonly string[], b: readonly string[], runs = 5): [number, number] {
	const samples: [number[], number[]] = [[], []];
	const run = (args: readonly string[]) => {
		const start = performance.now();
		execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
		return performance.now() - start;
	};
	for (let i = 0; i < runs; i++) {
		samples[0].push(run(a));
		samples[1].push(run(b));
	}
	const median = (list: number[]) => list.sort((x, y) => x - y)[Math.floor(list.length / 2)];
	return [median(samples[0]), median(samples[1])];
}

interface Row {
	readonly work: string;
	readonly items: number;
	readonly ms?: number;
	readonly mb?: number;
	/** The same work's floor, measured in this run. */
	readonly floorMs?: number;
	/** The budget: a multiple of the floor, or an absolute figure. */
	readonly budget: string;
	readonly within: boolean | null;
}

const SIZES = [
	{ items: 1_000, agencies: 50, roles: 850, groups: 100, membersPerGroup: 10 },
	{ items: 5_000, agencies: 250, roles: 4_250, groups: 500, membersPerGroup: 12 },
	{ items: 20_000, agencies: 1_000, roles: 17_000, groups: 2_000, membersPerGroup: 15 }
];
const AUDIT_BUDGET_MS: Record<number, number> = { 5_000: 1_000, 20_000: 5_000 };
const MEMORY_BUDGET_MB = 500;
const FLOOR_MULTIPLE = 1.5;

const dir = mkdtempSync(join(tmpdir(), 'locality-bench-'));
const mapCommand = fileURLToPath(new URL('../src/build/map.mjs', import.meta.url));
// Compiled once here if any source changed, so that no timed run compiles it.
execFileSync(process.execPath, [mapCommand, '--help'], { stdio: 'ignore' });
const rows: Row[] = [];
const floorScript = join(dir, 'floor.mjs');
writeFileSync(floorScript, `import { readFileSync } from 'node:fs';\nimport { load } from ${JSON.stringify(import.meta.resolve('js-yaml'))};\nload(readFileSync(process.argv[2], 'utf8'));\n`);

for (const size of SIZES) {
	const text = syntheticMap(size);
	const file = join(dir, `county-${size.items}.yaml`);
	writeFileSync(file, text);
	// The same warm-up and number of runs for the loader as for its floor.
	const floor = time(() => jsYamlLoad(text));
	const yamlParse = time(() => parse(text), 3);
	const loaded = time(() => loadMap(text, { file }));
	if (!loaded.value.ok) throw new Error(`the synthetic map does not load: ${loaded.value.errors[0].message}`);
	const model = loaded.value.value;
	const within = (ms: number, floorMs: number) => ms <= FLOOR_MULTIPLE * floorMs;
	rows.push({ work: 'yaml.parse (for comparison)', items: size.items, ms: yamlParse.ms, floorMs: floor.ms, budget: '-', within: null });
	rows.push({ work: 'loadMap, in process', items: size.items, ms: loaded.ms, floorMs: floor.ms, budget: `${FLOOR_MULTIPLE}× floor`, within: within(loaded.ms, floor.ms) });

	// The command line as `npm run map` runs it (compiled ahead of time; src/build/map.mjs first checks the compiled copy is current).
	const [checkMs, floorProcessMs] = processTimes([mapCommand, 'check', file], [floorScript, file]);
	rows.push({ work: 'map check, whole process', items: size.items, ms: checkMs, floorMs: floorProcessMs, budget: `${FLOOR_MULTIPLE}× floor`, within: within(checkMs, floorProcessMs) });

	rows.push({ work: 'graph elements', items: size.items, ms: time(() => toElements(model), 3).ms, budget: '-', within: null });
	rows.push({ work: 'layered layout', items: size.items, ms: time(() => layeredPositions(model), 3).ms, budget: '-', within: null });

	const whole = time(() => audit(model), 1);
	const auditBudget = AUDIT_BUDGET_MS[size.items];
	rows.push({ work: 'full audit', items: size.items, ms: whole.ms, budget: auditBudget ? `${auditBudget} ms` : '-', within: auditBudget ? whole.ms <= auditBudget : null });

	if (size.items === 20_000) {
		const child = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'bench/audit-child.ts', file], { encoding: 'utf8' })) as { maxRssMB: number };
		rows.push({ work: 'peak memory, load and audit (process)', items: size.items, mb: child.maxRssMB, budget: `${MEMORY_BUDGET_MB} MB`, within: child.maxRssMB <= MEMORY_BUDGET_MB });
	}
}

const cell = (v: number | undefined, unit: string) => (v === undefined ? '' : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${unit}`);
const table = [
	['work', 'items', 'measured', 'floor', 'budget', 'within'],
	...rows.map((r) => [r.work, String(r.items), r.ms !== undefined ? cell(r.ms, 'ms') : cell(r.mb, 'MB'), cell(r.floorMs, 'ms'), r.budget, r.within === null ? '' : r.within ? 'yes' : 'NO'])
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) console.log(row.map((c, i) => (i === 1 || i === 2 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
console.log('\nThe floor is the js-yaml parse of the same text (in process), or a process that reads the file and parses it with js-yaml (whole process).');
console.log('map check runs the compiled command line (src/build/map.mjs, as npm run map does, without npm itself).');
console.log('Browser budgets (settling, long tasks, frame rate): bench/browser.ts, run next by `npm run bench`.');

writeFileSync(
	new URL('./results.json', import.meta.url),
	`${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, rows }, null, 2)}\n`
);
console.log('Written: bench/results.json');
