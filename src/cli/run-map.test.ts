/**
 * The command line in the test's own process (runMap with its output captured), on files
 * in a temporary folder: every kind of path and argument a careless user or an attacker
 * might give, each with the exact lines printed and the exit status. Inputs that could hang
 * a careless reader (a named pipe, /dev/zero) run in a child process, in map.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_MAP, replaceLine } from '../../tests/unit/helpers/fixtures';
import { runMap } from './run-map';

const projectRoot = resolve(import.meta.dirname, '../..');
let dir: string;

interface Run {
	readonly code: number;
	/** Each line written to stdout. */
	readonly out: string[];
	readonly err: string;
}

function run(...argv: string[]): Run {
	const out: string[] = [];
	const err: string[] = [];
	const code = runMap(argv, { cwd: dir, projectRoot, out: (text) => out.push(...text.split('\n')), err: (text) => err.push(text) });
	return { code, out, err: err.join('\n') };
}

/** The first line of a usage error, and that the usage follows. */
function usageError(result: Run): string {
	expect(result.code).toBe(2);
	expect(result.out).toEqual([]);
	expect(result.err).toContain('\n\nUsage: npm run map -- check ');
	return result.err.split('\n')[0];
}

const write = (name: string, text: string | Uint8Array) => writeFileSync(join(dir, name), text);
const BROKEN = replaceLine('  kind: pilot', '  kidn: pilot').replace('    sector: education', '    sector: educaton');
const SECTORS = 'education, health, mental-health, social-care, police, youth, voluntary, community, families, local-authority, housing, other';

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'run-map-'));
	write('example-vale.yaml', VALID_MAP);
	write('broken.yaml', BROKEN);
	mkdirSync(join(dir, 'folder'));
	write('folder/ok.yaml', VALID_MAP);
	symlinkSync('gone.yaml', join(dir, 'folder', 'dangling.yaml'));
	symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
});

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('check --json', () => {
	it('a valid and a broken map: one document, every error with its file, place, path, code and message', () => {
		const result = run('check', '--json', 'example-vale.yaml', 'broken.yaml');
		expect(result.code).toBe(1);
		expect(result.err).toBe('');
		expect(result.out.join('\n')).toBe(`{
  "files": [
    {
      "file": "example-vale.yaml",
      "valid": true,
      "errors": []
    },
    {
      "file": "broken.yaml",
      "valid": false,
      "errors": [
        {
          "file": "broken.yaml",
          "line": 4,
          "column": 3,
          "path": "locality.kidn",
          "code": "unknown-key",
          "message": "unknown key \\"kidn\\"; did you mean \\"kind\\"?"
        },
        {
          "file": "broken.yaml",
          "line": 9,
          "column": 13,
          "path": "agencies[0].sector",
          "code": "bad-value",
          "message": "expected one of ${SECTORS}; found \\"educaton\\"; did you mean \\"education\\"?"
        }
      ]
    }
  ],
  "valid": 1,
  "invalid": 1,
  "errors": 2
}`);
	});

	it('every file valid: exit 0', () => {
		const result = run('check', '--json', 'example-vale.yaml');
		expect(result.code).toBe(0);
		expect(JSON.parse(result.out.join('\n'))).toEqual({ files: [{ file: 'example-vale.yaml', valid: true, errors: [] }], valid: 1, invalid: 0, errors: 0 });
	});

	it('a path that cannot be read: in the document with its own code, and exit 2', () => {
		const result = run('check', '--json', 'nowhere.yaml');
		expect(result.code).toBe(2);
		expect(JSON.parse(result.out.join('\n'))).toEqual({
			files: [{ file: 'nowhere.yaml', valid: false, errors: [{ file: 'nowhere.yaml', line: 1, column: 1, path: '', code: 'no-such-file', message: 'no such file or folder' }] }],
			valid: 0,
			invalid: 1,
			errors: 1
		});
	});

	it('misuse: nothing on stdout, the usage on stderr, exit 2', () => {
		expect(usageError(run('check', '--json', '--max-bytes', 'lots'))).toBe('map: --max-bytes takes a whole number of bytes from 1 to 104857600, e.g. --max-bytes 20000000; found "lots"');
	});
});

