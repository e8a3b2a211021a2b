/**
 * The map worker, the Web Worker behind /open and /editor. It reads a map as the command
 * line does (`{ id, name, bytes }` in: the model and its audit, or every error, out) and
 * applies the forms' edits to a map's text (`{ id, text, edit }` in: the new text or a
 * refusal out), and makes a map of two CSV sheets (`{ id, import }` in: the map's YAML text or
 * every fault in the sheets out). The YAML library, the schema and the analyses stay off the page's thread and
 * out of its download. It never throws: whatever goes wrong ends in one clear message.
 *
 * Relative imports only: the worker is bundled on its own, outside SvelteKit's aliases.
 */
import { audit } from '../analysis/audit';
import { applyEdit } from '../edit/apply-edit';
import { isEditRequest, type EditReply, type EditRequest } from '../edit/edit-protocol';
import { answerImport, IMPORT_FAILED } from '../exchange/import-answer';
import { isImportRequest, sourceName, type ImportReply, type ImportRequest } from '../exchange/import-protocol';
import { answerRead, type WorkerScope } from '../load/read-answer';
import { wholeFileError, type ReadReply, type ReadRequest } from '../load/read-protocol';
import type { AuditedOutcome } from './map-protocol';

type Reply = (AuditedOutcome & { readonly id: number }) | EditReply | ImportReply;
const scope = self as unknown as WorkerScope<ReadRequest | EditRequest | ImportRequest, Reply>;

const EDIT_FAILED = 'This change could not be made: the editor stopped on something it cannot handle. Please make it in the YAML text, and report it.';
const AUDIT_FAILED = 'this map was read, but the audit stopped on something in it that it cannot handle; please report it, with the file';

export function answerEdit(request: EditRequest): EditReply {
	const id = typeof request.id === 'number' ? request.id : 0;
	try {
		return { id, ...applyEdit(String(request.text), request.edit) };
	} catch {
		return { id, ok: false, message: EDIT_FAILED };
	}
}

export function answerReadWithAudit(request: ReadRequest): AuditedOutcome & { readonly id: number } {
	const read: ReadReply = answerRead(request);
	if (!read.ok) return read;
	try {
		return { ...read, audit: audit(read.model) };
	} catch {
		return { id: read.id, ok: false, errors: [wholeFileError(read.model.file, 'reader-failed', AUDIT_FAILED)] };
	}
}

scope.onmessage = (event) => {
	const request = event.data;
	if (isImportRequest(request)) {
		const reply = answerImport(request);
		try {
			scope.postMessage(reply);
		} catch {
			scope.postMessage({ id: reply.id, ok: false, errors: [wholeFileError(sourceName(request.import), 'reader-failed', IMPORT_FAILED)] });
		}
		return;
	}
	const reply = isEditRequest(request) ? answerEdit(request) : answerReadWithAudit(request);
	try {
		scope.postMessage(reply);
	} catch {
		// Every reply is plain data; should one ever fail to cross, the page still hears back.
		scope.postMessage(isEditRequest(request) ? { id: reply.id, ok: false, message: EDIT_FAILED } : { id: reply.id, ok: false, errors: [wholeFileError(request?.name ?? 'map.yaml', 'reader-failed', AUDIT_FAILED)] });
	}
};
