/**
 * The layer order, enforced. Every .ts and .svelte file under src/ may import only from its
 * own layer or an earlier one, so each layer can be read, tested and run without the ones
 * built on it:
 *
 *   format → model → load → edit → editor → catalogue → server → analysis → exchange → workers →
 *   views → graph, charts → components → routes
 *
 * - `catalogue` groups the loaded maps into localities and their snapshots. It reads only the
 *   model, but comes after the loader, whose output it sorts (its tests load maps/).
 * - `graph` and `charts` share a rank. Charts may import the graph (a small multiple is the
 *   graph's layered layout drawn in the graph's palette); the graph never imports a chart.
 * - `server` reads maps/ from disk at build time. It builds on format, model, load and
 *   catalogue (its rank is just after catalogue), and only the routes' `*.server.ts` files and the
 *   command line import it, so nothing that reads the disk reaches the browser.
 * - `exchange` writes a map in the exchange formats (GraphML, GEXF, CSV sheets, JSON) and
 *   makes a map from CSV sheets, GEXF or GraphML. It stands before `workers`, not after the graph whose layouts
 *   place its nodes: the importer runs in the map worker, so that `yaml` and `zod` stay off the
 *   pages; the exporters are given the positions by their caller.
 * - `workers` holds the Web Worker that reads, audits and edits maps in the browser, with its
 *   protocol and the function that starts it: it needs the loader, the edits and the analyses.
 * - `cli`, the command line, may use any src/lib module and nothing imports it.
 * - Only server, cli and test files import `node:*`; only components and routes import
 *   SvelteKit's `$app/*`; only test files import the helpers in tests/.
 *
 * Test files (`*.test.ts`) follow the rule of the module beside them. The test helpers in
 * tests/unit/helpers are not a layer: they turn maps written in YAML into models, with the
 * loader, for any test. Imports are read with
 * TypeScript's own pre-processor: static `import … from`, `export … from` and `import('…')`,
 * type-only imports included (a type is a dependency too), comments and strings ignored.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

type Layer = 'format' | 'model' | 'catalogue' | 'load' | 'edit' | 'editor' | 'server' | 'analysis' | 'exchange' | 'workers' | 'views' | 'graph' | 'charts' | 'components' | 'routes' | 'cli';

/** Where each layer lives, by folder (paths from the project root, with `/`). */
const FOLDERS: readonly (readonly [string, Layer])[] = [
	['src/lib/format/', 'format'],
	['src/lib/model/', 'model'],
	['src/lib/load/', 'load'],
	['src/lib/edit/', 'edit'],
	['src/lib/editor/', 'editor'],
	['src/lib/catalogue/', 'catalogue'],
	['src/lib/server/', 'server'],
	['src/lib/analysis/', 'analysis'],
	['src/lib/exchange/', 'exchange'],
	['src/lib/workers/', 'workers'],
	['src/lib/views/', 'views'],
	['src/lib/graph/', 'graph'],
	['src/lib/charts/', 'charts'],
	['src/components/', 'components'],
	['src/routes/', 'routes'],
	// The global stylesheet, loaded by the root layout.
	['src/app.css', 'routes'],
	// SvelteKit's route parameter matchers are part of the routing.
	['src/params/', 'routes'],
	['src/cli/', 'cli']
];

/** The order, earliest first. A module may import from its own layer and from any earlier rank. */
const ORDER: readonly (readonly Layer[])[] = [
	['format'],
	['model'],
	['load'],
	['edit'],
	['editor'],
	['catalogue'],
	['server'],
	['analysis'],
	['exchange'],
	['workers'],
	['views'],
	['graph', 'charts'],
	['components'],
	['routes']
];

/** Imports allowed between two layers of one rank: [importer, imported]. */
const SIDEWAYS: readonly (readonly [Layer, Layer])[] = [['charts', 'graph']];

const LIB: readonly Layer[] = ['format', 'model', 'load', 'edit', 'editor', 'catalogue', 'server', 'analysis', 'exchange', 'workers', 'views', 'graph', 'charts'];

const rank = (layer: Layer) => ORDER.findIndex((r) => r.includes(layer));

/** The layer a file belongs to, from its folder, or undefined for a file outside every layer. */
export function layerOfPath(path: string): Layer | undefined {
	return FOLDERS.find(([folder]) => path.startsWith(folder))?.[1];
}

const isTest = (file: string) => file.endsWith('.test.ts');
/** A route file that runs only at build time on the server: `+page.server.ts`, `+layout.server.ts`, `+server.ts`. */
const isServerRoute = (file: string) => /\/\+(page|layout)\.server\.ts$|\/\+server\.ts$/.test(file);

