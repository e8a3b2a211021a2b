/**
 * The edits a form can make to a locality map: a closed union, one variant per action, each
 * with typed fields. `applyEdit` turns one into a change of the YAML text.
 */
import type { AgencyData, GroupData, ItemId, LinkData, LocalityData, RoleData } from '../format/schema';
import type { Attendance } from '../format/vocabulary';

/** The fields an update may change: every field but the id. A field set to `undefined` is removed from the file. */
type Changes<T> = { readonly [K in Exclude<keyof T, 'id'>]?: T[K] | undefined };

/** A member as a form gives it; attendance defaults to regular. */
export interface MemberInput {
	readonly id: ItemId;
	readonly attendance?: Attendance;
}

/** Group fields a form sets directly; members are changed by `add-member`, `set-attendance` and `remove-member`. */
export type GroupFields = Omit<GroupData, 'id' | 'members'>;

/**
 * A link as the form last saw it. Links have no ids, so an edit names one by its place in
 * the list; with `was`, the edit is refused if the link in that place is no longer this one
 * (the text changed under the form), rather than changing or removing another link.
 */
export type LinkEnds = Pick<LinkData, 'from' | 'to' | 'kind'>;

export type MapEdit =
	| ({ readonly action: 'add-agency' } & Readonly<AgencyData>)
	| { readonly action: 'update-agency'; readonly id: ItemId; readonly changes: Changes<AgencyData> }
	| { readonly action: 'remove-agency'; readonly id: ItemId }
	| ({ readonly action: 'add-role' } & Readonly<RoleData>)
	| { readonly action: 'update-role'; readonly id: ItemId; readonly changes: Changes<RoleData> }
	| { readonly action: 'remove-role'; readonly id: ItemId }
	| ({ readonly action: 'add-group'; readonly id: ItemId; readonly members?: readonly MemberInput[] } & Readonly<GroupFields>)
	| { readonly action: 'update-group'; readonly id: ItemId; readonly changes: Changes<GroupFields> }
	| { readonly action: 'remove-group'; readonly id: ItemId }
	| { readonly action: 'add-member'; readonly group: ItemId; readonly id: ItemId; readonly attendance?: Attendance }
	| { readonly action: 'set-attendance'; readonly group: ItemId; readonly id: ItemId; readonly attendance: Attendance }
	| { readonly action: 'remove-member'; readonly group: ItemId; readonly id: ItemId }
	| ({ readonly action: 'add-link' } & Readonly<LinkData>)
	| { readonly action: 'update-link'; readonly index: number; readonly was?: Readonly<LinkEnds>; readonly changes: Changes<LinkData> }
	| { readonly action: 'remove-link'; readonly index: number; readonly was?: Readonly<LinkEnds> }
	| { readonly action: 'set-locality'; readonly changes: Changes<Pick<LocalityData, 'name' | 'kind' | 'as_of' | 'boundary' | 'summary'>> };

export type MapEditKind = MapEdit['action'];

/**
 * The text after the edit, with the key paths (as in the original text) of what the edit
 * removed besides its own item: a removed agency's seats on groups, its chairs and its links.
 */
export type EditResult =
	| { readonly ok: true; readonly text: string; readonly removed: readonly string[] }
	| { readonly ok: false; readonly message: string };
