/**
 * What the map editor's page and its worker (editor-worker.ts) say about form edits, in a
 * module of its own so that the page's bundle pulls in neither `yaml` nor `zod`.
 */
import type { EditResult, MapEdit } from './map-edit';

/** A form's edit of a map's text: the text as it was when the form was used. */
export interface EditRequest {
	readonly id: number;
	readonly text: string;
	readonly edit: MapEdit;
}

export type EditReply = EditResult & { readonly id: number };

export const isEditRequest = (message: unknown): message is EditRequest => typeof message === 'object' && message !== null && 'edit' in message;
