/**
 * What changed between two snapshots of one locality (the City before its pilot and at
 * July 2005): items and links added, removed and changed. Items are matched by id, links
 * by their ends and kind; an item whose fields differ is changed, with the fields named.
 */
import { allItems, type Item, type ItemId, type Link, type LocalityModel } from '../model/locality-model';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ItemChange {
	readonly id: ItemId;
	readonly name: string;
	readonly kind: Item['kind'];
	readonly change: ChangeKind;
	/** For a changed item: the fields that differ, with the values before and after. */
	readonly fields: readonly { readonly field: string; readonly before: string; readonly after: string }[];
}

export interface LinkChange {
	readonly from: ItemId;
	readonly to: ItemId;
	readonly kind: Link['kind'];
	readonly change: 'added' | 'removed' | 'unchanged';
}

export interface SnapshotDiff {
	readonly from: string;
	readonly to: string;
	readonly items: readonly ItemChange[];
	readonly links: readonly LinkChange[];
}

/** Fields that say where an item stands in the file, or restate its kind, are not changes. */
const IGNORED = new Set(['at', 'kind', 'source', 'notes']);

export function diffSnapshots(before: LocalityModel, after: LocalityModel): SnapshotDiff {
	const old = new Map(allItems(before).map((i) => [i.id, i]));
	const now = new Map(allItems(after).map((i) => [i.id, i]));
	const items: ItemChange[] = [];
	for (const item of allItems(after)) {
		const was = old.get(item.id);
		if (!was || was.kind !== item.kind) {
			items.push({ id: item.id, name: item.name, kind: item.kind, change: 'added', fields: [] });
			continue;
		}
		const fields = changedFields(was, item);
		items.push({ id: item.id, name: item.name, kind: item.kind, change: fields.length ? 'changed' : 'unchanged', fields });
	}
	for (const item of allItems(before)) {
		const is = now.get(item.id);
		if (!is || is.kind !== item.kind) items.push({ id: item.id, name: item.name, kind: item.kind, change: 'removed', fields: [] });
	}
	const key = (l: Link) => `${l.from}\u0000${l.to}\u0000${l.kind}`;
	const oldLinks = new Set(before.links.map(key));
	const newLinks = new Set(after.links.map(key));
	const links: LinkChange[] = [
		...after.links.map((l) => ({ from: l.from, to: l.to, kind: l.kind, change: oldLinks.has(key(l)) ? ('unchanged' as const) : ('added' as const) })),
		...before.links.filter((l) => !newLinks.has(key(l))).map((l) => ({ from: l.from, to: l.to, kind: l.kind, change: 'removed' as const }))
	];
	return { from: before.locality.as_of, to: after.locality.as_of, items, links };
}

function changedFields(before: Item, after: Item): ItemChange['fields'] {
	const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => !IGNORED.has(k)));
	const out: { field: string; before: string; after: string }[] = [];
	for (const k of [...keys].sort()) {
		const a = show((before as unknown as Record<string, unknown>)[k]);
		const b = show((after as unknown as Record<string, unknown>)[k]);
		if (a !== b) out.push({ field: k, before: a, after: b });
	}
	return out;
}

/** A value as a reader sees it; members are compared as a set, in a fixed order. */
function show(value: unknown): string {
	if (value === undefined) return '';
	if (Array.isArray(value)) {
		const parts = value.map((v) => (v && typeof v === 'object' && 'id' in v ? `${v.id}${v.attendance && v.attendance !== 'regular' ? ` (${v.attendance})` : ''}` : String(v)));
		return parts.sort().join(', ');
	}
	return String(value);
}

/**
 * Both snapshots in one map, to draw on one graph: everything in the later one, plus what
 * the earlier one had and the later one lost. Removed items keep their memberships and links.
 */
export function unionModel(before: LocalityModel, after: LocalityModel): LocalityModel {
	const now = new Set(allItems(after).map((i) => i.id));
	const keep = <T extends Item>(list: readonly T[]) => list.filter((i) => !now.has(i.id));
	const key = (l: Link) => `${l.from}\u0000${l.to}\u0000${l.kind}`;
	const newLinks = new Set(after.links.map(key));
	return {
		...after,
		agencies: [...after.agencies, ...keep(before.agencies)],
		roles: [...after.roles, ...keep(before.roles)],
		groups: [...after.groups, ...keep(before.groups)],
		links: [...after.links, ...before.links.filter((l) => !newLinks.has(key(l)))]
	};
}

/** The class each element gets on the change graph, by item id or by link index in the union model. */
export function changeClasses(diff: SnapshotDiff, union: LocalityModel): { items: Map<ItemId, ChangeKind>; links: ChangeKind[] } {
	// An id whose kind changed is both removed and added; the union holds the later item, so 'added' wins.
	const items = new Map([...diff.items].reverse().map((i) => [i.id, i.change]));
	const byKey = new Map(diff.links.map((l) => [`${l.from}\u0000${l.to}\u0000${l.kind}`, l.change]));
	return { items, links: union.links.map((l) => byKey.get(`${l.from}\u0000${l.to}\u0000${l.kind}`) ?? 'unchanged') };
}
