/**
 * Imports a map (two CSV sheets, or one GEXF or GraphML file) off the page's thread, in the map worker, so that the page's own
 * bundle holds neither `yaml` nor `zod`. Each import starts a worker of its own and stops it
 * when answered, or when it takes too long, or when the browser stops it.
 */
import { wholeFileError } from '../load/errors';
import { sourceName, type ImportOutcome, type ImportReply, type ImportRequest, type ImportSource } from './import-protocol';

/** The worker as this module uses it, so that tests can give a stand-in. */
export interface ImportWorkerLike {
	onmessage: ((event: MessageEvent<ImportReply>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	postMessage(message: ImportRequest): void;
	terminate(): void;
}

export const IMPORT_TIMEOUT_MS = 15_000;

const STOPPED = 'the browser stopped the import before it was done (it may have run out of memory); try again';
const TOO_SLOW = 'the import took too long and was stopped; the files of a locality map are read in well under a second';

export function importInWorker(create: () => ImportWorkerLike, source: ImportSource, timeoutMs = IMPORT_TIMEOUT_MS): Promise<ImportOutcome> {
	return new Promise((settle) => {
		let worker: ImportWorkerLike | undefined;
		const finish = (outcome: ImportOutcome) => {
			clearTimeout(timer);
			worker?.terminate();
			worker = undefined;
			settle(outcome);
		};
		const fail = (message: string) => finish({ ok: false, errors: [wholeFileError(sourceName(source), 'reader-failed', message)] });
		const timer = setTimeout(() => fail(TOO_SLOW), timeoutMs);
		try {
			worker = create();
			worker.onmessage = (event) => {
				const { id: _, ...outcome } = event.data;
				finish(outcome as ImportOutcome);
			};
			worker.onerror = (event) => {
				event.preventDefault();
				fail(STOPPED);
			};
			worker.postMessage({ id: 1, import: source });
		} catch {
			fail(STOPPED);
		}
	});
}
