/**
 * The typed model of one locality map: what the loader returns and what every page,
 * analysis and the command line read. Plain data (no Maps or classes), so it crosses
 * from the build to the page, to a worker and to JSON unchanged; `indexItems` gives
 * the lookups by id.
 */
import type { AgencyData, GroupData, ItemId, LinkData, LocalityData, LocalityMapData, RoleData } from '../format/schema';
import type { Attendance } from '../format/vocabulary';

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
}
export interface Role extends RoleData {
	readonly kind: 'role';
	readonly at: Place;
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

/** `<id>` or `<id>/<as_of>`: how pages and the command line name one snapshot. */
export function snapshotKey(model: LocalityModel): string {
	return `${model.locality.id}/${model.locality.as_of}`;
}
