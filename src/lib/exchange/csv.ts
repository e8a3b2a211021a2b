/**
 * The map as two spreadsheets, of the kind spreadsheet-based mapping tools (Kumu, Graph
 * Commons, Onodo) import: an elements sheet, one row per item with its type and its
 * attributes (and a first row for the locality itself), and a connections sheet, one row
 * per membership (from the group to the member) and per link. Lists are written separated
 * by `|`; true and false as words. A cell that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` first) is written with a `'` before it, which spreadsheets show as
 * text and the importer takes off again. Zipped together with `csvZip`.
 */
import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import { allItems, type LocalityModel } from '../model/locality-model';
import { itemAttributes, localityAttributes, tieAttributes, tiesOf, type Value } from './attributes';

/** The Type of the locality's own row in the elements sheet. */
export const LOCALITY_TYPE = 'locality';

const itemHeaders = itemAttributes.filter((a) => a.key !== 'notes' && a.key !== 'source').map((a) => a.header);
const localityOnly = localityAttributes.filter((a) => !['ID', 'Label', 'Notes', 'Source'].includes(a.header)).map((a) => a.header);

/** The elements sheet's columns, in order. */
export const ELEMENT_HEADERS: readonly string[] = ['ID', 'Label', 'Type', ...itemHeaders, ...localityOnly, 'Notes', 'Source'];
/** The connections sheet's columns, in order. */
export const CONNECTION_HEADERS: readonly string[] = ['From', 'To', ...tieAttributes.map((a) => a.header)];

/** A value as a cell: lists joined by `|`, nothing as an empty cell. */
export function cellOf(value: Value | undefined): string {
	if (value === undefined) return '';
	return Array.isArray(value) ? value.join('|') : String(value);
}

export interface Sheets {
	readonly elements: string;
	readonly connections: string;
}

const unparse = (fields: readonly string[], data: string[][]) => Papa.unparse({ fields: [...fields], data }, { escapeFormulae: true, newline: '\r\n' });

export function toCsvSheets(model: LocalityModel): Sheets {
	const column = new Map(ELEMENT_HEADERS.map((h, i) => [h, i]));
	const row = (cells: [string, Value | undefined][]) => {
		const out = ELEMENT_HEADERS.map(() => '');
		for (const [header, value] of cells) out[column.get(header)!] = cellOf(value);
		return out;
	};
	const localityRow = row([['Type', LOCALITY_TYPE], ...localityAttributes.map((a): [string, Value | undefined] => [a.header, a.value(model.locality)])]);
	const itemRows = allItems(model).map((item) =>
		row([['ID', item.id], ['Label', item.name], ['Type', item.kind], ...itemAttributes.map((a): [string, Value | undefined] => [a.header, a.value(item)])])
	);
	const connectionRows = tiesOf(model).map((tie) => [tie.from, tie.to, ...tieAttributes.map((a) => cellOf(a.value(tie)))]);
	return { elements: unparse(ELEMENT_HEADERS, [localityRow, ...itemRows]), connections: unparse(CONNECTION_HEADERS, connectionRows) };
}

/** The two sheets' file names: `banbury-2005-07-elements.csv`, `…-connections.csv`. */
export function sheetNames(model: LocalityModel): Sheets {
	const stem = exportStem(model);
	return { elements: `${stem}-elements.csv`, connections: `${stem}-connections.csv` };
}

/** The stem of every exported file's name: the locality's id and date, which are kebab-case and safe in any file system. */
export function exportStem(model: LocalityModel): string {
	return `${model.locality.id}-${model.locality.as_of}`;
}

/** Zip entries carry a date; a fixed one keeps the same map's zip the same, byte for byte. */
const ZIP_DATE = new Date(Date.UTC(2005, 0, 1));

/** Both sheets in one zip, each under its own name. */
export function csvZip(model: LocalityModel): Uint8Array {
	const sheets = toCsvSheets(model);
	const names = sheetNames(model);
	return zipSync({ [names.elements]: [strToU8(sheets.elements), { mtime: ZIP_DATE }], [names.connections]: [strToU8(sheets.connections), { mtime: ZIP_DATE }] });
}