describe('paths that are not map files: one line each, saying what they are', () => {
	it('a missing file: exit 2, and the other files are still checked', () => {
		const result = run('check', 'nowhere.yaml', 'broken.yaml');
		expect(result).toEqual({
			code: 2,
			out: [
				'nowhere.yaml:1:1: no such file or folder',
				'broken.yaml:4:3: locality.kidn: unknown key "kidn"; did you mean "kind"?',
				`broken.yaml:9:13: agencies[0].sector: expected one of ${SECTORS}; found "educaton"; did you mean "education"?`,
				'2 files checked: 2 with errors, 3 errors in all'
			],
			err: ''
		});
	});

	it('a link to nothing in a checked folder', () => {
		expect(run('check', 'folder')).toEqual({
			code: 2,
			out: ['folder/dangling.yaml:1:1: is a link to nothing', '2 files checked: 1 with errors, 1 error in all'],
			err: ''
		});
	});

	it('a link to nothing given directly', () => {
		expect(run('check', 'folder/dangling.yaml').out[0]).toBe('folder/dangling.yaml:1:1: is a link to nothing');
	});

	it('a map file that is a link to itself', () => {
		expect(run('check', 'loop.yaml')).toEqual({
			code: 2,
			out: ['loop.yaml:1:1: is a link that leads round in a loop, to no file', '1 file checked: 1 with errors, 1 error in all'],
			err: ''
		});
	});

	it('a name too long for the system', () => {
		const long = `${'a'.repeat(5000)}.yaml`;
		expect(run('check', long).out[0]).toBe(`${long}:1:1: is a name too long for the system`);
	});

	it('a device', () => {
		expect(run('check', '/dev/null').out[0]).toBe('/dev/null:1:1: is a device, not a file');
	});

	it('a link to /dev/zero: followed, and refused as a device without being read', () => {
		symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
		expect(run('check', 'zero.yaml').out[0]).toBe('zero.yaml:1:1: is a device, not a file');
	});

	it('a folder given to audit', () => {
		expect(run('audit', 'folder')).toEqual({ code: 2, out: ['folder:1:1: is a folder; audit takes one map file'], err: '' });
	});

	it('a missing file given to audit', () => {
		expect(run('audit', 'nowhere.yaml')).toEqual({ code: 2, out: ['nowhere.yaml:1:1: no such file or folder'], err: '' });
	});
});

describe('the output cannot be forged: every line is one line, and no escape sequence reaches the terminal', () => {
	/** No control character but the newlines between lines, in anything printed. */
	const raw = (result: Run) => /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(result.out.join('\n') + result.err);

	it('a key holding a newline and a forged error line: one line, escaped', () => {
		write('forged-key.yaml', replaceLine('  kind: pilot', '  "kind\\nbroken.yaml:1:1: forged error\\e[2J": pilot'));
		const result = run('check', 'forged-key.yaml');
		expect(result.out).toEqual([
			'forged-key.yaml:4:3: locality.kind\\nbroken.yaml:1:1: forged error\\x1b[2J: unknown key "kind\\nbroken.yaml:1:1: forged error\\x1b[2J"; did you mean "kind"?',
			'1 file checked: 1 with errors, 1 error in all'
		]);
		expect(raw(result)).toBe(false);
	});

	it('an escape sequence and a line separator in a value', () => {
		write('forged-value.yaml', VALID_MAP.replace('    sector: education', '    sector: "\\e[31meducation\\u2028\\u0085"'));
		const result = run('check', 'forged-value.yaml');
		expect(result.out[0]).toBe(`forged-value.yaml:9:13: agencies[0].sector: expected one of ${SECTORS}; found "\\u001b[31meducation\\u2028\\x85"`);
		expect(raw(result)).toBe(false);
	});

	it('a file named with a newline, an escape sequence and a right-to-left override', () => {
		write('bad\nname\u001b[1m\u202e.yaml', BROKEN);
		const result = run('check', 'bad\nname\u001b[1m\u202e.yaml');
		expect(result.out[0]).toBe('bad\\nname\\x1b[1m\\u202e.yaml:4:3: locality.kidn: unknown key "kidn"; did you mean "kind"?');
		expect(result.out).toHaveLength(3);
		expect(raw(result)).toBe(false);
	});

	it.skipIf(process.platform !== 'linux')('a file in a folder named in bytes that are not UTF-8: found, read, and shown with �', () => {
		mkdirSync(join(dir, 'bytes'));
		writeFileSync(Buffer.concat([Buffer.from(join(dir, 'bytes', 'b')), Buffer.from([0xff, 0x1b]), Buffer.from('.yaml')]), BROKEN);
		const result = run('check', 'bytes');
		expect(result.out[0]).toBe('bytes/b\ufffd\\x1b.yaml:4:3: locality.kidn: unknown key "kidn"; did you mean "kind"?');
		expect(result.code).toBe(1);
	});

	it('a missing path with a newline in it', () => {
		expect(run('check', 'no\nsuch.yaml').out).toEqual(['no\\nsuch.yaml:1:1: no such file or folder', '1 file checked: 1 with errors, 1 error in all']);
	});

	it('an unknown option with an escape sequence: escaped in the usage error', () => {
		expect(usageError(run('check', '--\u001b[31mjson'))).toBe('map: unknown option "--\\x1b[31mjson"; to check a file whose name begins with -, put -- before it');
	});

	it('the readable audit: names with escape sequences and newlines stay inside their line', () => {
		const map = VALID_MAP.replace('  name: Example Vale', '  name: "Example \\e[31mVale\\nHubs (9)"').replace('    name: Schools', '    name: "Schools\\e]0;pwned\\a\\u2028"');
		write('names.yaml', map);
		const result = run('audit', 'names.yaml');
		expect(result.code).toBe(0);
		expect(result.out[0]).toBe('Audit of Example \\x1b[31mVale\\nHubs (9) as of 2005');
		expect(result.out.join('\n')).toContain('Schools\\x1b]0;pwned\\x07\\u2028');
		expect(result.out).not.toContain('Hubs (9) as of 2005');
		expect(raw(result)).toBe(false);
	});

	it('the audit as JSON: the names exactly, escaped only as JSON writes them', () => {
		write('names-json.yaml', VALID_MAP.replace('  name: Example Vale', '  name: "Example \\e[31mVale\\u2028"'));
		const result = run('audit', 'names-json.yaml', '--json');
		expect(result.code).toBe(0);
		expect(result.out.join('\n')).toContain('"name": "Example \\u001b[31mVale\\u2028"');
		expect(JSON.parse(result.out.join('\n')).locality.name).toBe('Example \u001b[31mVale\u2028');
		expect(raw(result)).toBe(false);
	});
});