type Target = { kind: 'file'; path: string } | { kind: 'node' } | { kind: 'app' } | { kind: 'package' };

/** What an import specifier in `file` names: a file (its path from the root), a node: module, SvelteKit's $app, or a package. */
function resolveSpecifier(file: string, specifier: string): Target {
	if (specifier.startsWith('node:')) return { kind: 'node' };
	if (specifier.startsWith('$app/') || specifier.startsWith('$env/')) return { kind: 'app' };
	if (specifier.startsWith('$lib/')) return { kind: 'file', path: `src/lib/${specifier.slice('$lib/'.length)}` };
	if (specifier.startsWith('$components/')) return { kind: 'file', path: `src/components/${specifier.slice('$components/'.length)}` };
	if (specifier.startsWith('.')) return { kind: 'file', path: posix.normalize(posix.join(posix.dirname(file), specifier)) };
	return { kind: 'package' };
}

/** Why `file` may not import `specifier`, or undefined if it may. */
export function forbiddenImport(file: string, specifier: string): string | undefined {
	const from = layerOfPath(file);
	if (!from) return `${file} is in no layer: place its folder in the layer order (tests/unit/layers.test.ts)`;
	const target = resolveSpecifier(file, specifier);
	const said = `${file} imports '${specifier}'`;
	switch (target.kind) {
		case 'package':
			return undefined;
		case 'node':
			return from === 'server' || from === 'cli' || isTest(file) ? undefined : `${said}: only src/lib/server, src/cli and tests may use node: modules`;
		case 'app':
			return from === 'components' || from === 'routes' ? undefined : `${said}: only components and routes may use SvelteKit's runtime`;
	}
	if (target.path.startsWith('tests/')) return isTest(file) ? undefined : `${said}: only tests may import test helpers`;
	const to = layerOfPath(target.path);
	if (!to) return `${said}: '${target.path}' is in no layer`;
	if (from === to) return undefined;
	if (to === 'cli') return `${said}: nothing imports the command line`;
	if (to === 'server' && !(from === 'cli' || isServerRoute(file))) {
		return `${said}: only the routes' *.server.ts files and the command line import src/lib/server, so the disk is read at build time only`;
	}
	if (from === 'cli') return LIB.includes(to) ? undefined : `${said}: the command line uses src/lib only`;
	const sideways = rank(from) === rank(to) && SIDEWAYS.some(([a, b]) => a === from && b === to);
	if (rank(to) < rank(from) || sideways) return undefined;
	return `${said}: ${from} may not import ${to}, ${rank(from) === rank(to) ? 'a layer of the same rank' : 'a later layer'}`;
}

