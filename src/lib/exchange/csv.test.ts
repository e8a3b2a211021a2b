import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { smallModel } from '../../../tests/unit/helpers/exchange';
import { reportMaps } from '../../../tests/unit/helpers/maps';
import { allItems, type LocalityModel } from '../model/locality-model';
import { itemAttributes, tieAttributes, tiesOf } from './attributes';
import { cellOf, CONNECTION_HEADERS, csvZip, ELEMENT_HEADERS, sheetNames, toCsvSheets } from './csv';

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

/** The rows the sheets should hold, from the model and the attribute table, before any escaping. */
function expectedRows(model: LocalityModel) {
	const column = (header: string) => ELEMENT_HEADERS.indexOf(header);
	const row = (cells: Record<string, string>) => ELEMENT_HEADERS.map((h) => cells[h] ?? '');
	const l = model.locality;
	const elements = [
		row({ ID: l.id, Label: l.name, Type: 'locality', 'Locality kind': l.kind ?? '', 'As of': l.as_of, Boundary: l.boundary ?? '', Summary: l.summary ?? '', Sources: cellOf(l.sources), 'Expected sectors': cellOf(l.expected_sectors), Notes: l.notes ?? '', Source: l.source ?? '' }),
		...allItems(model).map((item) => row({ ID: item.id, Label: item.name, Type: item.kind, ...Object.fromEntries(itemAttributes.map((a) => [a.header, cellOf(a.value(item))])) }))
	];
	expect(column('ID')).toBe(0);
	const connections = tiesOf(model).map((t) => [t.from, t.to, ...tieAttributes.map((a) => cellOf(a.value(t)))]);
	return { elements, connections };
}

describe('CSV sheets', () => {
	it('write the small map exactly so', async () => {
		const sheets = toCsvSheets(smallModel());
		await expect(sheets.elements).toMatchFileSnapshot('__snapshots__/vale-elements.csv');
		await expect(sheets.connections).toMatchFileSnapshot('__snapshots__/vale-connections.csv');
	});

	it('have the headers that spreadsheet-based mapping tools import', () => {
		const sheets = toCsvSheets(smallModel());
		expect(parse(sheets.elements)[0]).toEqual([...ELEMENT_HEADERS]);
		expect(parse(sheets.connections)[0]).toEqual(['From', 'To', 'Type', 'Attendance', 'Notes', 'Source']);
		expect(CONNECTION_HEADERS).toEqual(['From', 'To', 'Type', 'Attendance', 'Notes', 'Source']);
	});

	it('write a would-be formula with a quote before it, so no spreadsheet runs it', () => {
		const rows = parse(toCsvSheets(smallModel()).elements);
		expect(rows.find((r) => r[0] === 'head')![1]).toBe('\'=HYPERLINK("x")');
	});

	it('read back with papaparse: the same rows, one per item and one per membership or link', () => {
		const model = smallModel();
		const sheets = toCsvSheets(model);
		const expected = expectedRows(model);
		const unescape = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/^'(?=[=+\-@])/, '')));
		expect(unescape(parse(sheets.elements).slice(1))).toEqual(expected.elements);
		expect(parse(sheets.connections).slice(1)).toEqual(expected.connections);
		expect(parse(sheets.connections).slice(1)).toEqual([
			['panel', 'head', 'member', 'regular', '', ''],
			['panel', 'camhs', 'member', 'occasional', "when asked, 'in person'", ''],
			['panel', 'steer', 'raises-issues', '', 'termly\nin writing', '3.1']
		]);
	});

	it.each(reportMaps().map((m) => [m.locality.id + ' ' + m.locality.as_of, m] as const))('read back the same rows: %s', (_, model) => {
		const sheets = toCsvSheets(model);
		const expected = expectedRows(model);
		expect(parse(sheets.elements).slice(1)).toEqual(expected.elements);
		expect(parse(sheets.connections).slice(1)).toEqual(expected.connections);
	});

	it('zip both sheets under their names, the same bytes every time', () => {
		const model = smallModel();
		const zip = csvZip(model);
		const files = unzipSync(zip);
		const names = sheetNames(model);
		expect(Object.keys(files)).toEqual([names.elements, names.connections]);
		expect(names).toEqual({ elements: 'vale-2005-07-elements.csv', connections: 'vale-2005-07-connections.csv' });
		const sheets = toCsvSheets(model);
		expect(strFromU8(files[names.elements])).toBe(sheets.elements);
		expect(strFromU8(files[names.connections])).toBe(sheets.connections);
		expect(csvZip(model)).toEqual(zip);
	});
});
