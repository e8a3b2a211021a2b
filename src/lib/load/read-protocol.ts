/**
 * What the page and the loader's worker say to each other (load-in-worker.ts and
 * worker.ts), in a module of its own so that neither bundle pulls in the other.
 */
import type { LocalityModel } from '../model/locality-model';
import { formatError, wholeFileError, type MapError } from './errors';

/** What the page sends the worker: the file's bytes, or the text a user pasted. */
export interface ReadRequest {
	readonly id: number;
	/** The file's name as the user knows it; every error carries it. */
	readonly name: string;
	readonly bytes: Uint8Array | string;
}

/** The model, or every error in the file. */
export type ReadOutcome = { readonly ok: true; readonly model: LocalityModel } | { readonly ok: false; readonly errors: readonly MapError[] };

/** What the worker sends back, for the request of the same id. */
export type ReadReply = ReadOutcome & { readonly id: number };

/**
 * Failures of the reading rather than of the file (the time limit passed, the file could not
 * be read from the computer, the reader stopped on something it could not handle) are map
 * errors too, placed at line 1 column 1 (`wholeFileError`), with the codes `too-slow`,
 * `unreadable` and `reader-failed`, so the page lists them as the command line prints them.
 */
export { formatError, wholeFileError, type MapError };
