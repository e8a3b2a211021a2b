/**
 * Reads a file the user named, refusing before reading anything that is not a regular file
 * and reading at most the size bound plus one byte, so that no input can hang the command
 * (a named pipe, `/dev/zero`) or fill its memory (a file of many gigabytes).
 *
 * The path is looked at first (following links) and opened only if it is a regular file,
 * so no device is ever opened; it is then opened without blocking and looked at again
 * through the open file, in case it changed in between.
 */
import type { ErrorCode } from '../lib/load/errors';
import { sizeMessage } from '../lib/load/source-text';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** Why a path could not be read, in the terms of `check --json`. */
export type ReadProblemCode = Extract<ErrorCode, 'no-such-file' | 'not-a-file' | 'unreadable' | 'too-large'>;

export interface ReadProblem {
	readonly code: ReadProblemCode;
	/** What the path is, as the rest of a line that begins with it: "is a named pipe, not a file". */
	readonly message: string;
	/** Set when the path is a folder, which some commands walk and others refuse. */
	readonly folder?: true;
}

export type ReadResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: ReadProblem };

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** What a path that is not a regular file is, or nothing for a regular file. */
export function kindProblem(stats: Stats): ReadProblem | undefined {
	if (stats.isFile()) return undefined;
	if (stats.isDirectory()) return { code: 'not-a-file', message: 'is a folder, not a file', folder: true };
	if (stats.isFIFO()) return { code: 'not-a-file', message: 'is a named pipe, not a file' };
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return { code: 'not-a-file', message: 'is a device, not a file' };
	if (stats.isSocket()) return { code: 'not-a-file', message: 'is a socket, not a file' };
	return { code: 'not-a-file', message: 'is not a file' };
}

/** Why the system refused a path, from its error code; `path` is looked at again to tell a link to nothing. */
export function failureProblem(code: string | undefined, path: string | Buffer): ReadProblem {
	switch (code) {
		case 'ENOENT':
		case 'ENOTDIR':
			if (isLink(path)) return { code: 'no-such-file', message: 'is a link to nothing' };
			// A name typed in bytes that are not UTF-8 reaches a Node program with � in their place, and names no file.
			if (typeof path === 'string' && path.includes('\ufffd')) {
				return { code: 'no-such-file', message: 'no such file or folder (if its name is not UTF-8 text, check the folder that holds it instead)' };
			}
			return { code: 'no-such-file', message: 'no such file or folder' };
		case 'ELOOP':
			return { code: 'unreadable', message: 'is a link that leads round in a loop, to no file' };
		case 'EACCES':
		case 'EPERM':
			return { code: 'unreadable', message: 'may not be read: permission denied' };
		case 'ENAMETOOLONG':
			return { code: 'unreadable', message: 'is a name too long for the system' };
		case 'EISDIR':
			return { code: 'not-a-file', message: 'is a folder, not a file', folder: true };
		default:
			return { code: 'unreadable', message: `could not be read (the system said ${code ?? 'nothing more'})` };
	}
}

function isLink(path: string | Buffer): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

/** The system's code for a failure (`ENOENT`), if it gave one. */
export function errorCode(error: unknown): string | undefined {
	return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** `size` when the system says it; a file that grows while read, or under /proc, is only known to be larger. */
function tooLarge(size: number | undefined, maxBytes: number): ReadResult {
	return { ok: false, problem: { code: 'too-large', message: `${sizeMessage(size, maxBytes)}, or raise the limit with --max-bytes` } };
}

/** The bytes of the regular file at `path`, if it holds at most `maxBytes`; otherwise what it is. */
export function readMapFile(path: string | Buffer, maxBytes: number): ReadResult {
	let stats: Stats;
	try {
		stats = statSync(path);
	} catch (error) {
		return { ok: false, problem: failureProblem(errorCode(error), path) };
	}
	const kind = kindProblem(stats);
	if (kind) return { ok: false, problem: kind };
	if (stats.size > maxBytes) return tooLarge(stats.size, maxBytes);

	let fd: number;
	try {
		fd = openSync(path, OPEN_FLAGS);
	} catch (error) {
		return { ok: false, problem: failureProblem(errorCode(error), path) };
	}
	try {
		const opened = fstatSync(fd);
		const changed = kindProblem(opened);
		if (changed) return { ok: false, problem: changed };
		// Some regular files (under /proc) say they are empty and are not, and a file may grow: read in steps up to the bound.
		let buffer = new Uint8Array(Math.min(opened.size, maxBytes) + 1);
		let length = 0;
		for (;;) {
			if (length === buffer.length) {
				if (length > maxBytes) return tooLarge(opened.size > maxBytes ? opened.size : undefined, maxBytes);
				const grown = new Uint8Array(Math.min(Math.max(buffer.length * 2, 64 * 1024), maxBytes + 1));
				grown.set(buffer);
				buffer = grown;
			}
			const read = readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) break;
			length += read;
		}
		return { ok: true, bytes: buffer.subarray(0, length) };
	} catch (error) {
		return { ok: false, problem: failureProblem(errorCode(error), path) };
	} finally {
		closeSync(fd);
	}
}
