/**
 * The forms' edits, made in the map worker (workers/map-worker.ts) and seen from the page:
 * the page's bundle holds neither `yaml` nor `zod`, only the worker does. Several edits may
 * wait at once, each answered under its own id; a worker the browser stops, or an edit that
 * takes too long, ends every waiting edit with a message, and the next starts a fresh worker.
 */
import type { EditRequest, EditReply } from './edit-protocol';
import type { EditResult, MapEdit } from './map-edit';

/** The worker as the editor uses it, so that tests can give a stand-in. */
export interface EditWorkerLike {
	onmessage: ((event: MessageEvent<EditReply>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	postMessage(message: EditRequest): void;
	terminate(): void;
}

export interface MapEditor {
	/** The text after the edit, or why it was refused. */
	apply(text: string, edit: MapEdit): Promise<EditResult>;
	close(): void;
}

/** How long an edit may take before it is given up (an edit of a locality map takes milliseconds). */
export const EDIT_TIMEOUT_MS = 10_000;

const STOPPED = 'The change could not be made: the browser stopped the editor’s worker. Try again, or make the change in the YAML text.';
const TOO_SLOW = 'The change took too long and was stopped. Try again, or make the change in the YAML text.';

export function createMapEditor(create: () => EditWorkerLike, timeoutMs = EDIT_TIMEOUT_MS): MapEditor {
	let worker: EditWorkerLike | undefined;
	let next = 0;
	const pending = new Map<number, { settle: (result: EditResult) => void; timer: ReturnType<typeof setTimeout> }>();

	function finish(id: number, result: EditResult) {
		const waiting = pending.get(id);
		if (!waiting) return;
		clearTimeout(waiting.timer);
		pending.delete(id);
		waiting.settle(result);
	}

	/** Every edit still waiting fails with the message, and the next one starts a fresh worker. */
	function failAll(message: string) {
		worker?.terminate();
		worker = undefined;
		for (const id of [...pending.keys()]) finish(id, { ok: false, message });
	}

	function ensure(): EditWorkerLike {
		if (worker) return worker;
		const started = create();
		started.onmessage = (event) => {
			const { id, ...result } = event.data;
			finish(id, result as EditResult);
		};
		started.onerror = (event) => {
			event.preventDefault();
			failAll(STOPPED);
		};
		worker = started;
		return started;
	}

	return {
		apply(text, edit) {
			const id = ++next;
			return new Promise<EditResult>((settle) => {
				const timer = setTimeout(() => failAll(TOO_SLOW), timeoutMs);
				pending.set(id, { settle, timer });
				try {
					ensure().postMessage({ id, text, edit });
				} catch {
					failAll(STOPPED);
				}
			});
		},
		close() {
			failAll(STOPPED);
		}
	};
}
