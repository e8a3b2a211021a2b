/**
 * `map audit FILE [--json] [--threshold J] [--remove IDS] [--max-bytes N]`: the audit of one
 * map, in plain words or as one JSON object. An invalid file gives the same errors and exit
 * status as `check`; a path that is not a map file, one line saying what it is.
 */
import { resolve } from 'node:path';
import { audit } from '../lib/analysis/audit';
import { auditText } from '../lib/analysis/audit-text';
import { listWords } from '../lib/format/words';
import { loadMap } from '../lib/load/load-map';
import { allItems, indexItems, type ItemId, type LocalityModel } from '../lib/model/locality-model';
import { lastValue, MAX_BYTES_HINT, parseArguments, parseIds, parseMaxBytes, parseThreshold, REMOVE_HINT, THRESHOLD_HINT } from './arguments';
import { exitStatus, fileError, formatLine, summaryLine, type CheckError } from './check-report';
import { escapeLine, escapeTexts, jsonText } from './escape';
import type { Io } from './io';
import { readMapFile } from './read-map-file';
import { UsageError } from './usage';

const SPEC = {
	flags: ['--json'],
	values: new Map([
		['--threshold', THRESHOLD_HINT],
		['--remove', REMOVE_HINT],
		['--max-bytes', MAX_BYTES_HINT]
	])
};

export const AUDIT_FAILED = 'the audit failed on this map: an internal error (please report it)';

export function auditCommand(args: readonly string[], io: Io): number {
	const parsed = parseArguments(args, SPEC);
	const json = parsed.flags.has('--json');
	const threshold = parseThreshold(lastValue(parsed, '--threshold'));
	const removed = parseIds(parsed.values.get('--remove'));
	const maxBytes = parseMaxBytes(lastValue(parsed, '--max-bytes'));
	if (parsed.paths.length !== 1) throw new UsageError('audit takes exactly one map file');
	const [file] = parsed.paths;

	const loaded = loadOrSay(file, io, maxBytes);
	if (!loaded.ok) return loaded.status;
	// The ids given, as the map's own: a word the map does not hold is refused, not looked up in it.
	const ids = new Map<string, ItemId>(allItems(loaded.model).map((item) => [item.id, item.id]));
	const unknown = removed.filter((id) => !ids.has(id));
	if (unknown.length > 0) {
		throw new UsageError(`--remove: ${file} has no item ${listWords(unknown.map((id) => JSON.stringify(id)), { most: 5 })}`);
	}
	try {
		const options = { overlapThreshold: threshold, removed: removed.flatMap((id) => ids.get(id) ?? []) };
		if (json) {
			io.out(jsonText(audit(loaded.model, options)));
		} else {
			// Names and notes are the map's own text: escaped before they are written into lines.
			const model = escapeTexts(loaded.model);
			io.out(auditText(audit(model, options), indexItems(model)).split('\n').map(escapeLine).join('\n'));
		}
		return 0;
	} catch {
		io.out(formatLine(fileError(file, 'internal-error', AUDIT_FAILED)));
		return 2;
	}
}

/** One map file read and loaded, or the lines to print: what `audit` and `report` both start with. */
/**
 * The map in the file, for a command that needs one map (audit, report); or its errors,
 * printed as `check` prints them, and the exit status to end with: a path that is no map
 * file gets its one line, a map with errors the summary too.
 */
export function loadOrSay(file: string, io: Io, maxBytes: number): { ok: true; model: LocalityModel } | { ok: false; status: number } {
	const loaded = loadFile(file, resolve(io.cwd, file), maxBytes);
	if (loaded.ok) return loaded;
	const results = [{ file, errors: loaded.errors }];
	for (const error of loaded.errors) io.out(formatLine(error));
	if (exitStatus(results) === 1) io.out(summaryLine(results));
	return { ok: false, status: exitStatus(results) };
}

function loadFile(file: string, absolute: string, maxBytes: number): { ok: true; model: LocalityModel } | { ok: false; errors: readonly CheckError[] } {
	try {
		const read = readMapFile(absolute, maxBytes);
		if (!read.ok) {
			const message = read.problem.folder ? 'is a folder; audit takes one map file' : read.problem.message;
			return { ok: false, errors: [fileError(file, read.problem.code, message)] };
		}
		const map = loadMap(read.bytes, { file, maxBytes });
		return map.ok ? { ok: true, model: map.value } : { ok: false, errors: map.errors };
	} catch {
		return { ok: false, errors: [fileError(file, 'internal-error', AUDIT_FAILED)] };
	}
}
