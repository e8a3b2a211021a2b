/**
 * `map export FILE --format graphml|gexf|csv|json [--out PATH] [--max-bytes N]`: one map in
 * an exchange format, with the layered layout's positions. GraphML, GEXF and JSON go to
 * stdout or to --out; CSV is two sheets, so it needs --out: a `.zip` file holding both, or
 * a folder to write the two files into. An invalid map gives the same errors and exit
 * status as `check`, on stderr.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvZip, sheetNames, toCsvSheets } from '../lib/exchange/csv';
import { exportFormats, isExportFormat, type ExportFormat } from '../lib/exchange/export-formats';
import { exportFile } from '../lib/exchange/formats';
import { layeredPositions } from '../lib/graph/layouts';
import { describeValue } from '../lib/load/errors';
import { lastValue, MAX_BYTES_HINT, parseArguments, parseMaxBytes } from './arguments';
import { fileError, formatLine } from './check-report';
import { loadNamedMap, reportErrors, writeNamed } from './exchange-files';
import type { Io } from './io';
import { UsageError } from './usage';

export const FORMAT_HINT = `--format takes one of ${exportFormats.map((f) => f.value).join(', ')}, e.g. --format graphml`;
const OUT_HINT = '--out takes the path of the file to write, e.g. --out banbury.graphml';

const SPEC = {
	flags: [],
	values: new Map([
		['--format', FORMAT_HINT],
		['--out', OUT_HINT],
		['--max-bytes', MAX_BYTES_HINT]
	])
};

export const EXPORT_FAILED = 'the export failed on this map: an internal error (please report it)';

/** The format given, or the one --out's ending names. */
function formatOf(given: string | undefined, out: string | undefined): ExportFormat {
	if (given !== undefined) {
		if (!isExportFormat(given)) throw new UsageError(`${FORMAT_HINT}; found ${describeValue(given)}`);
		return given;
	}
	const ending = out?.toLowerCase().match(/\.(graphml|gexf|json|zip)$/)?.[1];
	if (ending) return ending === 'zip' ? 'csv' : (ending as ExportFormat);
	throw new UsageError(FORMAT_HINT);
}

const isFolder = (path: string) => {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
};

export function exportCommand(args: readonly string[], io: Io): number {
	const parsed = parseArguments(args, SPEC);
	const out = lastValue(parsed, '--out');
	const format = formatOf(lastValue(parsed, '--format'), out);
	const maxBytes = parseMaxBytes(lastValue(parsed, '--max-bytes'));
	if (parsed.paths.length !== 1) throw new UsageError('export takes exactly one map file');
	if (format === 'csv' && out === undefined) throw new UsageError('--format csv writes two sheets: give --out a .zip file, or a folder to write both sheets into');
	const [file] = parsed.paths;

	const loaded = loadNamedMap(file, resolve(io.cwd, file), maxBytes);
	if (!loaded.ok) return reportErrors([{ file, errors: loaded.errors }], io);
	const model = loaded.value;
	try {
		const options = { positions: layeredPositions(model) };
		if (out === undefined) {
			io.out(String(exportFile(model, format, options).content).replace(/\n$/, ''));
			return 0;
		}
		const target = resolve(io.cwd, out);
		if (format === 'csv' && isFolder(target)) {
			const sheets = toCsvSheets(model);
			const names = sheetNames(model);
			const written = writeNamed(join(out, names.elements), join(target, names.elements), sheets.elements, io) && writeNamed(join(out, names.connections), join(target, names.connections), sheets.connections, io);
			return written ? 0 : 2;
		}
		const content = format === 'csv' ? csvZip(model) : exportFile(model, format, options).content;
		return writeNamed(out, target, content, io) ? 0 : 2;
	} catch {
		io.err(formatLine(fileError(file, 'internal-error', EXPORT_FAILED)));
		return 2;
	}
}
