/**
 * `npm run map -- check|audit ...`: the command line (see usage.ts and the README's
 * "Checking a map"). This file ties a command to the process, loading only the command
 * named: `check` never loads the audit, the report or the exchange formats. It runs as
 * .cli/bin/map.mjs, compiled by src/build/build-map.mjs, or from source with tsx.
 */
import { resolve } from 'node:path';
import type { Io } from './io';
import { COMMAND_FAILED, isCommandName, runCommand, type Command, type CommandName } from './run-command';

// A reader that stops early (`| head`) closes the pipe: that ends the output, not in a stack trace.
process.stdout.on('error', () => process.exit());
process.stderr.on('error', () => process.exit());

const LOAD: Record<CommandName, () => Promise<Command>> = {
	check: async () => (await import('./check-command')).checkCommand,
	audit: async () => (await import('./audit-command')).auditCommand,
	export: async () => (await import('./export-command')).exportCommand,
	import: async () => (await import('./import-command')).importCommand,
	report: async () => (await import('./report-command')).reportCommand
};

const io: Io = {
	// npm runs scripts from the project folder; paths the user typed are relative to where they were.
	cwd: process.env.INIT_CWD ?? process.cwd(),
	// This file, src/cli/map.ts, and its compiled copy, .cli/bin/map.mjs, both stand two folders below the project's.
	projectRoot: resolve(import.meta.dirname, '..', '..'),
	out: (text) => process.stdout.write(`${text}\n`),
	err: (text) => process.stderr.write(`${text}\n`)
};

const argv = process.argv.slice(2);
const name = argv[0];
let command: Command | undefined;
try {
	command = isCommandName(name) ? await LOAD[name]() : undefined;
} catch {
	io.err(COMMAND_FAILED);
	process.exit(2);
}
process.exitCode = runCommand(argv, io, (named) => (named === name ? command : undefined));
