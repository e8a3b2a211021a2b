/**
 * The file each exchange format makes of a map, and what it is called. Every exporter works
 * from the model alone, so a page that offers them downloads neither the YAML library nor
 * the schema.
 */
import type { LocalityModel } from '../model/locality-model';
import type { ExportOptions } from './attributes';
import { csvZip, exportStem } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toJson } from './json';
import type { ExportFormat } from './export-formats';

export type { ExportFormat };

export interface ExportFile {
	readonly name: string;
	readonly type: string;
	readonly content: string | Uint8Array;
}

/** The file a format makes of the map; CSV as one zip of both sheets. */
export function exportFile(model: LocalityModel, format: ExportFormat, options: ExportOptions = {}): ExportFile {
	const stem = exportStem(model);
	switch (format) {
		case 'graphml':
			return { name: `${stem}.graphml`, type: 'application/graphml+xml', content: toGraphml(model, options) };
		case 'gexf':
			return { name: `${stem}.gexf`, type: 'application/gexf+xml', content: toGexf(model, options) };
		case 'csv':
			return { name: `${stem}-csv.zip`, type: 'application/zip', content: csvZip(model) };
		case 'json':
			return { name: `${stem}.json`, type: 'application/json', content: toJson(model) };
	}
}
