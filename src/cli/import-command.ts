/**
 * `map import ELEMENTS.csv CONNECTIONS.csv [--out FILE] [--max-bytes N]`: a map made from the
 * two sheets `export --format csv` writes (or a person fills in), as YAML on stdout or in
 * --out. `map import FILE.gexf|FILE.graphml [--format gexf|graphml]`: a map made from the one
 * GEXF or GraphML file `export` writes. Every fault is reported on stderr,
 * `file:line:column: path: message`, and no map is written unless the files hold none.
 */
import { resolve } from 'node:path';
import { importCsv } from '../lib/exchange/import-csv';
import { importGraph } from '../lib/exchange/import-graph';
import { GRAPH_FORMAT_NAMES, graphFormatOf, type GraphFormat } from '../lib/exchange/import-protocol';
import type { ImportedMap } from '../lib/exchange/import-rows';
import type { Result } from '../lib/load/errors';
import { fileError, formatLine, type CheckError } from './check-report';
import { lastValue, MAX_BYTES_HINT, parseArguments, parseMaxBytes } from './arguments';
import { readNamed, reportErrors, writeNamed } from './exchange-files';
import type { Io } from './io';
import { UsageError } from './usage';

const FORMAT_HINT = 'import --format takes gexf or graphml (for one file), e.g. --format gexf';

const SPEC = {
	flags: [],
	values: new Map([
		['--out', '--out takes the path of the map to write, e.g. --out maps/vale.yaml'],
		['--max-bytes', MAX_BYTES_HINT],
		['--format', FORMAT_HINT]
	])
};

export const IMPORT_FAILED = 'the import failed on these files: an internal error (please report it)';

const GRAPH_FORMATS = Object.keys(GRAPH_FORMAT_NAMES) as GraphFormat[];
const isGraphFormat = (value: string): value is GraphFormat => (GRAPH_FORMATS as string[]).includes(value);

function readText(file: string, io: Io, maxBytes: number, what: string, save: string): { text?: string; errors: CheckError[] } {
	const read = readNamed(file, resolve(io.cwd, file), maxBytes, what);
	if (!read.ok) return { errors: [...read.errors] };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(read.value), errors: [] };
	} catch {
		return { errors: [fileError(file, 'not-utf8', `is not UTF-8 text; ${save}`)] };
	}
}
const readSheet = (file: string, io: Io, maxBytes: number) => readText(file, io, maxBytes, 'a CSV file', 'save the sheet as CSV UTF-8');

/** The format --format gives, or the one the file's ending names. */
function graphFormat(given: string | undefined, file: string): GraphFormat {
	if (given !== undefined) {
		if (!isGraphFormat(given)) throw new UsageError(`${FORMAT_HINT}; found ${JSON.stringify(given)}`);
		return given;
	}
	const format = graphFormatOf(file);
	if (format === undefined) throw new UsageError(`import takes one .gexf or .graphml file, or two CSV sheets (elements, then connections); say which format ${JSON.stringify(file)} is with --format gexf or --format graphml`);
	return format;
}

/** The map, on stdout or in --out; the exit status. */
function writeMap(result: ImportedMap, out: string | undefined, io: Io): number {
	if (out === undefined) {
		io.out(result.text.replace(/\n$/, ''));
		return 0;
	}
	return writeNamed(out, resolve(io.cwd, out), result.text, io) ? 0 : 2;
}

function importGraphFile(file: string, format: GraphFormat, out: string | undefined, maxBytes: number, io: Io): number {
	const read = readText(file, io, maxBytes, `a ${GRAPH_FORMAT_NAMES[format]} file`, `save the file as UTF-8`);
	if (read.text === undefined) return reportErrors([{ file, errors: read.errors }], io);
	let result: Result<ImportedMap>;
	try {
		result = importGraph({ name: file, text: read.text }, format);
	} catch {
		io.err(formatLine(fileError(file, 'internal-error', IMPORT_FAILED)));
		return 2;
	}
	return result.ok ? writeMap(result.value, out, io) : reportErrors([{ file, errors: result.errors }], io);
}

export function importCommand(args: readonly string[], io: Io): number {
	const parsed = parseArguments(args, SPEC);
	const out = lastValue(parsed, '--out');
	const maxBytes = parseMaxBytes(lastValue(parsed, '--max-bytes'));
	const format = lastValue(parsed, '--format');
	if (parsed.paths.length === 1) return importGraphFile(parsed.paths[0], graphFormat(format, parsed.paths[0]), out, maxBytes, io);
	if (parsed.paths.length !== 2) throw new UsageError('import takes one .gexf or .graphml file, or two CSV sheets: the elements sheet, then the connections sheet');
	if (format !== undefined) throw new UsageError(`${FORMAT_HINT}; two files are CSV sheets, which need no --format`);
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
		return writeMap(result.value, out, io);
	} catch {
		io.err(formatLine(fileError(elementsFile, 'internal-error', IMPORT_FAILED)));
		return 2;
	}
}
