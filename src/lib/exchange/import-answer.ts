/**
 * The answer to one import request, for the map worker. It never throws: whatever goes wrong
 * ends in one clear error at row 1, column 1 of the elements sheet.
 */
import { wholeFileError } from '../load/errors';
import { importCsv } from './import-csv';
import type { ImportReply, ImportRequest } from './import-protocol';

export const IMPORT_FAILED = 'these sheets could not be imported: the importer stopped on something in them that it cannot handle; please report it, with the files';

export function answerImport(request: ImportRequest): ImportReply {
	const id = typeof request?.id === 'number' ? request.id : 0;
	const elements = request?.import?.elements;
	const connections = request?.import?.connections;
	const name = typeof elements?.name === 'string' ? elements.name : 'elements.csv';
	try {
		const result = importCsv({ name, text: String(elements.text) }, { name: String(connections.name), text: String(connections.text) });
		return result.ok ? { id, ok: true, name: `${result.value.model.locality.id}.yaml`, text: result.value.text } : { id, ok: false, errors: result.errors };
	} catch {
		return { id, ok: false, errors: [wholeFileError(name, 'reader-failed', IMPORT_FAILED)] };
	}
}
