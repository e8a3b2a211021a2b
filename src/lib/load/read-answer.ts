/**
 * The answer to one read request, for the map worker (workers/map-worker.ts). It never throws:
 * whatever goes wrong ends in one clear error at line 1 column 1, never an internal
 * error's text, so the page always has an answer to show.
 */
import { loadMap } from './load-map';
import { wholeFileError, type ReadReply, type ReadRequest } from './read-protocol';

const FAILED = 'this map could not be read: the reader stopped on something in it that it cannot handle; please report it, with the file';

export function answerRead(request: ReadRequest): ReadReply {
	const id = typeof request?.id === 'number' ? request.id : 0;
	const name = typeof request?.name === 'string' ? request.name : 'map.yaml';
	try {
		const result = loadMap(request.bytes, { file: name });
		return result.ok ? { id, ok: true, model: result.value } : { id, ok: false, errors: result.errors };
	} catch {
		return { id, ok: false, errors: [readFailed(name)] };
	}
}

/** The one error for a read that could not be answered, or whose answer could not be sent. */
const readFailed = (name: string) => wholeFileError(name, 'reader-failed', FAILED);

/** The worker's global scope, as far as the workers use it (the DOM's types describe a window). */
export interface WorkerScope<In, Out> {
	onmessage: ((event: MessageEvent<In>) => void) | null;
	postMessage(reply: Out): void;
}

