/**
 * Reading what the user named, on real files in a temporary folder. A named pipe and
 * /dev/zero, which would hang a careless reader, are tried through the command itself, in a
 * child process with a timeout (map.test.ts); here only what cannot hang the tests.
 */
import { createServer, type Server } from 'node:net';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBytes } from '../lib/load/source-text';
import { failureProblem, readMapFile } from './read-map-file';

let dir: string;
let server: Server | undefined;
const text = (path: string, max = 1000) => {
	const read = readMapFile(join(dir, path), max);
	return read.ok ? new TextDecoder().decode(read.bytes) : read.problem;
};

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'read-map-file-'));
	writeFileSync(join(dir, 'map.yaml'), 'locality: x\n');
	writeFileSync(join(dir, 'hundred.yaml'), 'x'.repeat(100));
	writeFileSync(join(dir, 'empty.yaml'), '');
	mkdirSync(join(dir, 'folder.yaml'));
	symlinkSync('map.yaml', join(dir, 'link.yaml'));
	symlinkSync('nowhere.yaml', join(dir, 'dangling.yaml'));
	symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
	symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
	symlinkSync('self.yaml', join(dir, 'self.yaml'));
	writeFileSync(join(dir, 'secret.yaml'), 'locality: x\n');
	chmodSync(join(dir, 'secret.yaml'), 0o000);
});

afterAll(() => {
	server?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('readMapFile', () => {
	it('a regular file: its bytes', () => {
		expect(text('map.yaml')).toBe('locality: x\n');
		expect(text('empty.yaml')).toBe('');
	});

	it('a link to a regular file: followed', () => {
		expect(text('link.yaml')).toBe('locality: x\n');
	});

	it('a file of exactly the bound: read; one byte more: refused, saying its size and the bound', () => {
		expect(text('hundred.yaml', 100)).toBe('x'.repeat(100));
		expect(text('hundred.yaml', 99)).toEqual({ code: 'too-large', message: 'the file is 100 bytes, more than the limit of 99 bytes; split it into smaller maps, or raise the limit with --max-bytes' });
	});

	it('a missing file', () => {
		expect(text('nowhere.yaml')).toEqual({ code: 'no-such-file', message: 'no such file or folder' });
		expect(text('map.yaml/inside.yaml')).toEqual({ code: 'no-such-file', message: 'no such file or folder' });
	});

	it('a link to nothing', () => {
		expect(text('dangling.yaml')).toEqual({ code: 'no-such-file', message: 'is a link to nothing' });
	});

	it('links in a loop, and a link to itself', () => {
		const loop = { code: 'unreadable', message: 'is a link that leads round in a loop, to no file' };
		expect(text('loop-a.yaml')).toEqual(loop);
		expect(text('self.yaml')).toEqual(loop);
	});

	it('a folder', () => {
		expect(text('folder.yaml')).toEqual({ code: 'not-a-file', message: 'is a folder, not a file', folder: true });
	});

	it('a device, refused without being opened', () => {
		expect(readMapFile('/dev/null', 1000)).toEqual({ ok: false, problem: { code: 'not-a-file', message: 'is a device, not a file' } });
	});

	it.skipIf(process.platform === 'win32')('a socket', async () => {
		const path = join(dir, 'socket.yaml');
		server = createServer();
		await new Promise<void>((done) => server?.listen(path, done));
		expect(text('socket.yaml')).toEqual({ code: 'not-a-file', message: 'is a socket, not a file' });
	});

	it.skipIf(process.getuid?.() === 0)('a file the user may not read', () => {
		expect(text('secret.yaml')).toEqual({ code: 'unreadable', message: 'may not be read: permission denied' });
	});

	it.skipIf(process.platform !== 'linux')('a file that says it is empty and is not (/proc): read to its end, within the bound', () => {
		const read = readMapFile('/proc/self/status', 1_000_000);
		expect(read.ok && new TextDecoder().decode(read.bytes)).toMatch(/^Name:/);
		expect(readMapFile('/proc/self/status', 10)).toEqual({
			ok: false,
			problem: { code: 'too-large', message: 'the file is more than the limit of 10 bytes; split it into smaller maps, or raise the limit with --max-bytes' }
		});
	});
});

describe('failureProblem', () => {
	it('says in words what the system refused', () => {
		expect(failureProblem('EACCES', '/x')).toEqual({ code: 'unreadable', message: 'may not be read: permission denied' });
		expect(failureProblem('EPERM', '/x')).toEqual({ code: 'unreadable', message: 'may not be read: permission denied' });
		expect(failureProblem('ENAMETOOLONG', '/x')).toEqual({ code: 'unreadable', message: 'is a name too long for the system' });
		expect(failureProblem('EIO', '/x')).toEqual({ code: 'unreadable', message: 'could not be read (the system said EIO)' });
		expect(failureProblem(undefined, '/x')).toEqual({ code: 'unreadable', message: 'could not be read (the system said nothing more)' });
	});
});

describe('formatBytes', () => {
	it('bytes, kilobytes from 10 KB, megabytes from 1 MB, gigabytes from 1 GB', () => {
		expect([1, 99, 10_239, 10_240, 1024 ** 2, 10 * 1024 ** 2 + 1, 20 * 1024 ** 3].map(formatBytes)).toEqual(['1 byte', '99 bytes', '10239 bytes', '10 KB', '1.0 MB', '10.0 MB', '20.0 GB']);
	});
});
