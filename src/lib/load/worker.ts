/**
 * The loader in a Web Worker, for the browser (load-in-worker.ts starts it): a request
 * `{ id, name, bytes }` in, `{ id, ok, model }` or `{ id, ok: false, errors }` out. It
 * never throws: whatever goes wrong ends in one clear error at line 1 column 1, never an
 * internal error's text, so the page always has an answer to show.
 *
 * Relative imports only: the worker is bundled on its own, outside SvelteKit's aliases
 * and runtime.
 */
import { loadMap } from './load-map';
import { wholeFileError, type ReadReply, type ReadRequest } from './read-protocol';

/** The worker's global scope, as far as it is used here (the DOM's types describe a window). */
interface Scope {
	onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
	postMessage(reply: ReadReply): void;
}
const scope = self as unknown as Scope;

const FAILED = 'this map could not be read: the reader stopped on something in it that it cannot handle; please report it, with the file';

function answer(request: ReadRequest): ReadReply {
	const id = typeof request?.id === 'number' ? request.id : 0;
	const name = typeof request?.name === 'string' ? request.name : 'map.yaml';
	try {
		const result = loadMap(request.bytes, { file: name });
		return result.ok ? { id, ok: true, model: result.value } : { id, ok: false, errors: result.errors };
	} catch {
		return { id, ok: false, errors: [wholeFileError(name, 'reader-failed', FAILED)] };
	}
}

scope.onmessage = (event) => {
	const reply = answer(event.data);
	try {
		scope.postMessage(reply);
	} catch {
		// A model that cannot be sent back (it should always be plain data) still gets an answer.
		scope.postMessage({ id: reply.id, ok: false, errors: [wholeFileError(event.data?.name ?? 'map.yaml', 'reader-failed', FAILED)] });
	}
};
