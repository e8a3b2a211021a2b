/**
 * The answer to one import request, for the map worker. It never throws: whatever goes wrong
 * ends in one clear error at line 1, column 1 of the elements sheet, or of the one graph file.
 */
import { wholeFileError, type Result } from '../load/errors';
import { importCsv } from './import-csv';
import { importGraph } from './import-graph';
import { sourceName, type ImportReply, type ImportRequest } from './import-protocol';
import type { ImportedMap } from './import-rows';

export const IMPORT_FAILED = 'these files could not be imported: the importer stopped on something in them that it cannot handle; please report it, with the files';

function importSource(source: ImportRequest['import']): Result<ImportedMap> {
	if ('graph' in source) return importGraph({ name: sourceName(source), text: String(source.graph.text) }, source.format === 'graphml' ? 'graphml' : 'gexf');
	return importCsv({ name: sourceName(source), text: String(source.elements.text) }, { name: String(source.connections.name), text: String(source.connections.text) });
}

export function answerImport(request: ImportRequest): ImportReply {
	const id = typeof request?.id === 'number' ? request.id : 0;
	const name = sourceName(request?.import);
	try {
		const result = importSource(request.import);
		return result.ok ? { id, ok: true, name: `${result.value.model.locality.id}.yaml`, text: result.value.text } : { id, ok: false, errors: result.errors };
	} catch {
		return { id, ok: false, errors: [wholeFileError(name, 'reader-failed', IMPORT_FAILED)] };
	}
}
