/**
 * `map report`: the audit report as Markdown on stdout or in a file, as JSON, and every way
 * it refuses, with the exact lines printed and the exit status, in the test's own process.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_MAP, modelOf, replaceLine } from '../../tests/unit/helpers/fixtures';
import { audit } from '../lib/analysis/audit';
import { auditReport } from '../lib/views/audit-report';
import { auditReportMarkdown } from '../lib/views/audit-report-markdown';
import { runMapIn } from '../../tests/unit/helpers/run-cli';

let dir: string;
const run = (...argv: string[]) => runMapIn(dir, argv);

const model = modelOf(VALID_MAP);
const MARKDOWN = auditReportMarkdown(auditReport(model, audit(model)));

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'report-'));
	writeFileSync(join(dir, 'example-vale.yaml'), VALID_MAP);
	writeFileSync(join(dir, 'broken.yaml'), replaceLine('  kind: pilot', '  kidn: pilot'));
	mkdirSync(join(dir, 'folder'));
});

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('map report', () => {
	it('prints the report as Markdown: the same text the page downloads', () => {
		const result = run('report', 'example-vale.yaml');
		expect(result).toEqual({ code: 0, out: MARKDOWN.replace(/\n$/, ''), err: '' });
		expect(result.out.split('\n')[0]).toBe('# Audit report: Example Vale as of 2005');
	});

	it('--out writes the file, and prints nothing', () => {
		expect(run('report', 'example-vale.yaml', '--out', 'vale.md')).toEqual({ code: 0, out: '', err: '' });
		expect(readFileSync(join(dir, 'vale.md'), 'utf8')).toBe(MARKDOWN);
	});

	it('--json prints the report as one JSON object', () => {
		const result = run('report', '--json', 'example-vale.yaml');
		expect(result.code).toBe(0);
		expect(JSON.parse(result.out)).toEqual(JSON.parse(JSON.stringify(auditReport(model, audit(model)))));
	});

	it('a broken map: the errors and the summary, as check prints them, and status 1', () => {
		const result = run('report', 'broken.yaml');
		expect(result.code).toBe(1);
		expect(result.out.split('\n')).toEqual(['broken.yaml:4:3: locality.kidn: unknown key "kidn"; did you mean "kind"?', '1 file checked: 1 with errors, 1 error in all']);
		expect(result.err).toBe('');
	});

	it('a folder or a missing file: one line, status 2', () => {
		expect(run('report', 'folder')).toEqual({ code: 2, out: 'folder:1:1: is a folder; audit takes one map file', err: '' });
		expect(run('report', 'nowhere.yaml')).toEqual({ code: 2, out: 'nowhere.yaml:1:1: no such file or folder', err: '' });
	});

	it('a file that cannot be written: one line on stderr, status 2, nothing on stdout', () => {
		expect(run('report', 'example-vale.yaml', '--out', 'no/such/folder/x.md')).toEqual({ code: 2, out: '', err: 'map: could not write "no/such/folder/x.md": no such folder' });
		expect(run('report', 'example-vale.yaml', '--out', 'folder')).toEqual({ code: 2, out: '', err: 'map: could not write "folder": it is a folder' });
	});

	it('misuse: the usage, status 2', () => {
		for (const [args, message] of [
			[['report'], 'map: report takes exactly one map file'],
			[['report', 'example-vale.yaml', 'broken.yaml'], 'map: report takes exactly one map file'],
			[['report', 'example-vale.yaml', '--out'], 'map: --out takes the path of the file to write, e.g. --out banbury-report.md'],
			[['report', 'example-vale.yaml', '--out='], 'map: --out takes the path of the file to write, e.g. --out banbury-report.md'],
			[['report', 'example-vale.yaml', '--remove', 'x'], 'map: unknown option "--remove"; to check a file whose name begins with -, put -- before it']
		] as const) {
			const result = run(...args);
			expect([result.code, result.out, result.err.split('\n')[0]]).toEqual([2, '', message]);
			expect(result.err).toContain('npm run map -- report FILE [--out PATH]');
		}
	});
});
