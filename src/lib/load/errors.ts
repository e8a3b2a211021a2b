/** A mistake in a file a person wrote, with everything needed to find and fix it. */
export interface MapError {
	/** The file as the user named it. */
	readonly file: string;
	/** 1-based line and column. */
	readonly line: number;
	readonly column: number;
	/** Where in the data, e.g. `groups[2].members[1]`; empty for the file as a whole. */
	readonly path: string;
	/** What was expected and what was found, in plain words. */
	readonly message: string;
	readonly code: ErrorCode;
}

export type ErrorCode =
	| 'too-large'
	| 'not-utf8'
	| 'control-character'
	| 'unreadable'
	| 'no-such-file'
	| 'not-a-file'
	| 'too-slow'
	| 'reader-failed'
	| 'internal-error'
	| 'too-deep'
	| 'yaml-syntax'
	| 'tab-indent'
	| 'duplicate-key'
	| 'several-documents'
	| 'empty'
	| 'not-a-mapping'
	| 'tag'
	| 'alias-bound'
	| 'missing-key'
	| 'unknown-key'
	| 'wrong-type'
	| 'bad-value'
	| 'bad-format'
	| 'duplicate-id'
	| 'unknown-id'
	| 'wrong-kind';

/** An error about a file as a whole (it could not be read, or reading it failed), placed at its start. */
export function wholeFileError(file: string, code: ErrorCode, message: string): MapError {
	return { file, line: 1, column: 1, path: '', code, message };
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly MapError[] };

/** `file:line:col: path: message`, one line, as compilers print. */
export function formatError(error: MapError): string {
	const where = error.path ? `${error.path}: ` : '';
	return `${error.file}:${error.line}:${error.column}: ${where}${error.message}`;
}

/** Errors in the order a reader meets them in the file. */
export function sortErrors(errors: readonly MapError[]): MapError[] {
	return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `groups[2].members[1]` from `['groups', 2, 'members', 1]`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out ? `.${String(part)}` : String(part);
	}
	return out;
}

/** A value as it stood in the file, short enough for one line. */
export function describeValue(value: unknown): string {
	if (value === null || value === undefined) return 'nothing';
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
	if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
	if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
	return 'a mapping';
}
