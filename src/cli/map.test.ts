/**
 * `map check` as a user runs it: a child process on files in the system's temporary
 * folder (outside the project). Each run costs about a second, so all of them start
 * together before the tests and the tests read their results.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_MAP, replaceLine } from '../../tests/unit/helpers/fixtures';

const projectRoot = resolve(import.meta.dirname, '../..');

interface Run {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** `node --import tsx src/cli/map.ts ...args`, from the project folder. */
function runMap(args: readonly string[], initCwd?: string): Promise<Run> {
	const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
	delete env.INIT_CWD;
	if (initCwd !== undefined) env.INIT_CWD = initCwd;
	return new Promise((done) => {
		execFile(process.execPath, ['--import', 'tsx', 'src/cli/map.ts', ...args], { cwd: projectRoot, env }, (error, stdout, stderr) => {
			done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
		});
	});
}

const BROKEN = replaceLine('  kind: pilot', '  kidn: pilot').replace('    sector: education', '    sector: educaton');
const SECTORS =
	'education, health, mental-health, social-care, police, youth, voluntary, community, families, local-authority, housing, other';

let dir: string;
let valid: string;
let invalid: string;
const runs: Record<string, Run> = {};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'map-cli-test-'));
	valid = join(dir, 'example-vale.yaml');
	invalid = join(dir, 'broken.yaml');
	writeFileSync(valid, VALID_MAP);
	writeFileSync(invalid, BROKEN);
	const pending = {
		valid: runMap(['check', valid]),
		invalid: runMap(['check', invalid]),
		all: runMap(['check']),
		unknownCommand: runMap(['frob']),
		missingFile: runMap(['check', join(dir, 'nowhere.yaml')]),
		relative: runMap(['check', 'example-vale.yaml', 'broken.yaml'], dir)
	};
	for (const [name, run] of Object.entries(pending)) runs[name] = await run;
}, 60_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('map check', () => {
	it('a valid file: exit 0 and one summary line', () => {
		expect(runs.valid).toEqual({ code: 0, stdout: '1 file checked: all valid\n', stderr: '' });
	});

	it('an invalid file: exit 1, each error as file:line:col: path: message, then the summary', () => {
		expect(runs.invalid).toEqual({
			code: 1,
			stdout: [
				`${invalid}:4:3: locality.kidn: unknown key "kidn"; did you mean "kind"?`,
				`${invalid}:9:13: agencies[0].sector: expected one of ${SECTORS}; found "educaton"; did you mean "education"?`,
				'1 file checked: 1 with errors, 2 errors in all',
				''
			].join('\n'),
			stderr: ''
		});
	});

	it('no files: checks every map under maps/ and exits 0', () => {
		const count = readdirSync(join(projectRoot, 'maps'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).length;
		expect(runs.all).toEqual({ code: 0, stdout: `${count} files checked: all valid\n`, stderr: '' });
	});

	it('an unknown command: exit 2 and the usage on stderr', () => {
		expect(runs.unknownCommand.code).toBe(2);
		expect(runs.unknownCommand.stdout).toBe('');
		expect(runs.unknownCommand.stderr).toMatch(/^map: unknown command "frob"\n\nUsage: npm run map -- check /);
	});

	it('a missing file: exit 2 and the usage on stderr', () => {
		expect(runs.missingFile.code).toBe(2);
		expect(runs.missingFile.stdout).toBe('');
		expect(runs.missingFile.stderr).toMatch(/^map: .*nowhere\.yaml: no such file or folder\n\nUsage: npm run map -- check /);
	});

	it('resolves relative paths against INIT_CWD, and shows them as typed', () => {
		expect(runs.relative).toEqual({
			code: 1,
			stdout: [
				'broken.yaml:4:3: locality.kidn: unknown key "kidn"; did you mean "kind"?',
				`broken.yaml:9:13: agencies[0].sector: expected one of ${SECTORS}; found "educaton"; did you mean "education"?`,
				'2 files checked: 1 with errors, 2 errors in all',
				''
			].join('\n'),
			stderr: ''
		});
	});
});
