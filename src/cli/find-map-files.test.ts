import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMapFiles } from './find-map-files';

let dir: string;
const shown = (paths: string[]) => findMapFiles(paths, dir).map((t) => (t.problem ? `${t.shown} (${t.problem.message})` : t.shown));

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'find-map-files-'));
	const tree = join(dir, 'tree');
	mkdirSync(join(tree, 'b-sub', 'deeper'), { recursive: true });
	for (const file of ['a.yaml', 'c.YML', 'notes.txt', 'b-sub/x.yaml', 'b-sub/deeper/y.yaml']) writeFileSync(join(tree, file), '');
	symlinkSync('..', join(tree, 'b-sub', 'up')); // a link back up: a cycle
	symlinkSync('b-sub', join(tree, 'z-again')); // a second way into a folder already walked
	symlinkSync('gone.yaml', join(tree, 'd-dangling.yaml'));
	symlinkSync('gone', join(tree, 'e-dangling')); // not named .yaml: not a map, not listed
	execFileSync('mkfifo', [join(tree, 'f-pipe.yaml')]);
	const many = join(dir, 'many');
	mkdirSync(many);
	for (let i = 0; i < 10_000; i++) writeFileSync(join(many, `m${String(i).padStart(5, '0')}.yaml`), '');
});

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('findMapFiles', () => {
	it('a file, as given, whatever it is; reading it says what it is', () => {
		expect(shown(['tree/a.yaml', 'nowhere.yaml', 'tree/f-pipe.yaml'])).toEqual(['tree/a.yaml', 'nowhere.yaml', 'tree/f-pipe.yaml']);
	});

	it('a folder: every .yaml and .yml under it, in name order, each real folder once, never round a cycle', () => {
		expect(shown(['tree'])).toEqual(['tree/a.yaml', 'tree/b-sub/deeper/y.yaml', 'tree/b-sub/x.yaml', 'tree/c.YML', 'tree/d-dangling.yaml', 'tree/f-pipe.yaml']);
	});

	it('a link to a folder, given: walked like the folder, and its link up once', () => {
		expect(shown(['tree/z-again'])).toEqual([
			'tree/z-again/deeper/y.yaml',
			'tree/z-again/up/a.yaml',
			'tree/z-again/up/c.YML',
			'tree/z-again/up/d-dangling.yaml',
			'tree/z-again/up/f-pipe.yaml',
			'tree/z-again/x.yaml'
		]);
	});

	it.skipIf(process.getuid?.() === 0)('a folder that may not be read: one entry saying so', () => {
		const locked = join(dir, 'locked');
		mkdirSync(locked);
		chmodSync(locked, 0o000);
		try {
			expect(shown(['locked'])).toEqual(['locked (may not be read: permission denied)']);
		} finally {
			chmodSync(locked, 0o700);
		}
	});

	it('folders nested 400 deep: walked without recursion', () => {
		const deep = join(dir, 'deep', ...Array.from({ length: 400 }, () => 'd'));
		mkdirSync(deep, { recursive: true });
		writeFileSync(join(deep, 'bottom.yaml'), '');
		expect(findMapFiles(['deep'], dir).map((t) => t.shown)).toEqual([join('deep', ...Array.from({ length: 400 }, () => 'd'), 'bottom.yaml')]);
	});

	it('10,000 files in a folder: all of them, in order', () => {
		const files = findMapFiles(['many'], dir);
		expect(files).toHaveLength(10_000);
		expect(files[0].shown).toBe(join('many', 'm00000.yaml'));
		expect(files[9_999].shown).toBe(join('many', 'm09999.yaml'));
	});
});
