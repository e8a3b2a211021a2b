/**
 * What `export` and `import` share: reading one map or sheet the user named (with the same
 * refusals as `check`), writing a file, and reporting errors on stderr, since stdout may be
 * carrying the file itself.
 */
import { writeFileSync } from 'node:fs';
import { loadMap } from '../lib/load/load-map';
import type { LocalityModel } from '../lib/model/locality-model';
import { exitStatus, fileError, formatLine, summaryLine, type CheckError } from './check-report';
import type { Io } from './io';
import { errorCode, readMapFile } from './read-map-file';

export type Loaded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly CheckError[] };

/** The bytes of a file the user named, or its one error ("is a folder", "no such file"). */
export function readNamed(file: string, absolute: string, maxBytes: number, what: string): Loaded<Uint8Array> {
	const read = readMapFile(absolute, maxBytes);
	if (read.ok) return { ok: true, value: read.bytes };
	return { ok: false, errors: [fileError(file, read.problem.code, read.problem.folder ? `is a folder; give ${what}` : read.problem.message)] };
}

/** One map, loaded and checked as `check` does. */
export function loadNamedMap(file: string, absolute: string, maxBytes: number): Loaded<LocalityModel> {
	const read = readNamed(file, absolute, maxBytes, 'one map file');
	if (!read.ok) return read;
	const map = loadMap(read.value, { file, maxBytes });
	return map.ok ? { ok: true, value: map.value } : { ok: false, errors: map.errors };
}

/** The errors on stderr, one a line, then a summary where a file was read and found wrong; the exit status as `check` gives it. */
export function reportErrors(results: readonly { file: string; errors: readonly CheckError[] }[], io: Io): number {
	const lines = results.flatMap((r) => r.errors.map(formatLine));
	const status = exitStatus(results);
	io.err([...lines, ...(status === 1 ? [summaryLine(results)] : [])].join('\n'));
	return status;
}

/** Writes a file the user named with --out; on failure, one line saying why, and exit status 2. */
export function writeNamed(shown: string, absolute: string, content: string | Uint8Array, io: Io): boolean {
	try {
		writeFileSync(absolute, content);
		return true;
	} catch (error) {
		const code = errorCode(error);
		const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : `the system said ${code ?? 'nothing more'}`;
		io.err(formatLine(fileError(shown, 'unreadable', `could not be written: ${why}`)));
		return false;
	}
}
