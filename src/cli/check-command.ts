/**
 * `map check [--json] [--max-bytes N] [file or folder ...]`: checks maps like a compiler
 * checks code. Each file is read, loaded and judged on its own: whatever one file holds or
 * is, it ends in its own errors, and the next file is checked.
 */
import { join, relative } from 'node:path';
import { checkCollection } from '../lib/load/check-collection';
import { loadMap } from '../lib/load/load-map';
import { loadReportTable } from '../lib/load/load-report-table';
import type { LocalityModel } from '../lib/model/locality-model';
import { lastValue, MAX_BYTES_HINT, parseArguments, parseMaxBytes } from './arguments';
import { checkJson, exitStatus, fileError, formatLine, INTERNAL_ERROR, summaryLine, type CheckError } from './check-report';
import { filesUnder, findMapFiles, type Target } from './find-map-files';
import type { Io } from './io';
import { readMapFile } from './read-map-file';
import { UsageError } from './usage';

const SPEC = { flags: ['--json'], values: new Map([['--max-bytes', MAX_BYTES_HINT]]) };

export function checkCommand(args: readonly string[], io: Io): number {
	const parsed = parseArguments(args, SPEC);
	const maxBytes = parseMaxBytes(lastValue(parsed, '--max-bytes'));
	const json = parsed.flags.has('--json');
	const whole = parsed.paths.length === 0;
	const targets = whole ? filesUnder(join(io.projectRoot, 'maps'), (absolute) => relative(io.cwd, absolute) || absolute) : findMapFiles(parsed.paths, io.cwd);
	if (targets.length === 0) throw new UsageError('no .yaml files to check');

	const results: { file: string; errors: CheckError[] }[] = [];
	const models: LocalityModel[] = [];
	for (const target of targets) {
		const { errors, model } = checkFile(target, maxBytes);
		results.push({ file: target.shown, errors: [...errors] });
		if (model) models.push(model);
		if (!json) for (const error of errors) io.out(formatLine(error));
	}
	// Naming and snapshot rules hold for the project's own collection, not for a file checked alone.
	if (whole) {
		const byFile = new Map(results.map((r) => [r.file, r]));
		for (const error of checkCollection(models)) {
			byFile.get(error.file)?.errors.push(error);
			if (!json) io.out(formatLine(error));
		}
	}
	io.out(json ? checkJson(results) : summaryLine(results));
	return exitStatus(results);
}

function isReportTable(path: string | Buffer): boolean {
	return path.toString().split(/[\\/]/).slice(-2, -1)[0] === 'report';
}

/** The errors of one file, and its model if it is a valid map; never a throw. */
export function checkFile(target: Target, maxBytes: number): { errors: readonly CheckError[]; model?: LocalityModel } {
	try {
		if (target.problem) return { errors: [fileError(target.shown, target.problem.code, target.problem.message)] };
		const read = readMapFile(target.absolute, maxBytes);
		if (!read.ok) return { errors: [fileError(target.shown, read.problem.code, read.problem.message)] };
		const options = { file: target.shown, maxBytes };
		// A report table is only checked; a map also joins the collection for the rules across files.
		if (isReportTable(target.absolute)) {
			const table = loadReportTable(read.bytes, options);
			return { errors: table.ok ? [] : table.errors };
		}
		const map = loadMap(read.bytes, options);
		return map.ok ? { errors: [], model: map.value } : { errors: map.errors };
	} catch {
		// Whatever went wrong is ours, not the file's: say so in one line, never with the error's own text.
		return { errors: [fileError(target.shown, 'internal-error', INTERNAL_ERROR)] };
	}
}
