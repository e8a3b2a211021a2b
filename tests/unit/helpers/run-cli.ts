/** The command line run in this process, in a folder of the test's, its output and errors as text. */
import { resolve } from 'node:path';
import { runMap } from '../../../src/cli/run-map';

const projectRoot = resolve(import.meta.dirname, '../../..');

export function runMapIn(dir: string, argv: readonly string[]): { code: number; out: string; err: string } {
	const out: string[] = [];
	const err: string[] = [];
	const code = runMap(argv, { cwd: dir, projectRoot, out: (text) => out.push(text), err: (text) => err.push(text) });
	return { code, out: out.join('\n'), err: err.join('\n') };
}
