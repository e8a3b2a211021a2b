/**
 * Compiles the command line (src/cli/map.ts and all it imports) ahead of time into
 * .cli/bin/, so that `npm run map` starts node on plain JavaScript instead of compiling
 * TypeScript on every call. Each command is a chunk of its own, loaded only when named.
 * Run by `npm ci` / `npm install` (the `prepare` script) and by src/build/map.mjs whenever a
 * source is newer than the compiled copy. .cli/inputs.json lists the sources it read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..', '..');
export const OUT = join(root, '.cli');

/**
 * zod offers its messages in some fifty languages through one namespace that a bundle
 * cannot trim; the command line never reads zod's messages (schema-issues.ts writes its
 * own), so only the English default is kept: a third less code for every process to load.
 */
const englishOnly = {
	name: 'zod-english-only',
	/** @param {import('esbuild').PluginBuild} build */
	setup(build) {
		build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
			args.importer.includes(`${'node_modules'}/zod/`) ? { path: 'zod-locales', namespace: 'english-only' } : undefined
		);
		build.onLoad({ filter: /.*/, namespace: 'english-only' }, () => ({
			contents: `export { default as en } from ${JSON.stringify(join(root, 'node_modules/zod/v4/locales/en.js'))};`,
			resolveDir: root
		}));
	}
};

export async function buildMap() {
	const { build } = await import('esbuild');
	const result = await build({
		absWorkingDir: root,
		entryPoints: ['src/cli/map.ts'],
		outdir: join(OUT, 'bin'),
		entryNames: '[name]',
		outExtension: { '.js': '.mjs' },
		chunkNames: 'chunks/[name]-[hash]',
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		metafile: true,
		minify: true,
		logLevel: 'warning',
		plugins: [englishOnly],
		// Packages written as CommonJS may `require` Node's own modules, which an ES module must be given.
		banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" }
	});
	mkdirSync(OUT, { recursive: true });
	writeFileSync(join(OUT, 'meta.json'), JSON.stringify(result.metafile));
	// Our own files (not the packages', nor the stand-in for zod's languages), and the lock file for the packages.
	const sources = Object.keys(result.metafile.inputs).filter((path) => path.startsWith('src/'));
	writeFileSync(join(OUT, 'inputs.json'), `${JSON.stringify([...sources, 'package-lock.json'], null, '\t')}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildMap();
