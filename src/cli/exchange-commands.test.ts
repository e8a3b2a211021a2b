/**
 * `map export` and `map import` in the test's own process, on every report map in maps/ and
 * on broken sheets: the files written, read back with graphology and papaparse, the exact
 * lines printed and the exit status.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparable } from '../../tests/unit/helpers/exchange';
import { modelOf } from '../../tests/unit/helpers/fixtures';
import { allItems } from '../lib/model/locality-model';
import { runMapIn } from '../../tests/unit/helpers/run-cli';

const projectRoot = resolve(import.meta.dirname, '../..');
let dir: string;
const run = (...argv: string[]) => runMapIn(dir, argv);

const MAPS = readdirSync(join(projectRoot, 'maps')).filter((f) => f.endsWith('.yaml')).sort();

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'exchange-'));
});
afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(MAPS)('every report map: %s', (file) => {
	const path = join(projectRoot, 'maps', file);
	const model = modelOf(readFileSync(path, 'utf8'));
	const edges = model.groups.reduce((n, g) => n + g.members.length, 0) + model.links.length;

	it('exports to GraphML and GEXF on stdout, each item and tie there', () => {
		const graphml = run('export', path, '--format', 'graphml');
		expect(graphml.code).toBe(0);
		expect(graphml.err).toBe('');
		const g1 = parseGraphml(Graph, graphml.out);
		expect(g1.nodes()).toEqual(allItems(model).map((i) => i.id));
		expect(g1.size).toBe(edges);
		const gexf = run('export', path, '--format', 'gexf');
		expect(gexf.code).toBe(0);
		const g2 = parseGexf(Graph, gexf.out);
		expect(g2.nodes()).toEqual(allItems(model).map((i) => i.id));
		expect(g2.size).toBe(edges);
	});

	it('exports to JSON: the model', () => {
		const json = run('export', path, '--format', 'json');
		expect(json.code).toBe(0);
		expect(comparable(JSON.parse(json.out))).toEqual(comparable(model));
	});

	it('exports to CSV, as a zip and as two files, and imports back to an equivalent map', () => {
		const stem = `${model.locality.id}-${model.locality.as_of}`;
		const zip = run('export', path, '--out', `${stem}.zip`);
		expect(zip).toEqual({ code: 0, out: '', err: '' });
		const files = unzipSync(readFileSync(join(dir, `${stem}.zip`)));
		expect(Object.keys(files)).toEqual([`${stem}-elements.csv`, `${stem}-connections.csv`]);

		expect(run('export', path, '--format', 'csv', '--out', '.')).toEqual({ code: 0, out: '', err: '' });
		expect(readFileSync(join(dir, `${stem}-elements.csv`), 'utf8')).toBe(strFromU8(files[`${stem}-elements.csv`]));

		const imported = run('import', `${stem}-elements.csv`, `${stem}-connections.csv`);
		expect(imported.err).toBe('');
		expect(imported.code).toBe(0);
		expect(comparable(modelOf(imported.out))).toEqual(comparable(model));

		expect(run('import', `${stem}-elements.csv`, `${stem}-connections.csv`, '--out', `${stem}.yaml`).code).toBe(0);
		expect(run('check', `${stem}.yaml`).code).toBe(0);
	});

	it.each(['gexf', 'graphml'])('exports to %s and imports back to an equivalent map', (format) => {
		const stem = `${model.locality.id}-${model.locality.as_of}`;
		expect(run('export', path, '--out', `${stem}.${format}`)).toEqual({ code: 0, out: '', err: '' });
		const imported = run('import', `${stem}.${format}`);
		expect(imported.err).toBe('');
		expect(imported.code).toBe(0);
		expect(comparable(modelOf(imported.out))).toEqual(comparable(model));
		expect(run('import', `${stem}.${format}`, '--out', `${stem}-${format}.yaml`)).toEqual({ code: 0, out: '', err: '' });
		expect(run('check', `${stem}-${format}.yaml`).code).toBe(0);
	});
});

describe('map export and import: misuse and faults', () => {
	it('CSV without --out: the usage, exit 2', () => {
		const result = run('export', join(projectRoot, 'maps/banbury.yaml'), '--format', 'csv');
		expect(result.code).toBe(2);
		expect(result.err).toMatch(/^map: --format csv writes two sheets: give --out a \.zip file, or a folder to write both sheets into\n\nUsage:/);
	});

	it('an unknown format: the usage, exit 2', () => {
		const result = run('export', join(projectRoot, 'maps/banbury.yaml'), '--format', 'dot');
		expect(result.code).toBe(2);
		expect(result.err.split('\n')[0]).toBe('map: --format takes one of graphml, gexf, csv, json, e.g. --format graphml; found "dot"');
	});

	it('an invalid map: its errors on stderr as check prints them, exit 1, nothing on stdout', () => {
		writeFileSync(join(dir, 'broken.yaml'), 'locality: { id: x, name: X, as_of: "2005", kidn: pilot }\n');
		expect(run('export', 'broken.yaml', '--format', 'gexf')).toEqual({
			code: 1,
			out: '',
			err: 'broken.yaml:1:44: locality.kidn: unknown key "kidn"; did you mean "kind"?\n1 file checked: 1 with errors, 1 error in all'
		});
	});

	it('a missing file: one line, exit 2', () => {
		expect(run('export', 'nowhere.yaml', '--format', 'json')).toEqual({ code: 2, out: '', err: 'nowhere.yaml:1:1: no such file or folder' });
		expect(run('import', 'nowhere.csv', 'nowhere-too.csv').code).toBe(2);
	});

	it('bad sheets: every fault on stderr with file, row and column, exit 1, no map written', () => {
		writeFileSync(join(dir, 'e.csv'), 'Label,Type,Sector,As of\nVale,locality,,2005\nSchools,agency,educaton,\n');
		writeFileSync(join(dir, 'c.csv'), 'From,To,Type\nSchools,Panel,member\n');
		expect(run('import', 'e.csv', 'c.csv', '--out', 'vale.yaml')).toEqual({
			code: 1,
			out: '',
			err: [
				'e.csv:3:3: Sector: "educaton" is not a sector; expected one of education, health, mental-health, social-care, police, youth, voluntary, community, families, local-authority, housing, other; did you mean "education"?',
				'c.csv:2:2: To: unknown item "Panel": a membership’s To must be the ID or Label of a row of the elements sheet',
				'2 files checked: 2 with errors, 2 errors in all'
			].join('\n')
		});
		expect(() => readFileSync(join(dir, 'vale.yaml'))).toThrow();
	});

	it('import with one file: the usage, exit 2', () => {
		expect(run('import', 'e.csv').err.split('\n')[0]).toBe(
			'map: import takes one .gexf or .graphml file, or two CSV sheets (elements, then connections); say which format "e.csv" is with --format gexf or --format graphml'
		);
		expect(run('import', 'e.csv', '--format', 'dot').err.split('\n')[0]).toBe('map: import --format takes gexf or graphml (for one file), e.g. --format gexf; found "dot"');
		expect(run('import', 'e.csv', 'c.csv', '--format', 'gexf').code).toBe(2);
	});

	it('a bad GEXF: every fault on stderr with file, line and column, exit 1, no map written', () => {
		const gexf = run('export', join(projectRoot, 'maps/banbury.yaml'), '--format', 'gexf').out.replace(/(<attvalue for="sector" value=")education(")/, '$1educaton$2');
		writeFileSync(join(dir, 'bad.gexf'), gexf);
		const line = gexf.split('\n').findIndex((l) => l.includes('value="educaton"')) + 1;
		const column = gexf.split('\n')[line - 1].indexOf('<attvalue') + 1;
		const result = run('import', 'bad.gexf', '--out', 'bad.yaml');
		expect(result.code).toBe(1);
		expect(result.out).toBe('');
		expect(result.err.split('\n')).toEqual([expect.stringMatching(new RegExp(`^bad\\.gexf:${line}:${column}: sector: "educaton" is not a sector; .*did you mean "education"\\?$`)), '1 file checked: 1 with errors, 1 error in all']);
		expect(() => readFileSync(join(dir, 'bad.yaml'))).toThrow();
	});

	it('a file with another ending: --format says what it is', () => {
		writeFileSync(join(dir, 'banbury.xml'), run('export', join(projectRoot, 'maps/banbury.yaml'), '--format', 'graphml').out);
		const imported = run('import', 'banbury.xml', '--format', 'graphml');
		expect(imported.err).toBe('');
		expect(comparable(modelOf(imported.out))).toEqual(comparable(modelOf(readFileSync(join(projectRoot, 'maps/banbury.yaml'), 'utf8'))));
	});
});
