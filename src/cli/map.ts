/**
 * `npm run map -- check|audit ...`: the command line (see usage.ts and the README's
 * "Checking a map"). This file only ties runMap to the process.
 */
import { resolve } from 'node:path';
import { runMap } from './run-map';

// A reader that stops early (`| head`) closes the pipe: that ends the output, not in a stack trace.
process.stdout.on('error', () => process.exit());
process.stderr.on('error', () => process.exit());

process.exitCode = runMap(process.argv.slice(2), {
	// npm runs scripts from the project folder; paths the user typed are relative to where they were.
	cwd: process.env.INIT_CWD ?? process.cwd(),
	projectRoot: resolve(import.meta.dirname, '..', '..'),
	out: (text) => process.stdout.write(`${text}\n`),
	err: (text) => process.stderr.write(`${text}\n`)
});
