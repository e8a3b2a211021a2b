/**
 * The `map` command line, as a function of its arguments, with every command loaded: for
 * a caller in its own process (the tests). The process itself (map.ts) loads only the
 * command it runs.
 */
import { auditCommand } from './audit-command';
import { checkCommand } from './check-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { reportCommand } from './report-command';
import type { Io } from './io';
import { runCommand, type Command, type CommandName } from './run-command';

export { COMMAND_FAILED } from './run-command';

const COMMANDS: Record<CommandName, Command> = {
	check: checkCommand,
	audit: auditCommand,
	export: exportCommand,
	import: importCommand,
	report: reportCommand
};

export function runMap(argv: readonly string[], io: Io): number {
	return runCommand(argv, io, (name) => COMMANDS[name]);
}