describe('hostile arguments', () => {
	it('"-" (standard input) is refused, not read', () => {
		expect(usageError(run('check', '-'))).toBe('map: "-" would be standard input, which is not read; give the path of a map file');
	});

	it('a file whose name begins with -, after --', () => {
		write('-dash.yaml', VALID_MAP);
		expect(run('check', '--', '-dash.yaml')).toEqual({ code: 0, out: ['1 file checked: all valid'], err: '' });
		expect(usageError(run('check', '-dash.yaml'))).toBe('map: unknown option "-dash.yaml"; to check a file whose name begins with -, put -- before it');
	});

	it.each([['junk'], [''], ['-5'], ['0'], ['1e3'], ['0x10'], ['12.5'], [' 12'], ['99999999999'], ['104857601'], ['Infinity'], ['x'.repeat(100_000)]])(
		'--max-bytes %j: refused with the form it takes',
		(value) => {
			expect(usageError(run('check', '--max-bytes', value, 'example-vale.yaml'))).toMatch(
				/^map: --max-bytes takes a whole number of bytes from 1 to 104857600, e\.g\. --max-bytes 20000000; found "[^\n]{0,40}"$/
			);
		}
	);

	it('--max-bytes with no value', () => {
		expect(usageError(run('check', 'example-vale.yaml', '--max-bytes'))).toBe('map: --max-bytes takes a whole number of bytes from 1 to 104857600, e.g. --max-bytes 20000000');
	});

	it('--max-bytes smaller than the file: refused before reading, with its size; as --max-bytes=N too', () => {
		const size = Buffer.byteLength(VALID_MAP);
		const line = `example-vale.yaml:1:1: the file is ${size} bytes, more than the limit of 100 bytes; split it into smaller maps, or raise the limit with --max-bytes`;
		expect(run('check', '--max-bytes', '100', 'example-vale.yaml')).toEqual({ code: 1, out: [line, '1 file checked: 1 with errors, 1 error in all'], err: '' });
		expect(run('check', '--max-bytes=100', 'example-vale.yaml').out[0]).toBe(line);
		expect(run('check', `--max-bytes=${size}`, 'example-vale.yaml').code).toBe(0);
	});

	it('a 20 GB file (sparse): refused at once from its size, never read', () => {
		const path = join(dir, 'huge.yaml');
		writeFileSync(path, '');
		truncateSync(path, 20 * 1024 ** 3);
		expect(run('check', 'huge.yaml').out[0]).toBe('huge.yaml:1:1: the file is 20.0 GB, more than the limit of 10.0 MB; split it into smaller maps, or raise the limit with --max-bytes');
		rmSync(path);
	});

	it.each([['NaN'], [''], ['1.5'], ['-0'], ['-0.1'], ['Infinity'], ['0x1'], ['1e-1'], ['.']])('--threshold %j: refused', (value) => {
		expect(usageError(run('audit', 'example-vale.yaml', '--threshold', value))).toMatch(/^map: --threshold takes a number from 0 to 1, e\.g\. --threshold 0\.6; found ".*"$/);
	});

	it('--threshold 0, .5 and 1: taken', () => {
		for (const value of ['0', '.5', '1', '1.0', '0.60']) expect([value, run('audit', 'example-vale.yaml', '--threshold', value).code]).toEqual([value, 0]);
	});

	it('--remove with 100,000 unknown ids: one line naming five', () => {
		const ids = Array.from({ length: 100_000 }, (_, i) => `x${i}`).join(',');
		expect(usageError(run('audit', 'example-vale.yaml', '--remove', ids))).toBe('map: --remove: example-vale.yaml has no item "x0", "x1", "x2", "x3", "x4" and 99995 more');
	});

	it('--remove with no ids, or ids of what every object inherits', () => {
		expect(usageError(run('audit', 'example-vale.yaml', '--remove', ' , ,'))).toBe('map: --remove takes item ids separated by commas, e.g. --remove pilot-coordinator');
		expect(usageError(run('audit', 'example-vale.yaml', '--remove', 'constructor,__proto__,toString'))).toBe(
			'map: --remove: example-vale.yaml has no item "constructor", "__proto__" and "toString"'
		);
	});

	it('--remove given twice, and the same id twice: every id, once', () => {
		const result = run('audit', 'example-vale.yaml', '--json', '--remove', 'hsclw,hsclw', '--remove', 'schools');
		expect(result.code).toBe(0);
		expect(JSON.parse(result.out.join('\n')).whatIf.removed).toEqual(['hsclw', 'schools']);
	});

	it('a flag with a value', () => {
		expect(usageError(run('check', '--json=yes', 'example-vale.yaml'))).toBe('map: --json takes no value');
	});

	it('audit of two files, or none', () => {
		expect(usageError(run('audit', 'example-vale.yaml', 'broken.yaml'))).toBe('map: audit takes exactly one map file');
		expect(usageError(run('audit'))).toBe('map: audit takes exactly one map file');
	});

	it('--help after a command: the usage on stdout, exit 0', () => {
		const result = run('check', '--help');
		expect(result.code).toBe(0);
		expect(result.out[0]).toBe('Usage: npm run map -- check [--json] [--max-bytes N] [file or folder ...]');
	});
});

