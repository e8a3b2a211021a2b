/**
 * What `check` found in each file, and the three ways of saying it: one line per error
 * (`file:line:col: path: message`, escaped), a summary line, and one JSON document.
 */
import { formatError, wholeFileError, type ErrorCode, type MapError } from '../lib/load/errors';
import { escapeLine, jsonText } from './escape';

/** The loader's codes, which include the command line's own for a path it could not read or a failure of its own. */
export type CheckErrorCode = ErrorCode;
export type CheckError = MapError;

export interface FileResult {
	/** The file as the user named it. */
	readonly file: string;
	readonly errors: readonly CheckError[];
}

/** Codes that say the command could not do its work, not that a map is wrong: exit status 2. */
const NOT_CHECKED: ReadonlySet<CheckErrorCode> = new Set<CheckErrorCode>(['no-such-file', 'not-a-file', 'unreadable', 'internal-error']);

/** An error about a file as a whole, placed at its start so that every line has the same form. */
export const fileError = wholeFileError;

export const INTERNAL_ERROR = 'the checker failed on this file: an internal error (please report it)';

/** One line, whatever the file holds: the same form as formatError, for every code, escaped. */
export function formatLine(error: CheckError): string {
	return escapeLine(formatError(error));
}

export function summaryLine(results: readonly FileResult[]): string {
	const n = results.length;
	const files = `${n} file${n === 1 ? '' : 's'}`;
	const invalid = results.filter((r) => r.errors.length > 0).length;
	const errors = results.reduce((sum, r) => sum + r.errors.length, 0);
	if (errors === 0) return `${files} checked: all valid`;
	return `${files} checked: ${invalid} with errors, ${errors} error${errors === 1 ? '' : 's'} in all`;
}

/** 0 when every file is valid, 1 when any has errors, 2 when any could not be checked. */
export function exitStatus(results: readonly FileResult[]): 0 | 1 | 2 {
	const errors = results.flatMap((r) => r.errors);
	if (errors.some((e) => NOT_CHECKED.has(e.code))) return 2;
	return errors.length > 0 ? 1 : 0;
}

/** The document `check --json` prints; documented in the README ("Checking a map"). */
export interface CheckDocument {
	readonly files: readonly { readonly file: string; readonly valid: boolean; readonly errors: readonly CheckError[] }[];
	readonly valid: number;
	readonly invalid: number;
	readonly errors: number;
}

export function checkDocument(results: readonly FileResult[]): CheckDocument {
	const files = results.map((r) => ({
		file: r.file,
		valid: r.errors.length === 0,
		// Each error with its fields in one fixed order, whatever object it came from.
		errors: r.errors.map(({ file, line, column, path, code, message }) => ({ file, line, column, path, code, message }))
	}));
	const valid = files.filter((f) => f.valid).length;
	return { files, valid, invalid: files.length - valid, errors: files.reduce((sum, f) => sum + f.errors.length, 0) };
}

export function checkJson(results: readonly FileResult[]): string {
	return jsonText(checkDocument(results));
}
