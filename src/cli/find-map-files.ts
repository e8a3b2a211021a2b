/**
 * The files a `check` is asked about: each path as given, and every .yaml or .yml file
 * under a folder. A folder's walk enters folders (and links to folders, each real folder
 * once, so a link back up ends the walk there, not in a cycle) and lists every entry
 * named .yaml or .yml, whatever it is; reading it says what it is if not a file.
 *
 * A folder's entries are kept as the system's bytes, not as text: a file whose name is not
 * UTF-8 is still found and read, and only shown with � where its name has no letters.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { errorCode, failureProblem, type ReadProblem } from './read-map-file';

export interface Target {
	/** The path as the user would type it: as given, or joined to the folder given. */
	readonly shown: string;
	/** The path as the system knows it: text when typed, bytes when found in a folder. */
	readonly absolute: string | Buffer;
	/** Set when the path cannot even be listed (a folder that may not be read). */
	readonly problem?: ReadProblem;
}

const YAML_NAME = /\.ya?ml$/i;
const SEPARATOR = Buffer.from(sep);

/** Each path given, resolved against `cwd`, with folders replaced by the files under them. */
export function findMapFiles(paths: readonly string[], cwd: string): Target[] {
	return paths.flatMap((path) => {
		const absolute = resolve(cwd, path);
		return isFolder(absolute) ? filesUnder(absolute, (file) => join(path, relative(absolute, file))) : [{ shown: path, absolute }];
	});
}

/** The files under `folder`, in name order (a folder's files where its name falls), each shown as `show` says. */
export function filesUnder(folder: string, show: (absolute: string) => string): Target[] {
	const found: Target[] = [];
	const seen = new Set<string>();
	const shown = (path: Buffer) => show(path.toString());
	// Depth first without recursion, so that a deep tree cannot exhaust the stack.
	const stack: { path: Buffer; folder: boolean }[] = [{ path: Buffer.from(folder), folder: true }];
	for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
		const { path: dir } = next;
		if (!next.folder) {
			found.push({ shown: shown(dir), absolute: dir });
			continue;
		}
		const identity = folderIdentity(dir);
		if (identity === undefined || seen.has(identity)) continue;
		seen.add(identity);
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
		} catch (error) {
			found.push({ shown: shown(dir), absolute: dir, problem: failureProblem(errorCode(error), dir) });
			continue;
		}
		const children: { path: Buffer; folder: boolean }[] = [];
		for (const entry of entries.sort((a, b) => Buffer.compare(a.name, b.name))) {
			const path = Buffer.concat([dir, SEPARATOR, entry.name]);
			if (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path))) children.push({ path, folder: true });
			else if (YAML_NAME.test(entry.name.toString('latin1'))) children.push({ path, folder: false });
		}
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
	}
	return found;
}

function isFolder(path: string | Buffer): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/** The real folder a path leads to, whatever links lead there. */
function folderIdentity(path: Buffer): string | undefined {
	try {
		const stats = statSync(path, { bigint: true });
		return `${stats.dev}:${stats.ino}`;
	} catch {
		return undefined;
	}
}
