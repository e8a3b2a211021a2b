/**
 * `map check` as a user runs it: a child process on files in the system's temporary
 * folder (outside the project). Each run costs about a second, so all of them start
 * together before the tests and the tests read their results. Every input that could hang
 * a careless reader (a named pipe, /dev/zero) is here, where a timeout can end it.
 * The rest of the command line's cases run in-process, in run-map.test.ts.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Long enough for a busy machine, short enough that a hang fails the test rather than stalling it. */
const TIMEOUT_MS = 20_000;

function childEnv(initCwd?: string): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
	delete env.INIT_CWD;
	if (initCwd !== undefined) env.INIT_CWD = initCwd;
	return env;
}

/** `node --import tsx src/cli/map.ts ...args`, from the project folder; killed after TIMEOUT_MS (code null). */
function runMap(args: readonly string[], initCwd?: string): Promise<Run> {
	return new Promise((done) => {
		execFile(process.execPath, ['--import', 'tsx', 'src/cli/map.ts', ...args], { cwd: projectRoot, env: childEnv(initCwd), timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
			done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
		});
	});
}

/** The command with its stdout closed after the first chunk, as `| head -1` does. */
function runMapClosingEarly(args: readonly string[]): Promise<Run> {
	return new Promise((done) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/map.ts', ...args], { cwd: projectRoot, env: childEnv(), timeout: TIMEOUT_MS });
		let stdout = '';
		let stderr = '';
		child.stdout.once('data', (chunk: Buffer) => {
			stdout = chunk.toString().split('\n')[0];
			child.stdout.destroy();
		});
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('close', (code) => done({ code, stdout, stderr }));
	});
}

const BROKEN = replaceLine('  kind: pilot', '  kidn: pilot').replace('    sector: education', '    sector: educaton');
const SECTORS =
	'education, health, mental-health, social-care, police, youth, voluntary, community, families, local-authority, housing, other';

let dir: string;
let valid: string;
let invalid: string;
let pipe: string;
const runs: Record<string, Run> = {};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'map-cli-test-'));
	valid = join(dir, 'example-vale.yaml');
	invalid = join(dir, 'broken.yaml');
	pipe = join(dir, 'pipe.yaml');
	writeFileSync(valid, VALID_MAP);
	writeFileSync(invalid, BROKEN);
	writeFileSync(join(dir, 'new\nline.yaml'), BROKEN);
	// fs has no mkfifo; the system's command makes one. Nothing ever writes to it: a reader that opened it would wait forever.
	execFileSync('mkfifo', [pipe]);
	mkdirSync(join(dir, 'many'));
	for (let i = 0; i < 2000; i++) writeFileSync(join(dir, 'many', `m${String(i).padStart(4, '0')}.yaml`), '');
	const pending = {
		valid: runMap(['check', valid]),
		invalid: runMap(['check', invalid]),
		all: runMap(['check']),
		unknownCommand: runMap(['frob']),
		missingFile: runMap(['check', join(dir, 'nowhere.yaml')]),
		relative: runMap(['check', 'example-vale.yaml', 'broken.yaml'], dir),
		json: runMap(['check', '--json', 'broken.yaml'], dir),
		pipe: runMap(['check', 'pipe.yaml', 'example-vale.yaml'], dir),
		pipeAudit: runMap(['audit', 'pipe.yaml'], dir),
		devices: runMap(['check', '/dev/zero', '/dev/null', '/dev/stdin']),
		newline: runMap(['check', 'new\nline.yaml'], dir),
		closedEarly: runMapClosingEarly(['check', join(dir, 'many')])
	};
	for (const [name, run] of Object.entries(pending)) runs[name] = await run;
}, 120_000);

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

	it('a missing file: one line saying so, exit 2', () => {
		const missing = join(dir, 'nowhere.yaml');
		expect(runs.missingFile).toEqual({ code: 2, stdout: `${missing}:1:1: no such file or folder\n1 file checked: 1 with errors, 1 error in all\n`, stderr: '' });
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

describe('map check: what could hang or break the process', () => {
	it('--json: the document, parsed, exit 1', () => {
		expect(runs.json.code).toBe(1);
		expect(JSON.parse(runs.json.stdout)).toMatchObject({ files: [{ file: 'broken.yaml', valid: false }], valid: 0, invalid: 1, errors: 2 });
	});

	it('a named pipe: refused without being opened, at once, and the next file checked', () => {
		expect(runs.pipe).toEqual({
			code: 2,
			stdout: 'pipe.yaml:1:1: is a named pipe, not a file\n2 files checked: 1 with errors, 1 error in all\n',
			stderr: ''
		});
	});

	it('a named pipe given to audit', () => {
		expect(runs.pipeAudit).toEqual({ code: 2, stdout: 'pipe.yaml:1:1: is a named pipe, not a file\n', stderr: '' });
	});

	it('/dev/zero, /dev/null and /dev/stdin: devices, refused without being read', () => {
		expect(runs.devices.code).toBe(2);
		expect(runs.devices.stdout.split('\n').slice(0, 2)).toEqual(['/dev/zero:1:1: is a device, not a file', '/dev/null:1:1: is a device, not a file']);
		expect(runs.devices.stdout).toMatch(/\n\/dev\/stdin:1:1: is (a device|a named pipe|a socket), not a file\n3 files checked: 3 with errors, 3 errors in all\n$/);
	});

	it('a file named with a newline: its name escaped, each error one line', () => {
		expect(runs.newline.stdout.split('\n')).toEqual([
			'new\\nline.yaml:4:3: locality.kidn: unknown key "kidn"; did you mean "kind"?',
			`new\\nline.yaml:9:13: agencies[0].sector: expected one of ${SECTORS}; found "educaton"; did you mean "education"?`,
			'1 file checked: 1 with errors, 2 errors in all',
			''
		]);
	});

	it('output closed early (| head -1): the command ends quietly, no stack trace', () => {
		expect(runs.closedEarly.stdout).toBe(`${join(dir, 'many', 'm0000.yaml')}:1:1: the file is empty; a map starts with \`locality:\``);
		expect(runs.closedEarly.stderr).toBe('');
		expect(runs.closedEarly.code).not.toBeNull();
	});
});
