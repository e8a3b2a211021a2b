/**
 * Which of two CSV files is the elements sheet and which the connections sheet, whatever
 * order they were chosen or dropped in: by the first row's column names (a connections
 * sheet has From and To), else by the file names. Reads the first line only, so a page may
 * use it before the sheets go to the worker.
 */
import type { SheetText } from './import-protocol';

const firstRow = (text: string) =>
	(text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '')
		.split(/[,;\t]/)
		.map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());

const isConnections = (sheet: SheetText) => {
	const row = firstRow(sheet.text);
	if (row.includes('from') && row.includes('to')) return true;
	if (row.includes('label') || row.includes('id')) return false;
	return /connection|link|edge/i.test(sheet.name);
};

export function orderSheets(a: SheetText, b: SheetText): { elements: SheetText; connections: SheetText } {
	return isConnections(a) && !isConnections(b) ? { elements: b, connections: a } : { elements: a, connections: b };
}

/** Whether a file is a CSV sheet, by its name. */
export const isCsvName = (name: string) => /\.csv$/i.test(name);
