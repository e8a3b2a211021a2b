/**
 * What each page of the built site downloads (bench/sizes.ts reads the build's manifest):
 * CodeMirror reaches the editor and no other page; the YAML libraries, the schema and the
 * analyses of a whole map run in the map worker, never on a page's own thread; a map page
 * with its graph drawn, and the editor page with its YAML editor, stay within their budgets;
 * and no prerendered page's HTML is over 500 kB. Run after `npm run build`, as `npm test`
 * does; no browser is needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_OUTPUT, gzippedKB, pageSizes, routeSizes, type RouteSize } from '../../bench/sizes';
import { expect, test } from '@playwright/test';

/** Text found only in each library's code, kept by the minifier since it is shown to people. */
const MARKERS = {
	codemirror: 'cm-lintRange',
	yaml: 'Implicit keys need to be on a single line',
	jsYaml: 'missed comma between flow collection entries',
	zod: '$ZodError',
	audit: 'nothing the map records would join',
	/** Cytoscape's own force layout and clustering, which the site's cytoscape leaves out (src/build/cytoscape-core.js). */
	coseLayout: 'nestingFactor',
	/** canvas2svg, inside cytoscape-svg, which draws the graph's pictures. */
	cytoscapeSvg: 'Attempted to apply path command to node',
	clustering: 'hierarchicalClustering'
} as const;

const holds = (files: readonly string[], marker: string) => files.filter((f) => readFileSync(join(CLIENT_OUTPUT, f), 'utf8').includes(marker));

test.describe('what each page downloads', () => {
	let rows: RouteSize[];
	test.beforeAll(() => {
		rows = routeSizes();
	});
	const row = (route: string) => rows.find((r) => r.route === route)!;

	test('every page is measured', () => {
		expect(rows.map((r) => r.route)).toEqual(expect.arrayContaining(['/', '/compare', '/editor', '/glossary', '/localities/[id]', '/open']));
	});

	test('CodeMirror reaches the editor page and no other', () => {
		expect(holds(row('/editor').files.all, MARKERS.codemirror)).not.toEqual([]);
		for (const r of rows.filter((r) => r.route !== '/editor')) expect(holds(r.files.all, MARKERS.codemirror), r.route).toEqual([]);
	});

	test('the YAML library and the schema never run on a page’s own thread, only in the map worker', () => {
		for (const r of rows) {
			expect(holds(r.files.all, MARKERS.yaml), r.route).toEqual([]);
			expect(holds(r.files.all, MARKERS.jsYaml), r.route).toEqual([]);
			expect(holds(r.files.all, MARKERS.zod), r.route).toEqual([]);
		}
		// The map worker reads; the layout worker, which lays large maps out, reads nothing.
		const workers = row('/editor').files.workers;
		const worker = workers.filter((f) => f.includes('map-worker'));
		expect(worker).toHaveLength(1);
		const layout = workers.filter((f) => !worker.includes(f));
		for (const marker of [MARKERS.yaml, MARKERS.jsYaml, MARKERS.zod]) expect(holds(layout, marker)).toEqual([]);
		expect(holds(worker, MARKERS.yaml)).toEqual(worker);
		expect(holds(worker, MARKERS.jsYaml)).toEqual(worker);
		expect(holds(worker, MARKERS.zod)).toEqual(worker);
		expect(row('/open').files.workers).toEqual(workers);
	});

	test('a map page downloads the audit only for the what-if: the page’s own audit comes worked out', () => {
		for (const route of ['/localities/[id]', '/open', '/editor']) {
			expect(holds(row(route).files.first, MARKERS.audit), route).toEqual([]);
			expect(holds(row(route).files.all, MARKERS.audit), route).not.toEqual([]);
		}
	});

	test('the editor page with its YAML editor is within 350 kB gzipped', () => {
		const editor = row('/editor');
		const withEditor = gzippedKB([...editor.files.first, ...holds(editor.files.all, MARKERS.codemirror)]);
		expect(withEditor).toBeGreaterThan(editor.first);
		expect(withEditor).toBeLessThanOrEqual(350);
	});

	test('a map page with its graph drawn is within 200 kB gzipped', () => {
		for (const route of ['/localities/[id]', '/localities/[id]/[as_of=asof]', '/open']) {
			const map = row(route);
			// Drawing the graph adds cytoscape, itself over 100 kB: the figure is the page as people use it, not its first chunks.
			expect(map.drawn - map.first, route).toBeGreaterThan(100);
			expect(map.drawn, route).toBeLessThanOrEqual(200);
		}
	});

	test('the site’s cytoscape has only the layouts and algorithms the site uses, and its picture extension loads on use', () => {
		const map = row('/localities/[id]');
		expect(holds(map.files.drawn, MARKERS.coseLayout)).toEqual([]);
		expect(holds(map.files.drawn, MARKERS.clustering)).toEqual([]);
		expect(holds(map.files.drawn, MARKERS.cytoscapeSvg)).toEqual([]);
		expect(holds(map.files.all, MARKERS.cytoscapeSvg)).not.toEqual([]);
	});

	test('no prerendered page is over 500 kB, nor its data as a link within the site fetches it', () => {
		const pages = pageSizes();
		// Every kind of page, the views of a map among them: on a build with a large map (LOCALITY_MAPS_EXTRA), its views too.
		const views = ['', '/induction', '/matrix', '/river', '/changes', '/report'].map((view) => `localities/city${view}.html`);
		expect(pages.map((p) => p.page)).toEqual(expect.arrayContaining(['index.html', 'compare.html', 'glossary.html', 'localities/city/2004.html', ...views]));
		expect(pages.find((p) => p.page === 'localities/city/matrix.html')?.dataKB).toBeGreaterThan(0);
		expect(pages.filter((p) => p.kB > 500 || p.dataKB > 500)).toEqual([]);
	});
});
