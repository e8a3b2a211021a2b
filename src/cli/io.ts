/** Where a command reads paths from and writes to: the process, or a test. */
export interface Io {
	/** The folder relative paths are read from: where the user typed the command. */
	readonly cwd: string;
	/** The project's folder, whose maps/ a `check` with no paths reads. */
	readonly projectRoot: string;
	/** Writes a line (or lines) to stdout. */
	out(text: string): void;
	/** Writes a line (or lines) to stderr. */
	err(text: string): void;
}
