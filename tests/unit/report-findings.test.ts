/**
 * The report's findings are tests: every row of docs/report-findings.md that the maps can
 * express must hold on the audit of our maps, and the table and this list name the same rows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rows } from './report-findings';

const table = readFileSync('docs/report-findings.md', 'utf8');
/** `| F12 | … | holds |` → F12 and its last cell. */
const documented = new Map(
	[...table.matchAll(/^\| (F\d+) \|.*\| ([^|]+) \|\s*$/gm)].map((m) => [m[1], m[2].trim()] as const)
);

describe('the report’s findings hold on the maps', () => {
	it('lists at least 25 findings the maps express', () => {
		expect(rows.filter((r) => r.expressed).length).toBeGreaterThanOrEqual(25);
	});

	it('the table and the tests list the same rows, each marked as the test treats it', () => {
		expect([...documented.keys()]).toEqual(rows.map((r) => r.id));
		for (const row of rows) expect(documented.get(row.id), row.id).toBe(row.expressed ? 'holds' : 'not expressible');
	});

	for (const row of rows.filter((r) => r.expressed)) {
		it(`${row.id} holds`, () => {
			expect(row.check?.(), row.id).toBe(true);
		});
	}
});
