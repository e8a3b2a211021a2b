/**
 * What a page and the map worker (workers/map-worker.ts) say about importing a map, in a
 * module of its own so that the page's bundle pulls in neither `yaml` nor `zod`: the page
 * sends the two CSV sheets' text, or one GEXF or GraphML file's; the worker sends back the
 * map's YAML text, or every fault.
 */
import type { MapError } from '../load/errors';

export interface SheetText {
	/** The file's name as the user knows it; every error carries it. */
	readonly name: string;
	readonly text: string;
}

/** The graph formats a map is imported from, each named by its file's ending. */
export type GraphFormat = 'gexf' | 'graphml';

export const GRAPH_FORMAT_NAMES: Readonly<Record<GraphFormat, string>> = { gexf: 'GEXF', graphml: 'GraphML' };

/** The graph format a file's name ends in (`.gexf`, `.graphml`, any case), if any. */
export function graphFormatOf(name: string): GraphFormat | undefined {
	const ending = /\.(gexf|graphml)$/i.exec(name)?.[1].toLowerCase();
	return ending === 'gexf' || ending === 'graphml' ? ending : undefined;
}

export type ImportSource = { readonly elements: SheetText; readonly connections: SheetText } | { readonly graph: SheetText; readonly format: GraphFormat };

/** The file an error about the whole import is placed in: the elements sheet, or the one graph file. */
export const sourceName = (source: ImportSource | undefined): string => {
	const file = source && ('graph' in source ? source.graph : source.elements);
	return typeof file?.name === 'string' ? file.name : 'elements.csv';
};

export interface ImportRequest {
	readonly id: number;
	readonly import: ImportSource;
}

/** The map's YAML and the name to save it under (`<id>.yaml`), or every fault in the files. */
export type ImportOutcome = { readonly ok: true; readonly name: string; readonly text: string } | { readonly ok: false; readonly errors: readonly MapError[] };

export type ImportReply = ImportOutcome & { readonly id: number };

export const isImportRequest = (message: unknown): message is ImportRequest => typeof message === 'object' && message !== null && 'import' in message;
