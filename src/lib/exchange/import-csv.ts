/**
 * A map from two spreadsheets: the elements sheet and the connections sheet that `csv.ts`
 * writes, or that a person fills in by hand or takes out of a spreadsheet-based mapping
 * tool. The sheets are read into rows, each cell at its row and column, and the rows into a
 * map by `import-rows.ts`, which every importer shares: every fault reported together, with
 * its file, row and column and a suggestion; nothing half-imported; ids made from names.
 */
import Papa from 'papaparse';
import { didYouMean } from '../load/suggest';
import { CONNECTION_HEADERS, ELEMENT_HEADERS } from './csv';
import { importRows, Problems, sortByFile, type Cell, type ImportedMap, type Row, type Rows, type SheetFile } from './import-rows';
import type { Result } from '../load/errors';

export { idFromName, mapYaml, type ImportedMap, type SheetFile } from './import-rows';

/** Other words for a column that people and tools use. */
const HEADER_ALIASES: ReadonlyMap<string, string> = new Map([
	['name', 'Label'],
	['description', 'Notes'],
	['source id', 'From'],
	['target id', 'To'],
	['kind', 'Type']
]);

/** A cell as written, less the `'` a spreadsheet export puts before a would-be formula. */
function unescapeCell(cell: string): string {
	const trimmed = cell.trim();
	return /^'[=+\-@\t\r]/.test(trimmed) ? trimmed.slice(1) : trimmed;
}

/** The sheet's rows below the header (a sheet's rows count from 1, the header's), empty rows left out; each cell at its row and column. */
function readSheet(file: SheetFile, known: readonly string[], required: readonly string[], entry: string, problems: Problems): Rows | undefined {
	const text = file.text.replace(/^\ufeff/, '');
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
	// A sheet of one column has no delimiter to find: that is no fault.
	for (const error of parsed.errors.filter((e) => e.type !== 'Delimiter')) {
		// Papa's row is the data's 0-based index; a sheet's rows count from 1.
		const row = (error.row ?? 0) + 1;
		problems.add(file.name, row, 1, '', 'bad-format', `this row could not be read as CSV: ${error.message.toLowerCase()}; check its quotes`);
	}
	const [header, ...body] = parsed.data;
	if (!header || header.every((c) => c.trim() === '')) {
		problems.add(file.name, 1, 1, '', 'empty', `the sheet is empty; expected a first row of column names such as ${required.join(', ')}`);
		return undefined;
	}
	const byLower = new Map(known.map((h) => [h.toLowerCase(), h]));
	const columns = new Map<string, number>();
	header.forEach((cell, i) => {
		const word = unescapeCell(cell);
		if (word === '') return;
		const name = byLower.get(word.toLowerCase()) ?? HEADER_ALIASES.get(word.toLowerCase());
		if (name === undefined || !known.includes(name)) {
			problems.add(file.name, 1, i + 1, word, 'unknown-key', `unknown column "${word}"${didYouMean(word, known)}; the columns are ${known.join(', ')}`);
		} else if (columns.has(name)) {
			problems.add(file.name, 1, i + 1, word, 'duplicate-key', `the column "${name}" is here twice (column ${columns.get(name)! + 1} too); keep one`);
		} else columns.set(name, i);
	});
	for (const name of required) {
		if (!columns.has(name)) problems.add(file.name, 1, 1, name, 'missing-key', `the sheet has no "${name}" column; its first row must name the columns, with ${required.join(', ')} among them`);
	}
	const rows = body
		.map((cells, i) => ({ line: i + 2, cells: cells.map(unescapeCell) }))
		.filter((r) => r.cells.some((c) => c !== ''))
		.map(({ line, cells }): Row => ({
			file: file.name,
			line,
			column: 1,
			name: `row ${line}`,
			noun: 'row',
			cells: new Map([...columns].map(([header, i]): [string, Cell] => [header, { text: cells[i] ?? '', line, column: i + 1, path: header }])),
			missing: (header) => ({ text: '', line, column: 1, path: header })
		}));
	return { file: file.name, entry, rows };
}

export function importCsv(elementsFile: SheetFile, connectionsFile: SheetFile): Result<ImportedMap> {
	const problems = new Problems();
	const elements = readSheet(elementsFile, ELEMENT_HEADERS, ['Label', 'Type'], 'a row of the elements sheet', problems);
	const connections = readSheet(connectionsFile, CONNECTION_HEADERS, ['From', 'To', 'Type'], 'a row of the connections sheet', problems);
	if (!elements || !connections || problems.errors.length > 0) {
		return { ok: false, errors: sortByFile(problems.errors, elementsFile.name) };
	}
	return importRows(elements, connections, problems);
}
