/**
 * A failure of our own (a bug in the loader, the audit or the command) must end in one plain
 * line and exit status 2, never in an error's own text or a stack trace, and the other files
 * must still be checked. The failures are put in by replacing modules for this file only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { VALID_MAP } from '../../tests/unit/helpers/fixtures';
import { runMap } from './run-map';

vi.mock('../lib/load/load-map', async (original) => {
	const actual = await original<typeof import('../lib/load/load-map')>();
	return {
		...actual,
		loadMap: (...args: Parameters<typeof actual.loadMap>) => {
			const file = args[1]?.file ?? '';
			if (file.endsWith('stack.yaml')) throw new RangeError('Maximum call stack size exceeded');
			if (file.endsWith('thrown.yaml')) throw 'a string, not an Error';
			return actual.loadMap(...args);
		}
	};
});

vi.mock('../lib/analysis/audit', async (original) => {
	const actual = await original<typeof import('../lib/analysis/audit')>();
	return {
		...actual,
		audit: (...args: Parameters<typeof actual.audit>) => {
			if (args[0].locality.name === 'Audit Fails') throw new TypeError("Cannot read properties of undefined (reading 'push')");
			return actual.audit(...args);
		}
	};
});

vi.mock('../lib/load/check-collection', () => ({
	checkCollection: () => {
		throw new Error('collection exploded');
	}
}));

const projectRoot = resolve(import.meta.dirname, '../..');
let dir: string;

function run(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = runMap(argv, { cwd: dir, projectRoot, out: (text) => out.push(...text.split('\n')), err: (text) => err.push(text) });
	return { code, out, err: err.join('\n') };
}

/** What no output may ever show. */
const INTERNAL = /RangeError|TypeError|Maximum call stack|Cannot read|exploded|a string, not|\n\s+at /;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'internal-error-'));
	writeFileSync(join(dir, 'stack.yaml'), VALID_MAP);
	writeFileSync(join(dir, 'thrown.yaml'), VALID_MAP);
	writeFileSync(join(dir, 'fine.yaml'), VALID_MAP);
	writeFileSync(join(dir, 'audit-fails.yaml'), VALID_MAP.replace('  name: Example Vale', '  name: Audit Fails'));
});

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a failure of our own', () => {
	it('in the loader, on one file: one line for it, the others checked, exit 2', () => {
		const result = run('check', 'stack.yaml', 'fine.yaml', 'thrown.yaml');
		expect(result).toEqual({
			code: 2,
			out: [
				'stack.yaml:1:1: the checker failed on this file: an internal error (please report it)',
				'thrown.yaml:1:1: the checker failed on this file: an internal error (please report it)',
				'3 files checked: 2 with errors, 2 errors in all'
			],
			err: ''
		});
	});

	it('in the loader, as JSON: an error with the code internal-error', () => {
		const result = run('check', '--json', 'stack.yaml');
		expect(result.code).toBe(2);
		expect(JSON.parse(result.out.join('\n')).files[0].errors).toEqual([
			{ file: 'stack.yaml', line: 1, column: 1, path: '', code: 'internal-error', message: 'the checker failed on this file: an internal error (please report it)' }
		]);
	});

	it('in the loader, for audit', () => {
		expect(run('audit', 'stack.yaml')).toEqual({ code: 2, out: ['stack.yaml:1:1: the audit failed on this map: an internal error (please report it)'], err: '' });
	});

	it('in the audit', () => {
		for (const json of [[], ['--json']]) {
			expect(run('audit', 'audit-fails.yaml', ...json)).toEqual({ code: 2, out: ['audit-fails.yaml:1:1: the audit failed on this map: an internal error (please report it)'], err: '' });
		}
	});

	it('outside any one file (the rules across the collection): one line on stderr, exit 2', () => {
		expect(run('check')).toEqual({ code: 2, out: expect.any(Array), err: 'map: the command failed: an internal error (please report it)' });
	});

	it('never shows the error itself', () => {
		for (const argv of [['check', 'stack.yaml', 'thrown.yaml'], ['audit', 'audit-fails.yaml'], ['check']]) {
			const result = run(...argv);
			expect(INTERNAL.test(result.out.join('\n') + result.err)).toBe(false);
		}
	});
});
