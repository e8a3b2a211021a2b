/**
 * The JavaScript each page of the built site loads, gzipped: at first (its own chunks, the
 * layout's and the shared runtime, following static imports), with its graph drawn (adding
 * cytoscape, which a page loads to draw one), and in all (adding every chunk it may import
 * later, such as the what-if's analyses, a download's exporters or CodeMirror in the editor),
 * with the Web Workers a page may start. Reads the build's manifest. Then the size of every
 * prerendered page's HTML in build/. Run `npm run build` first.
 *
 *   npm run sizes            two tables
 *   npm run sizes -- --json  the same as JSON
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = '.svelte-kit/output/client';
const BUILD = 'build';
/** The chunks a page loads to draw its graph: cytoscape (as src/build/cytoscape-core.js builds it, or the package's bundle). */
const DRAWS_GRAPH = /(^|\/)node_modules\/cytoscape\/(src|dist)\//;
const MANIFEST = join(OUT, '.vite/manifest.json');
const APP = '.svelte-kit/generated/client-optimized/app.js';

interface Chunk {
	readonly file: string;
	readonly imports?: readonly string[];
	readonly dynamicImports?: readonly string[];
}

export interface RouteSize {
	readonly route: string;
	/** Gzipped kB loaded before the page is interactive. */
	readonly first: number;
	/** Gzipped kB with its graph drawn: at first and cytoscape; the same as `first` for a page without a graph. */
	readonly drawn: number;
	/** Gzipped kB with every chunk the page may load later. */
	readonly all: number;
	/** Gzipped kB of the Web Workers the page's chunks may start. */
	readonly workers: number;
	/** The files behind each figure, from the build's client output folder. */
	readonly files: { readonly first: readonly string[]; readonly drawn: readonly string[]; readonly all: readonly string[]; readonly workers: readonly string[] };
}

/** The build's client output, where `files` are. */
export const CLIENT_OUTPUT = OUT;

const gz = new Map<string, number>();
function gzipped(file: string): number {
	let size = gz.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;
		gz.set(file, size);
	}
	return size;
}

function closure(manifest: Record<string, Chunk>, roots: readonly string[], lazy: boolean): Set<string> {
	const seen = new Set<string>();
	const stack = [...roots];
	while (stack.length) {
		const key = stack.pop()!;
		if (seen.has(key) || !manifest[key]) continue;
		seen.add(key);
		stack.push(...(manifest[key].imports ?? []));
		// The app's entry may import any page: only a page's own later imports count for it.
		if (lazy) stack.push(...(manifest[key].dynamicImports ?? []).filter((k) => !k.includes('/nodes/')));
	}
	return seen;
}

/** Worker files named in a chunk's code (Vite emits them apart from the manifest). */
function workersOf(files: Iterable<string>): Set<string> {
	const found = new Set<string>();
	for (const file of files) {
		const code = readFileSync(join(OUT, file), 'utf8');
		for (const match of code.matchAll(/workers\/([\w.-]+\.js)/g)) found.add(match[1]);
	}
	return found;
}

export function routeSizes(): RouteSize[] {
	if (!existsSync(MANIFEST)) throw new Error('No build found: run `npm run build` first.');
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
	const app = readFileSync(APP, 'utf8');
	const entries = Object.keys(manifest).filter((k) => k.endsWith('client/entry.js') || k.endsWith('client-optimized/app.js'));
	const node = (n: string) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;
	const workerDir = join(OUT, '_app/immutable/workers');
	const workerFiles = existsSync(workerDir) ? readdirSync(workerDir) : [];
	const sum = (keys: Iterable<string>) => [...keys].reduce((total, k) => total + gzipped(manifest[k].file), 0);
	const rows: RouteSize[] = [];
	for (const match of app.matchAll(/"([^"]+)":\s*\[~?(\d+)/g)) {
		const [, route, page] = match;
		const roots = [...entries, node('0'), node(page)];
		const first = closure(manifest, roots, false);
		const all = closure(manifest, roots, true);
		const drawn = closure(manifest, [...roots, ...[...all].filter((k) => DRAWS_GRAPH.test(k))], false);
		const named = workersOf([...all].map((k) => manifest[k].file));
		const workers = workerFiles.filter((f) => named.has(f)).map((f) => `_app/immutable/workers/${f}`);
		const files = (keys: Set<string>) => [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
		rows.push({
			route,
			first: kB(sum(first)),
			drawn: kB(sum(drawn)),
			all: kB(sum(all)),
			workers: kB(workers.reduce((total, f) => total + gzipped(f), 0)),
			files: { first: files(first), drawn: files(drawn), all: files(all), workers }
		});
	}
	return rows;
}

const kB = (bytes: number) => Math.round(bytes / 100) / 10;

/** The gzipped size in kB of the files (paths in the client output), each counted once. */
export const gzippedKB = (files: Iterable<string>) => kB([...new Set(files)].reduce((total, f) => total + gzipped(f), 0));

export interface PageSize {
	/** The page's file in build/, e.g. `localities/banbury.html`. */
	readonly page: string;
	/** Its HTML as served, in kB (1,000 bytes), not gzipped. */
	readonly kB: number;
	/**
	 * Its data as a link within the site fetches it (`__data.json` beside the page), in kB: the
	 * same data the HTML carries for its script, without the HTML. Zero for a page with none.
	 */
	readonly dataKB: number;
}

const fileKB = (path: string) => (existsSync(path) ? Math.round(statSync(path).size / 100) / 10 : 0);

/** Every prerendered page in build/, largest first. */
export function pageSizes(): PageSize[] {
	if (!existsSync(BUILD)) throw new Error('No build found: run `npm run build` first.');
	const pages: PageSize[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) {
				const data = name === 'index.html' ? join(dir, '__data.json') : join(dir, name.slice(0, -'.html'.length), '__data.json');
				pages.push({ page: relative(BUILD, path), kB: fileKB(path), dataKB: fileKB(data) });
			}
		}
	};
	walk(BUILD);
	return pages.sort((a, b) => b.kB - a.kB || a.page.localeCompare(b.page));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const rows = routeSizes();
	const pages = pageSizes();
	if (process.argv.includes('--json')) console.log(JSON.stringify({ routes: rows.map(({ files: _, ...r }) => r), pages }, null, 2));
	else {
		console.log('JavaScript per page, gzipped kB: at first / with its graph drawn / with every chunk loaded later / Web Workers');
		for (const r of rows) console.log(`${r.route.padEnd(32)} ${[r.first, r.drawn, r.all, r.workers].map((n) => String(n).padStart(7)).join(' ')}`);
		console.log(`\nPrerendered pages' HTML and data (__data.json), kB (not gzipped), largest first: ${pages.length} pages`);
		for (const p of pages) console.log(`${p.page.padEnd(44)} ${String(p.kB).padStart(8)} ${String(p.dataKB).padStart(8)}`);
	}
}