/** The import specifiers of a .ts file, or of a .svelte file's script blocks. */
export function importsOf(path: string, text: string): string[] {
	const code = path.endsWith('.svelte') ? [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n') : text;
	return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** Every .ts and .svelte file under `dir`, as paths from the root with `/`; declaration files (app.d.ts) have no imports to check. */
function sourceFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.map((f) => `${dir}/${f.split(sep).join('/')}`)
		.filter((f) => (f.endsWith('.ts') || f.endsWith('.svelte')) && !f.endsWith('.d.ts'))
		.sort();
}

describe('the rule, on made-up imports', () => {
	it('refuses an import from a later layer, naming the file and the import', () => {
		expect(forbiddenImport('src/lib/views/compare-charts.ts', '../charts/bar-chart')).toBe(
			"src/lib/views/compare-charts.ts imports '../charts/bar-chart': views may not import charts, a later layer"
		);
		expect(forbiddenImport('src/lib/model/seats.ts', '$lib/analysis/audit')).toMatch(/model may not import analysis/);
		expect(forbiddenImport('src/components/Legend.svelte', '../routes/+page.svelte')).toMatch(/components may not import routes/);
		expect(forbiddenImport('src/lib/load/load-map.ts', '../catalogue/catalogue')).toMatch(/load may not import catalogue/);
	});

	it('allows its own layer and earlier ones, by relative path, $lib and $components', () => {
		expect(forbiddenImport('src/lib/views/river.ts', '../model/locality-model')).toBeUndefined();
		expect(forbiddenImport('src/lib/views/river.ts', './issue-path')).toBeUndefined();
		expect(forbiddenImport('src/routes/+page.svelte', '$components/GraphCanvas.svelte')).toBeUndefined();
		expect(forbiddenImport('src/routes/compare/+page.svelte', '$lib/charts/scene')).toBeUndefined();
		expect(forbiddenImport('src/lib/graph/layouts.ts', 'd3')).toBeUndefined();
	});

	it('lets charts import the graph, never the other way', () => {
		expect(forbiddenImport('src/lib/charts/small-multiple.ts', '../graph/palette')).toBeUndefined();
		expect(forbiddenImport('src/lib/graph/elements.ts', '../charts/scene')).toMatch(/graph may not import charts, a layer of the same rank/);
	});

	it('holds tests to the rule of their module, and lets only tests use node: and test helpers', () => {
		expect(forbiddenImport('src/lib/model/model.test.ts', '../views/river')).toMatch(/model may not import views/);
		expect(forbiddenImport('src/lib/analysis/audit.ts', 'node:fs')).toMatch(/only src\/lib\/server, src\/cli and tests/);
		expect(forbiddenImport('src/lib/analysis/audit.test.ts', 'node:fs')).toBeUndefined();
		expect(forbiddenImport('src/lib/analysis/audit.test.ts', '../../../tests/unit/helpers/maps')).toBeUndefined();
		expect(forbiddenImport('src/lib/analysis/audit.ts', '../../../tests/unit/helpers/maps')).toMatch(/only tests may import test helpers/);
	});

	it('keeps the server to the routes’ server files and the command line', () => {
		expect(forbiddenImport('src/routes/compare/+page.server.ts', '$lib/server/maps')).toBeUndefined();
		expect(forbiddenImport('src/cli/map.ts', '../lib/server/maps')).toBeUndefined();
		expect(forbiddenImport('src/routes/compare/+page.svelte', '$lib/server/maps')).toMatch(/only the routes' \*\.server\.ts files/);
		expect(forbiddenImport('src/components/MapExplorer.svelte', '$lib/server/maps')).toMatch(/only the routes' \*\.server\.ts files/);
		expect(forbiddenImport('src/lib/analysis/audit.ts', '../server/maps')).toMatch(/only the routes' \*\.server\.ts files/);
		expect(forbiddenImport('src/lib/server/maps.ts', '../analysis/audit')).toMatch(/server may not import analysis/);
		expect(forbiddenImport('src/lib/server/maps.ts', 'node:fs')).toBeUndefined();
	});

	it('lets the command line use src/lib, and nothing import it', () => {
		expect(forbiddenImport('src/cli/map.ts', '../lib/charts/scene')).toBeUndefined();
		expect(forbiddenImport('src/cli/map.ts', '../components/Legend.svelte')).toMatch(/the command line uses src\/lib only/);
		expect(forbiddenImport('src/lib/analysis/audit.ts', '../../cli/map')).toMatch(/nothing imports the command line/);
	});

	it('keeps SvelteKit’s runtime out of src/lib', () => {
		expect(forbiddenImport('src/lib/views/river.ts', '$app/state')).toMatch(/only components and routes/);
		expect(forbiddenImport('src/components/MapExplorer.svelte', '$app/state')).toBeUndefined();
	});

	it('refuses a file outside every layer', () => {
		expect(forbiddenImport('src/lib/helpers.ts', './model/seats')).toMatch(/src\/lib\/helpers\.ts is in no layer/);
	});

	it('reads static, re-exported, type-only and dynamic imports, not comments or strings', () => {
		const text = `// import x from './commented';
import type { A } from './a';
import {
	b
} from '$lib/b';
export { c } from '../c';
const s = "import d from './in-a-string'";
const e = () => import('./e');`;
		expect(importsOf('x.ts', text)).toEqual(['./a', '$lib/b', '../c', './e']);
		expect(importsOf('X.svelte', `<script module>import { f } from './f';</script>\n<script lang="ts">\n\timport G from './G.svelte';\n</script>\n<p>import h from './h'</p>`)).toEqual(['./f', './G.svelte']);
	});
});

describe('every module under src/', () => {
	const files = [...sourceFiles('src')];

	it('finds the modules of every layer', () => {
		const layers = new Set(files.map(layerOfPath));
		for (const [, layer] of FOLDERS) expect(layers, layer).toContain(layer);
	});

	it('imports only from its own layer or earlier ones', () => {
		const problems = files.flatMap((file) =>
			importsOf(file, readFileSync(join(ROOT, file), 'utf8'))
				.map((specifier) => forbiddenImport(file, specifier))
				.filter((p): p is string => p !== undefined)
		);
		expect(problems).toEqual([]);
	});
});