describe('hostile files', () => {
	it('bytes that are not text', () => {
		write('binary.yaml', Uint8Array.from({ length: 256 }, (_, i) => (i * 167) % 256));
		expect(run('check', 'binary.yaml').out[0]).toBe('binary.yaml:1:1: this line is not valid UTF-8 text; save the file as UTF-8');
	});

	it('an empty file', () => {
		write('empty.yaml', '');
		expect(run('check', 'empty.yaml').out[0]).toBe('empty.yaml:1:1: the file is empty; a map starts with `locality:`');
	});

	it('the same file twice: checked twice', () => {
		expect(run('check', 'example-vale.yaml', 'example-vale.yaml').out).toEqual(['2 files checked: all valid']);
	});

	it('10,000 files in a folder: each checked, one line each', () => {
		// About 3 s on the development machine (2 busy cores).
		mkdirSync(join(dir, 'many'));
		for (let i = 0; i < 10_000; i++) write(`many/m${String(i).padStart(5, '0')}.yaml`, i % 1000 === 0 ? VALID_MAP : '');
		const result = run('check', 'many');
		expect(result.code).toBe(1);
		expect(result.out).toHaveLength(9_991);
		expect(result.out[0]).toBe(`${join('many', 'm00001.yaml')}:1:1: the file is empty; a map starts with \`locality:\``);
		expect(result.out.at(-1)).toBe('10000 files checked: 9990 with errors, 9990 errors in all');
	});

	it('ids named for what every object inherits: checked and audited like any other', () => {
		write(
			'inherited.yaml',
			`locality: { id: inherited, name: Inherited, kind: pilot, as_of: 2005 }
agencies:
  - { id: constructor, name: Constructor, sector: education }
  - { id: "0", name: Zero, sector: health }
  - { id: length, name: Length, sector: police }
roles:
  - { id: to-string, name: A role, agency: constructor }
groups:
  - { id: has-own-property, name: A group, type: core-group, chair: to-string, members: [constructor, "0", length, to-string] }
links:
  - { from: "0", to: length, kind: refers }
`
		);
		expect(run('check', 'inherited.yaml')).toEqual({ code: 0, out: ['1 file checked: all valid'], err: '' });
		const audited = run('audit', 'inherited.yaml');
		expect([audited.code, audited.out[0], audited.err]).toEqual([0, 'Audit of Inherited as of 2005', '']);
		expect(run('audit', 'inherited.yaml', '--json', '--remove', 'constructor').code).toBe(0);
	});
});
