/**
 * `map import ELEMENTS.csv CONNECTIONS.csv [--out FILE] [--max-bytes N]`: a map made from the
 * two sheets `export --format csv` writes (or a person fills in), as YAML on stdout or in
 * --out. Every fault in the sheets is reported on stderr, `file:row:column: column: message`,
 * and no map is written unless the sheets hold none.
 */
import { resolve } from 'node:path';
import { importCsv } from '../lib/exchange/import-csv';
import { fileError, formatLine, type CheckError } from './check-report';
import { lastValue, MAX_BYTES_HINT, parseArguments, parseMaxBytes } from './arguments';
import { readNamed, reportErrors, writeNamed } from './exchange-files';
import type { Io } from './io';
import { UsageError } from './usage';

const SPEC = {
	flags: [],
	values: new Map([
		['--out', '--out takes the path of the map to write, e.g. --out maps/vale.yaml'],
		['--max-bytes', MAX_BYTES_HINT]
	])
};

export const IMPORT_FAILED = 'the import failed on these sheets: an internal error (please report it)';

function readSheet(file: string, io: Io, maxBytes: number): { text?: string; errors: CheckError[] } {
	const read = readNamed(file, resolve(io.cwd, file), maxBytes, 'a CSV file');
	if (!read.ok) return { errors: [...read.errors] };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(read.value), errors: [] };
	} catch {
		return { errors: [fileError(file, 'not-utf8', 'is not UTF-8 text; save the sheet as CSV UTF-8')] };
	}
}

export function importCommand(args: readonly string[], io: Io): number {
	const parsed = parseArguments(args, SPEC);
	const out = lastValue(parsed, '--out');
	const maxBytes = parseMaxBytes(lastValue(parsed, '--max-bytes'));
	if (parsed.paths.length !== 2) throw new UsageError('import takes two files: the elements sheet, then the connections sheet');
	const [elementsFile, connectionsFile] = parsed.paths;

	const elements = readSheet(elementsFile, io, maxBytes);
	const connections = readSheet(connectionsFile, io, maxBytes);
	if (elements.text === undefined || connections.text === undefined) {
		return reportErrors([{ file: elementsFile, errors: elements.errors }, { file: connectionsFile, errors: connections.errors }], io);
	}
	try {
		const result = importCsv({ name: elementsFile, text: elements.text }, { name: connectionsFile, text: connections.text });
		if (!result.ok) {
			const of = (file: string) => result.errors.filter((e) => e.file === file);
			return reportErrors([{ file: elementsFile, errors: of(elementsFile) }, { file: connectionsFile, errors: elementsFile === connectionsFile ? [] : of(connectionsFile) }], io);
		}
		if (out === undefined) {
			io.out(result.value.text.replace(/\n$/, ''));
			return 0;
		}
		return writeNamed(out, resolve(io.cwd, out), result.value.text, io) ? 0 : 2;
	} catch {
		io.err(formatLine(fileError(elementsFile, 'internal-error', IMPORT_FAILED)));
		return 2;
	}
}
