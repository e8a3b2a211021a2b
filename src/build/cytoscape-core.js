/**
 * The site's cytoscape: built from the package's own sources (it ships them, in src/) with
 * only the layouts and graph algorithms the site uses, where the package's bundle registers
 * every one of them at load, so none can be left out. Cytoscape is most of what a map page
 * downloads; this takes about a sixth off it (decision 0013).
 *
 * The site lays its graphs out itself (src/lib/graph/layouts.ts) and hands cytoscape the
 * positions ('preset'), save the concentric layout, which is cytoscape's; it runs no graph
 * algorithm of cytoscape's, whose `components()` needs only the breadth-first search.
 * Asking for a layout left out here fails loudly ("No such layout … found"), in the browser
 * tests, which run on the built site.
 *
 * For the built client only: the development server and the unit tests (one of which checks
 * our articulation points against cytoscape's) use the whole package.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

/** The layouts the site asks cytoscape for ('null' is cytoscape's own default). */
export const CYTOSCAPE_LAYOUTS = ['concentric', 'null', 'preset'];

const root = realpathSync(join(process.cwd(), 'node_modules/cytoscape'));
const src = join(root, 'src');
/** @type {string} */
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/** Cytoscape's two lists of what it registers at load, as the site needs them. @type {Record<string, string>} */
const lists = {
	[join(src, 'extensions/layout/index.mjs')]: [
		...CYTOSCAPE_LAYOUTS.map((name) => `import layout_${name} from './${name}.mjs';`),
		`export default [${CYTOSCAPE_LAYOUTS.map((name) => `{ name: '${name}', impl: layout_${name} }`).join(', ')}];`
	].join('\n'),
	[join(src, 'collection/algorithms/index.mjs')]: `export { default } from './bfs-dfs.mjs';`
};

/** @returns {import('vite').Plugin} */
export function cytoscapeCore() {
	return {
		name: 'cytoscape-core',
		apply: 'build',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		resolveId(id) {
			if (id === 'cytoscape') return join(src, 'index.mjs');
		},
		load(id) {
			if (!(id in lists)) return;
			// A newer cytoscape that moved or reshaped these files stops the build, rather than shipping the whole package unseen.
			const original = readFileSync(id, 'utf8');
			const names = id.endsWith('algorithms/index.mjs') ? ['bfsDfs'] : CYTOSCAPE_LAYOUTS.map((n) => `name: '${n}'`);
			for (const name of names) if (!original.includes(name)) throw new Error(`cytoscape-core: ${id} no longer has ${name}; see src/build/cytoscape-core.js`);
			return lists[id];
		},
		transform(code, id) {
			if (!id.startsWith(src)) return;
			// What cytoscape's own build replaces.
			return code
				.replaceAll('process.env.VERSION', JSON.stringify(version))
				.replaceAll('process.env.NODE_ENV', JSON.stringify('production'))
				.replaceAll('process.env.TEST_BUILD', 'false');
		}
	};
}
