/**
 * The `map` command line, as a function of its arguments: the commands, the usage on any
 * misuse, and one line, never an error's own text, if something fails that should not.
 */
import { auditCommand } from './audit-command';
import { checkCommand } from './check-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { reportCommand } from './report-command';
import { escapeLine } from './escape';
import type { Io } from './io';
import { USAGE, UsageError } from './usage';

export const COMMAND_FAILED = 'map: the command failed: an internal error (please report it)';

export function runMap(argv: readonly string[], io: Io): number {
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
		if (command === 'check') return checkCommand(rest, io);
		if (command === 'audit') return auditCommand(rest, io);
		if (command === 'export') return exportCommand(rest, io);
		if (command === 'import') return importCommand(rest, io);
		if (command === 'report') return reportCommand(rest, io);
		throw new UsageError(`unknown command "${command}"`);
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`map: ${escapeLine(error.message)}\n\n${USAGE}`);
			return 2;
		}
		io.err(COMMAND_FAILED);
		return 2;
	}
}
