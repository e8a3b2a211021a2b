/**
 * The exchange formats a map is written in, with what a user is told of each: read by the
 * command line and the download menu alike. A module of its own, with no dependencies, so a
 * page can list the formats before it loads the exporters.
 */
export type ExportFormat = 'graphml' | 'gexf' | 'csv' | 'json';

export const exportFormats: readonly { readonly value: ExportFormat; readonly label: string }[] = [
	{ value: 'graphml', label: 'GraphML (Gephi, Cytoscape)' },
	{ value: 'gexf', label: 'GEXF (Gephi)' },
	{ value: 'csv', label: 'CSV sheets (zip)' },
	{ value: 'json', label: 'JSON' }
];

export const isExportFormat = (value: string): value is ExportFormat => exportFormats.some((f) => f.value === value);
