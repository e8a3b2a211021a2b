/**
 * The typed model of one locality map: what the loader returns and what every page,
 * analysis and the command line read. Plain data (no Maps or classes), so it crosses
 * from the build to the page, to a worker and to JSON unchanged; `indexItems` gives
 * the lookups by id.
 */
import type { AgencyData, GroupData, ItemId, LinkData, LocalityData, LocalityMapData, RoleData } from '../format/schema';
import type { Attendance, Recording } from '../format/vocabulary';
export type { Recording };

export type { ItemId };
export type ItemKind = 'agency' | 'role' | 'group';
export const itemKinds: readonly ItemKind[] = ['agency', 'role', 'group'];
export const itemKindLabels: Record<ItemKind, string> = { agency: 'Agency', role: 'Role', group: 'Group' };
export const itemKindPlurals: Record<ItemKind, string> = { agency: 'Agencies', role: 'Roles', group: 'Groups' };

/** Where an item stands in its file, so a reader or an editor can go to it. */
export interface Place {
	readonly line: number;
	readonly column: number;
}

export interface Agency extends AgencyData {
	readonly kind: 'agency';
	readonly at: Place;
	/** How fully the map records the groups it sits on; `complete` where the file said nothing. */
	readonly groups_recorded: Recording;
}
export interface Role extends RoleData {
	readonly kind: 'role';
	readonly at: Place;
	/** How fully the map records the groups it sits on; `complete` where the file said nothing. */
	readonly groups_recorded: Recording;
}
export interface Member {
	readonly id: ItemId;
	readonly attendance: Attendance;
	readonly notes?: string;
}
export interface Group extends Omit<GroupData, 'members'> {
	readonly kind: 'group';
	readonly at: Place;
	/** Every member as `{id, attendance}`, attendance `regular` where the file said nothing. */
	readonly members: readonly Member[];
	/** How fully `members` lists who sits here: where the file lists no members and says nothing, `not-recorded`. */
	readonly members_recorded: Recording;
}
export interface Link extends LinkData {
	readonly at: Place;
}
export type Item = Agency | Role | Group;

export interface LocalityModel {
	/** The file the map was read from, as named to the loader. */
	readonly file: string;
	readonly locality: LocalityData;
	readonly agencies: readonly Agency[];
	readonly roles: readonly Role[];
	readonly groups: readonly Group[];
	readonly links: readonly Link[];
	readonly assessment?: LocalityMapData['assessment'];
}

/** Every item by id. A Map, never a plain object: ids such as `constructor` are ordinary here. */
export function indexItems(model: LocalityModel): Map<ItemId, Item> {
	const index = new Map<ItemId, Item>();
	for (const item of allItems(model)) index.set(item.id, item);
	return index;
}

export function allItems(model: LocalityModel): Item[] {
	return [...model.agencies, ...model.roles, ...model.groups];
}

/** The agency a role belongs to, or the agency itself; groups have none. */
export function agencyOf(item: Item, index: ReadonlyMap<ItemId, Item>): Agency | undefined {
	if (item.kind === 'agency') return item;
	if (item.kind === 'role') {
		const agency = index.get(item.agency);
		return agency?.kind === 'agency' ? agency : undefined;
	}
	return undefined;
}

/**
 * How fully the map records where an item sits: for a group, who sits on it; for an agency
 * or a post, the groups it sits on. Anything short of `complete` is a silence, and the audit
 * never reads a silence as an absence.
 */
export function seatsRecorded(item: Item): Recording {
	return item.kind === 'group' ? item.members_recorded : item.groups_recorded;
}

/**
 * Who minds the communication system, as far as the map records it (report 3.8): the posts
 * marked `systems_minder: true`, and whether the map says enough to speak of it at all. "No
 * one" is known only when every post is marked `false`; a map that marks no post either way
 * is silent, and a silence is never read as an absence.
 */
export function systemsMinding(model: LocalityModel): { readonly minders: readonly Role[]; readonly known: boolean } {
	const minders = model.roles.filter((r) => r.systems_minder === true);
	return { minders, known: minders.length > 0 || (model.roles.length > 0 && model.roles.every((r) => r.systems_minder === false)) };
}

/** `<id>` or `<id>/<as_of>`: how pages and the command line name one snapshot. */
export function snapshotKey(model: LocalityModel): string {
	return `${model.locality.id}/${model.locality.as_of}`;
}
