/**
 * `npm run bench:browser` (and the end of `npm run bench`): the map page in Chromium, against
 * the built site served by `vite preview` on a port of its own. Run `npm run build` first.
 *
 * Per page it measures:
 * - settled: from navigation (for /open, from the moment the file is given to the page) to the
 *   graph being drawn and laid out (the graph sets `data-settled="true"`) and the page answering
 *   input (a frame drawn and a task run after that);
 * - the longest task on the page's thread from navigation to a second after it settled
 *   (PerformanceObserver 'longtask', buffered);
 * - for the 2,000-item map, opened through /open from a synthetic file: frames per second
 *   while the view is panned (cytoscape's `panBy` once a frame for two seconds), with each
 *   renderer the graph can be asked for (`?renderer=canvas|webgl`).
 *
 * Chromium runs as the end-to-end tests run it (playwright.config.ts), with --disable-gpu:
 * canvas drawing is done by the CPU, and WebGL, where the browser offers it at all, by
 * SwiftShader (software). Writes its rows into bench/results.json, beside the Node rows.
 * Asserts nothing: timings belong here, never in a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium as launcher, type Page } from '@playwright/test';
import { chromium as launchOptions } from '../playwright.config';
import { parse } from 'yaml';
import { syntheticMap } from './synthetic-map';

export interface Row {
	readonly work: string;
	readonly items: number;
	readonly ms?: number;
	readonly fps?: number;
	readonly budget: string;
	readonly within: boolean | null;
}

/** A county-scale map of 2,000 items, in the proportions of the Node benchmark's maps. */
const COUNTY = { agencies: 100, roles: 1_700, groups: 200, membersPerGroup: 10 };
const COUNTY_ITEMS = COUNTY.agencies + COUNTY.roles + COUNTY.groups;
const LONG_TASK_BUDGET_MS = 100;
const PAN_MS = 2_000;
const FPS_BUDGET = 30;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** What the page records about itself from its first script on. */
const PROBE = () => {
	const w = window as unknown as { __bench: { longest: number; tasks: number; settledAt?: number } };
	w.__bench = { longest: 0, tasks: 0 };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			w.__bench.longest = Math.max(w.__bench.longest, e.duration);
			w.__bench.tasks++;
		}
	}).observe({ type: 'longtask', buffered: true });
	// Settled and interactive: the graph says it is laid out, and then a frame is drawn and a task runs.
	new MutationObserver(() => {
		if (w.__bench.settledAt !== undefined) return;
		if (document.querySelector('.graph-canvas[data-settled="true"]')) {
			w.__bench.settledAt = -1;
			requestAnimationFrame(() => setTimeout(() => (w.__bench.settledAt = performance.now())));
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-settled'] });
};

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

async function startPreview(port: number): Promise<ChildProcess> {
	const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
	for (let i = 0; i < 480; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error('vite preview did not start');
}

interface Sample {
	settledMs: number;
	longestMs: number;
	/** When the page's own scripts had hydrated it and the graph began (the graph's `graph-mounted` mark). */
	mountedMs?: number;
}

async function settle(page: Page, start: number): Promise<Sample> {
	await page.waitForFunction(() => ((window as unknown as { __bench: { settledAt?: number } }).__bench.settledAt ?? -1) > 0, undefined, { timeout: 60_000, polling: 100 });
	// Long tasks just after settling (a late effect, a panel drawn) count too.
	await page.waitForTimeout(1_000);
	const bench = await page.evaluate(() => ({
		...(window as unknown as { __bench: { longest: number; settledAt: number } }).__bench,
		mountedAt: performance.getEntriesByName('graph-mounted')[0]?.startTime
	}));
	return { settledMs: bench.settledAt - start, longestMs: bench.longest, mountedMs: bench.mountedAt === undefined ? undefined : bench.mountedAt - start };
}

/** A built-in map's page: from navigation (the time origin) to settled. */
async function sitePage(page: Page, url: string): Promise<Sample> {
	await page.goto(url);
	return settle(page, 0);
}

/** A file given to /open: from the moment it is chosen to settled. */
async function openedFile(page: Page, base: string, path: string, query = ''): Promise<Sample> {
	await page.goto(`${base}/open${query}`);
	await page.waitForLoadState('networkidle');
	const input = page.getByLabel('Choose a map file (YAML)');
	const start = await page.evaluate(() => performance.now());
	await input.setInputFiles(path);
	return settle(page, start);
}

/**
 * Frames drawn per second while the reader drags the view with the mouse for PAN_MS: cytoscape
 * draws in frames of its own, skipping some when drawing is slow, so its drawings are counted.
 */
async function panFps(page: Page): Promise<number> {
	// Strings, not functions: tsx would wrap a function's inner functions in a helper the page lacks.
	await page.evaluate(`(() => {
		const renderer = document.querySelector('.graph-canvas').cy.renderer();
		const render = renderer.render;
		window.__frames = 0;
		renderer.render = function (...args) {
			window.__frames++;
			return render.apply(this, args);
		};
	})()`);
	await page.locator('.graph-canvas').evaluate((el) => el.scrollIntoView({ block: 'start' }));
	const box = (await page.locator('.graph-canvas').boundingBox())!;
	// The left edge of the view, where the fitted graph leaves room: a drag there pans, never moves an item.
	const x = box.x + 20;
	const y = box.y + box.height / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	const start = Date.now();
	const startFrames = (await page.evaluate('window.__frames')) as number;
	let step = 0;
	while (Date.now() - start < PAN_MS) {
		step++;
		const dx = 40 * Math.sin(step / 10);
		await page.mouse.move(x + 40 + dx, y + dx / 2);
	}
	const frames = ((await page.evaluate('window.__frames')) as number) - startFrames;
	const elapsed = Date.now() - start;
	await page.mouse.up();
	return (frames * 1000) / elapsed;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function browserRows(): Promise<Row[]> {
	if (!existsSync('build/index.html')) throw new Error('no build: run `npm run build` first');
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const preview = await startPreview(port);
	const browser = await launcher.launch(launchOptions);
	const rows: Row[] = [];
	try {
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		await context.addInitScript(PROBE);
		const dir = mkdtempSync(join(tmpdir(), 'locality-browser-bench-'));
		const county = join(dir, `county-${COUNTY_ITEMS}.yaml`);
		writeFileSync(county, syntheticMap(COUNTY));

		const webgl = await (async () => {
			const page = await context.newPage();
			await page.goto(base);
			const has = await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'));
			await page.close();
			return has;
		})();

		const largest = largestReportMap();
		// `loaded`: a page timed from navigation, whose hydration is reported on its own; /open is timed from the file being chosen, long after.
		const cases: { name: string; items: number; budget: number; loaded?: boolean; run: (page: Page) => Promise<Sample> }[] = [
			{ name: `map page, largest report map (${largest.file})`, items: largest.items, budget: 500, loaded: true, run: (page) => sitePage(page, `${base}/localities/${largest.id}/${largest.asOf}`) },
			{ name: 'map page, Banbury', items: itemsIn('maps/banbury.yaml'), budget: 500, loaded: true, run: (page) => sitePage(page, `${base}/localities/banbury`) },
			{ name: 'map page, opened file (/open)', items: COUNTY_ITEMS, budget: 2_000, run: (page) => openedFile(page, base, county) }
		];
		const only = process.env.BENCH_ONLY;
		for (const c of cases.filter((c) => !only || c.name.includes(only))) {
			const samples: Sample[] = [];
			for (let i = 0; i < RUNS; i++) {
				const page = await context.newPage();
				samples.push(await c.run(page));
				await page.close();
			}
			const settled = median(samples.map((s) => s.settledMs));
			const longest = Math.max(...samples.map((s) => s.longestMs));
			const mounted = samples.every((s) => s.mountedMs !== undefined) ? median(samples.map((s) => s.mountedMs!)) : undefined;
			// Where the page's time goes: until this, the page's own scripts (no graph code has run); after it, cytoscape's start and the first drawing.
			if (mounted !== undefined && c.loaded) rows.push({ work: `${c.name}: page hydrated, graph begun (no budget: the part before the graph)`, items: c.items, ms: mounted, budget: '—', within: null });
			rows.push({ work: `${c.name}: settled and interactive`, items: c.items, ms: settled, budget: `${c.budget} ms`, within: settled <= c.budget });
			rows.push({ work: `${c.name}: longest task (worst of ${RUNS})`, items: c.items, ms: longest, budget: `${LONG_TASK_BUDGET_MS} ms`, within: longest <= LONG_TASK_BUDGET_MS });
		}

		for (const renderer of only && !'panning'.includes(only) ? [] : ['canvas', ...(webgl ? ['webgl'] : [])]) {
			const fps: number[] = [];
			const samples: Sample[] = [];
			for (let i = 0; i < RUNS; i++) {
				const page = await context.newPage();
				samples.push(await openedFile(page, base, county, `?renderer=${renderer}`));
				fps.push(await panFps(page));
				await page.close();
			}
			const settled = median(samples.map((s) => s.settledMs));
			const longest = Math.max(...samples.map((s) => s.longestMs));
			rows.push({ work: `map page, opened file, ${renderer} renderer: settled and interactive`, items: COUNTY_ITEMS, ms: settled, budget: '2000 ms', within: settled <= 2_000 });
			rows.push({ work: `map page, opened file, ${renderer} renderer: longest task (worst of ${RUNS})`, items: COUNTY_ITEMS, ms: longest, budget: `${LONG_TASK_BUDGET_MS} ms`, within: longest <= LONG_TASK_BUDGET_MS });
			const f = median(fps);
			rows.push({ work: `panning the opened map, ${renderer} renderer`, items: COUNTY_ITEMS, fps: f, budget: `${FPS_BUDGET} fps`, within: f >= FPS_BUDGET });
		}
		if (!webgl) rows.push({ work: 'panning the opened map, webgl renderer (no WebGL in this browser)', items: COUNTY_ITEMS, budget: `${FPS_BUDGET} fps`, within: null });
	} finally {
		await browser.close();
		if (preview.pid) process.kill(-preview.pid);
	}
	return rows;
}

function itemsIn(file: string): number {
	const map = parse(readFileSync(file, 'utf8')) as Record<'agencies' | 'roles' | 'groups', unknown[] | undefined>;
	return (map.agencies?.length ?? 0) + (map.roles?.length ?? 0) + (map.groups?.length ?? 0);
}

/** The report's largest map (by items) among maps/*.yaml, with its page's address. */
function largestReportMap(): { file: string; id: string; asOf: string; items: number } {
	const files = ['abingdon', 'banbury', 'bicester', 'city-2004', 'city-2005-07', 'kidlington', 'thame'].map((f) => `maps/${f}.yaml`);
	const maps = files.map((file) => {
		const text = readFileSync(file, 'utf8');
		return { file, id: /^ {2}id: (\S+)/m.exec(text)![1], asOf: /^ {2}as_of: "?([^"\n]+)"?/m.exec(text)![1], items: itemsIn(file) };
	});
	return maps.reduce((a, b) => (b.items > a.items ? b : a));
}

export function printRows(rows: readonly Row[]) {
	const cell = (r: Row) => (r.fps !== undefined ? `${r.fps.toFixed(1)} fps` : r.ms !== undefined ? `${Math.round(r.ms)} ms` : '');
	const table = [['work', 'items', 'measured', 'budget', 'within'], ...rows.map((r) => [r.work, String(r.items), cell(r), r.budget, r.within === null ? '' : r.within ? 'yes' : 'NO'])];
	const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
	for (const row of table) console.log(row.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const rows = await browserRows();
	printRows(rows);
	console.log(`Load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${(await import('node:os')).cpus().length} cores: figures from a shared machine are noisy.`);
	const results = new URL('./results.json', import.meta.url);
	const previous = existsSync(results) ? (JSON.parse(readFileSync(results, 'utf8')) as { rows: { work: string }[] }) : { rows: [] };
	const browserWork = new Set(rows.map((r) => r.work));
	const kept = previous.rows.filter((r) => !browserWork.has(r.work) && !r.work.startsWith('map page') && !r.work.startsWith('panning'));
	writeFileSync(results, `${JSON.stringify({ ...previous, browserMeasuredAt: new Date().toISOString(), browserLoadAverage: loadavg(), chromium: launchOptions.args, rows: [...kept, ...rows] }, null, 2)}\n`);
	console.log('Written: bench/results.json (browser rows)');
}
