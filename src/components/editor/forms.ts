/** What the forms ask of the page: apply one edit to the map's text, and hear how it went. */
import type { MapEdit } from '$lib/edit/map-edit';
import type { LocalityModel } from '$lib/model/locality-model';

export type EditOutcome = { readonly ok: true; readonly removed: readonly string[] } | { readonly ok: false; readonly message: string };
export type OnEdit = (edit: MapEdit) => Promise<EditOutcome>;

/** What every form of the map is given. */
export interface FormProps {
	model: LocalityModel;
	/** True while a form's change is being written: the buttons do nothing until it is. */
	busy: boolean;
	onedit: OnEdit;
	onstatus: (message: string) => void;
}

/** Every id in the map, for `newId`. */
export const takenIds = (model: LocalityModel): string[] => [...model.agencies, ...model.roles, ...model.groups].map((i) => i.id);

/** An item's name by id, or the id itself when it is not in the map. */
export function nameOf(model: LocalityModel, id: string): string {
	return [...model.agencies, ...model.roles, ...model.groups].find((i) => i.id === id)?.name ?? id;
}

/** What was removed with an item, in words. */
export function removedWords(removed: readonly string[]): string {
	return removed.length ? ` With it went ${removed.length === 1 ? 'one entry that pointed to it' : `${removed.length} entries that pointed to it`}: ${removed.join(', ')}.` : '';
}
