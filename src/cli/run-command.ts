/**
 * One run of the command line, whichever command it names: the usage on any misuse, and
 * one line, never an error's own text, if something fails that should not. The commands
 * themselves are given by the caller: all of them at once (run-map.ts, in a test's own
 * process), or only the one named (map.ts, so that a process loads only what it runs).
 */
import { escapeLine } from './escape';
import type { Io } from './io';
import { USAGE, UsageError } from './usage';

export const COMMAND_FAILED = 'map: the command failed: an internal error (please report it)';

export const COMMAND_NAMES = ['check', 'audit', 'export', 'import', 'report'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** A command: its arguments (after its name) in, the exit status out. */
export type Command = (args: readonly string[], io: Io) => number;

export const isCommandName = (name: string | undefined): name is CommandName => (COMMAND_NAMES as readonly (string | undefined)[]).includes(name);

export function runCommand(argv: readonly string[], io: Io, commandNamed: (name: CommandName) => Command | undefined): number {
	const [command, ...rest] = argv;
	const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
	if (command === undefined || command === '-h' || command === '--help' || command === 'help' || options.includes('-h') || options.includes('--help')) {
		if (command === undefined) {
			io.err(USAGE);
			return 2;
		}
		io.out(USAGE);
		return 0;
	}
	try {
		const run = isCommandName(command) ? commandNamed(command) : undefined;
		if (!run) throw new UsageError(`unknown command "${command}"`);
		return run(rest, io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`map: ${escapeLine(error.message)}\n\n${USAGE}`);
			return 2;
		}
		io.err(COMMAND_FAILED);
		return 2;
	}
}
