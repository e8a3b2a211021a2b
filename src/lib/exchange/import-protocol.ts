/**
 * What a page and the map worker (workers/map-worker.ts) say about importing CSV sheets, in a
 * module of its own so that the page's bundle pulls in neither `yaml` nor `zod`: the page
 * sends the two sheets' text, the worker sends back the map's YAML text, or every fault.
 */
import type { MapError } from '../load/errors';

export interface SheetText {
	/** The file's name as the user knows it; every error carries it. */
	readonly name: string;
	readonly text: string;
}

export interface ImportRequest {
	readonly id: number;
	readonly import: { readonly elements: SheetText; readonly connections: SheetText };
}

/** The map's YAML and the name to save it under (`<id>.yaml`), or every fault in the sheets. */
export type ImportOutcome = { readonly ok: true; readonly name: string; readonly text: string } | { readonly ok: false; readonly errors: readonly MapError[] };

export type ImportReply = ImportOutcome & { readonly id: number };

export const isImportRequest = (message: unknown): message is ImportRequest => typeof message === 'object' && message !== null && 'import' in message;
