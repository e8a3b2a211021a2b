import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapError } from './errors';
import { loadReportTable } from './load-report-table';

const FILE = 'maps/report/table-1.yaml';
const TABLE = readFileSync(resolve(import.meta.dirname, '../../..', FILE), 'utf8');

/** The real table with the one line that reads exactly `line` replaced. */
function replaceLine(line: string, replacement: string): string {
	const lines = TABLE.split('\n');
	const found = lines.flatMap((l, i) => (l === line ? [i] : []));
	if (found.length !== 1) throw new Error(`expected one line ${JSON.stringify(line)} in ${FILE}, found ${found.length}`);
	lines[found[0]] = replacement;
	return lines.join('\n');
}

function errorsOf(input: string): readonly MapError[] {
	const result = loadReportTable(input, { file: FILE });
	if (result.ok) throw new Error('expected the table to be refused, but it loaded');
	return result.errors;
}

const error = (line: number, column: number, path: string, code: MapError['code'], message: string): MapError => ({ file: FILE, line, column, path, code, message });

describe('the report table, maps/report/table-1.yaml', () => {
	const result = loadReportTable(TABLE, { file: FILE });
	const table = result.ok ? result.value : undefined;

	it('loads', () => {
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it('has the six cases as published', () => {
		expect(table?.cases).toEqual(['CS 1', 'CS 2', 'CS 3', 'CS 4', 'CS 5', 'CS 6']);
	});

	it('has the 13 rows in the published order, one cell per case', () => {
		expect(table?.rows.map((r) => r.feature)).toEqual([
			'clear-boundaries',
			'links-to-centre',
			'local-ownership',
			'project-management',
			'systems-minding',
			'access-for-all',
			'upstream-downstream',
			'appreciative-system',
			'user-involvement',
			'inclusive-schools',
			'collaborative-advantage',
			'collaborative-inertia',
			'devolved-resources'
		]);
		expect(table?.rows.every((r) => r.cells.length === 6)).toBe(true);
	});

	it('keeps the cells and the key exactly', () => {
		expect(table?.rows[0]).toEqual({ feature: 'clear-boundaries', label: 'Clear bounded localities', cells: ['0', '-', '√√', '0', '√√', '√√'] });
		expect(table?.rows[12].cells).toEqual(['-', '√', '-', '√√', '-', '√']);
		expect(table?.key.map((k) => [k.symbol, k.rating])).toEqual([
			['√√', 'strong'],
			['√', 'evident'],
			['-', 'emergent'],
			['0', 'absent']
		]);
	});
});

describe('a broken report table', () => {
	it('a row with 5 cells is an error at that row’s cells', () => {
		const errors = errorsOf(replaceLine('    cells: ["-", "√", "√√", "√", "-", "-"]', '    cells: ["-", "√", "√√", "√", "-"]'));
		expect(errors).toEqual([
			expect.objectContaining({ file: FILE, line: 21, column: 12, path: 'rows[1].cells', code: 'bad-value', message: 'expected 6 cells, one for each case; found a list of 5 items' })
		]);
	});

	it('a symbol not in the key', () => {
		expect(errorsOf(replaceLine('    cells: ["-", "√", "√√", "√", "-", "-"]', '    cells: ["-", "√", "√√", "√", "-", "++"]'))).toEqual([
			error(21, 39, 'rows[1].cells[5]', 'bad-value', 'expected one of 0, √√, √, -; found "++"')
		]);
	});

	it('a feature misspelt, with a suggestion', () => {
		expect(errorsOf(replaceLine('  - feature: links-to-centre', '  - feature: links-to-center'))).toEqual([
			error(
				19,
				14,
				'rows[1].feature',
				'bad-value',
				'expected one of clear-boundaries, links-to-centre, local-ownership, project-management, systems-minding, access-for-all, upstream-downstream, appreciative-system, user-involvement, inclusive-schools, collaborative-advantage, collaborative-inertia, devolved-resources; found "links-to-center"; did you mean "links-to-centre"?'
			)
		]);
	});

	it('a key entry without its symbol', () => {
		expect(errorsOf(replaceLine('  - { symbol: "√", rating: evident, label: Evident }', '  - { rating: evident, label: Evident }'))).toEqual([
			error(12, 5, 'key[1]', 'missing-key', 'missing required key "symbol"')
		]);
	});

	it('a key misspelt: the key it should be is missing, and the misspelt one is unknown, with a suggestion', () => {
		expect(errorsOf(replaceLine('source: Section 5.1, Table 1', 'sourse: Section 5.1, Table 1'))).toEqual([
			error(4, 1, '', 'missing-key', 'missing required key "source"'),
			error(7, 1, 'sourse', 'unknown-key', 'unknown key "sourse"; did you mean "source"?')
		]);
	});

	it('is read with the same care as a map: tags are refused', () => {
		expect(errorsOf(replaceLine('source: Section 5.1, Table 1', 'source: !!binary U2VjdGlvbg=='))).toEqual([
			expect.objectContaining({ file: FILE, line: 7, path: 'source', code: 'tag', message: 'the tag !!binary is not allowed: a map holds plain data only; remove the tag' })
		]);
	});
});
