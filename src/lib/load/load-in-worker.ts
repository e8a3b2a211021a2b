/**
 * Reads a map off the page's own thread: the loader runs in a Web Worker (worker.ts) with
 * the same bounds as the command line, so a pasted 10 MB map or an alias bomb never
 * freezes the tab. One read at a time: a new read replaces one still running (its worker
 * is stopped, since it may be stuck on a hostile file), and a read that takes longer than
 * the time limit is stopped with a clear message and the worker started afresh.
 *
 * This module imports no part of the loader itself (only its types and the size check,
 * which pull in neither `yaml` nor `zod`): the worker's bundle holds the loader, the
 * page's does not.
 */
import type { MapError } from './errors';
import { wholeFileError, type ReadOutcome, type ReadReply, type ReadRequest } from './read-protocol';
import { DEFAULT_MAX_BYTES, tooLargeError } from './source-text';

export type { MapError, ReadOutcome } from './read-protocol';

/**
 * The worker as this module uses it, so that tests can give a stand-in. Its successful
 * replies may carry more than the model (the map worker adds the audit): `T` is the outcome
 * with them, passed on to the page as it came.
 */
export interface WorkerLike<T extends ReadOutcome = ReadOutcome> {
	onmessage: ((event: MessageEvent<ReadReply & (T | { ok: false })>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	onmessageerror: ((event: MessageEvent) => void) | null;
	postMessage(message: ReadRequest, transfer: Transferable[]): void;
	terminate(): void;
}

export interface MapReaderOptions<T extends ReadOutcome = ReadOutcome> {
	/** Stop a read after this many milliseconds (default 15 s). */
	readonly timeoutMs?: number;
	/** Refuse files larger than this many bytes before reading them (default: the loader's bound). */
	readonly maxBytes?: number;
	/**
	 * Starts the worker: in the browser, `startMapWorker` (workers/start-map-worker.ts), which
	 * reads, audits and edits maps; in tests, a stand-in.
	 */
	readonly createWorker: () => WorkerLike<T>;
}

export interface MapReader<T extends ReadOutcome = ReadOutcome> {
	/**
	 * Reads a file (a `File` or `Blob`) or pasted text. Resolves to the model or the errors;
	 * to `undefined` when a later read replaced this one before it finished.
	 */
	read(name: string, input: Blob | string): Promise<T | Extract<ReadOutcome, { ok: false }> | undefined>;
	/** Stops the worker; a later read starts another. */
	close(): void;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * The loader's own refusal of a file over the size bound, from its size alone. The size
 * check in `decodeSource` looks at nothing but the length of the bytes, so a stand-in
 * with that length gets its words without a byte of the file being read.
 */
export function refuseBySize(file: string, size: number, maxBytes = DEFAULT_MAX_BYTES): MapError | undefined {
	return size <= maxBytes ? undefined : tooLargeError(file, size, maxBytes);
}

export function createMapReader<T extends ReadOutcome = ReadOutcome>(options: MapReaderOptions<T>): MapReader<T> {
	type Outcome = T | Extract<ReadOutcome, { ok: false }>;
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const create = options.createWorker;

	let worker: WorkerLike<T> | undefined;
	let latest = 0;
	let pending: { id: number; name: string; settle: (outcome: Outcome | undefined) => void; timer: ReturnType<typeof setTimeout> } | undefined;

	function stopWorker() {
		worker?.terminate();
		worker = undefined;
	}

	function settle(outcome: Outcome | undefined) {
		if (!pending) return;
		clearTimeout(pending.timer);
		const done = pending.settle;
		pending = undefined;
		done(outcome);
	}

	/** The worker catches every error of its own: this is the browser stopping it (say, out of memory), or refusing to start it. */
	function fail() {
		stopWorker();
		if (!pending) return;
		const message = 'the browser stopped reading this map before it was done (it may have run out of memory); a locality map is far smaller';
		settle({ ok: false, errors: [wholeFileError(pending.name, 'reader-failed', message)] });
	}

	function ensureWorker(): WorkerLike<T> {
		if (worker) return worker;
		const started = create();
		started.onmessage = (event) => {
			const reply = event.data;
			if (pending && reply?.id === pending.id) {
				const { id: _, ...outcome } = reply;
				settle(outcome as Outcome);
			}
		};
		started.onerror = (event) => {
			event.preventDefault();
			fail();
		};
		started.onmessageerror = fail;
		worker = started;
		return started;
	}

	return {
		async read(name, input) {
			const id = ++latest;
			if (pending) {
				// The read it replaces may be stuck on a hostile file: start afresh.
				stopWorker();
				settle(undefined);
			}
			let bytes: Uint8Array | string;
			if (typeof input === 'string') bytes = input;
			else {
				const refused = refuseBySize(name, input.size, maxBytes);
				if (refused) return { ok: false, errors: [refused] };
				try {
					bytes = new Uint8Array(await input.arrayBuffer());
				} catch {
					if (id !== latest) return undefined;
					return { ok: false, errors: [wholeFileError(name, 'unreadable', 'the file could not be read from your computer; check that it is still there and that you may open it')] };
				}
			}
			if (id !== latest) return undefined;
			return new Promise<Outcome | undefined>((resolve) => {
				const timer = setTimeout(() => {
					stopWorker();
					const seconds = Math.round(timeoutMs / 1000);
					settle({ ok: false, errors: [wholeFileError(name, 'too-slow', `the map took too long to read (more than ${seconds} seconds), so reading stopped; a locality map is read in well under a second`)] });
				}, timeoutMs);
				pending = { id, name, settle: resolve, timer };
				try {
					// The file's bytes move to the worker rather than being copied.
					ensureWorker().postMessage({ id, name, bytes }, typeof bytes === 'string' ? [] : [bytes.buffer]);
				} catch {
					fail();
				}
			});
		},
		close() {
			stopWorker();
			settle(undefined);
		}
	};
}
