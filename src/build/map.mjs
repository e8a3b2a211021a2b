/**
 * `npm run map -- ...`: runs the compiled command line (.cli/bin/map.mjs), compiling it
 * first if it is missing or any of its sources (listed in .cli/inputs.json) is newer: one
 * `stat` per source, a few milliseconds, so an edited source is never run stale.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..', '..');
const compiled = join(root, '.cli', 'bin', 'map.mjs');

function isStale() {
	try {
		const built = statSync(compiled).mtimeMs;
		/** @type {string[]} */
		const sources = JSON.parse(readFileSync(join(root, '.cli', 'inputs.json'), 'utf8'));
		return sources.some((source) => {
			try {
				return statSync(join(root, source)).mtimeMs > built;
			} catch {
				return true;
			}
		});
	} catch {
		return true;
	}
}

if (isStale()) await (await import('./build-map.mjs')).buildMap();
await import(pathToFileURL(compiled).href);
