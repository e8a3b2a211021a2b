/**
 * What the exchange formats say about each item, each tie and the locality: one table of
 * attributes, typed, read by the GraphML, GEXF and CSV writers and by the CSV importer, so
 * that a column and an attribute cannot mean different things in different files.
 *
 * Every attribute is a field of the format under the same name (`group_type` is a group's
 * `type`, which would clash with the item's own kind), with the words a spreadsheet's
 * header shows. Values are the model's: defaults filled in, as the app reads the map.
 */
import { linkVerb } from '../format/vocabulary';
import type { Group, Item, ItemKind, Link, LocalityModel, Member } from '../model/locality-model';

/** How a value is written: text, true/false, a number, or a list (tiers, sources, sectors). */
export type ValueType = 'string' | 'boolean' | 'number' | 'integers' | 'strings';
export type Value = string | number | boolean | readonly number[] | readonly string[];

export interface Attribute<T> {
	/** The attribute's name in GraphML and GEXF: the format's own key. */
	readonly key: string;
	/** The column's header in a spreadsheet. */
	readonly header: string;
	readonly type: ValueType;
	readonly value: (of: T) => Value | undefined;
}

export interface ItemAttribute extends Attribute<Item> {
	/** The kinds of item that carry it; the importer refuses it on any other. */
	readonly kinds: readonly ItemKind[];
}

const ALL: readonly ItemKind[] = ['agency', 'role', 'group'];
const pick = <K extends string>(key: K) => (item: Item) => (item as unknown as Partial<Record<K, Value>>)[key];

/** The item attributes, in the order the spreadsheet's columns stand. The name is the label; the kind is `kind`. */
export const itemAttributes: readonly ItemAttribute[] = [
	{ key: 'sector', header: 'Sector', type: 'string', kinds: ['agency'], value: pick('sector') },
	{ key: 'agency', header: 'Agency', type: 'string', kinds: ['role'], value: pick('agency') },
	{ key: 'group_type', header: 'Group type', type: 'string', kinds: ['group'], value: (item) => (item.kind === 'group' ? item.type : undefined) },
	{ key: 'tiers', header: 'Tiers', type: 'integers', kinds: ALL, value: pick('tiers') },
	{ key: 'count', header: 'Count', type: 'number', kinds: ['agency', 'role'], value: pick('count') },
	{ key: 'funding', header: 'Funding', type: 'string', kinds: ['role'], value: pick('funding') },
	{ key: 'systems_minder', header: 'Systems minder', type: 'boolean', kinds: ['role'], value: pick('systems_minder') },
	{ key: 'external', header: 'External', type: 'boolean', kinds: ['agency', 'group'], value: pick('external') },
	{ key: 'purpose', header: 'Purpose', type: 'string', kinds: ['group'], value: pick('purpose') },
	{ key: 'focus', header: 'Focus', type: 'string', kinds: ['group'], value: pick('focus') },
	{ key: 'membership', header: 'Membership', type: 'string', kinds: ['group'], value: pick('membership') },
	{ key: 'meets', header: 'Meets', type: 'string', kinds: ['group'], value: pick('meets') },
	{ key: 'chair', header: 'Chair', type: 'string', kinds: ['group'], value: pick('chair') },
	{ key: 'members_recorded', header: 'Members recorded', type: 'string', kinds: ['group'], value: pick('members_recorded') },
	{ key: 'groups_recorded', header: 'Groups recorded', type: 'string', kinds: ['agency', 'role'], value: pick('groups_recorded') },
	{ key: 'absences', header: 'Absences', type: 'string', kinds: ['group'], value: pick('absences') },
	{ key: 'notes', header: 'Notes', type: 'string', kinds: ALL, value: pick('notes') },
	{ key: 'source', header: 'Source', type: 'string', kinds: ALL, value: pick('source') }
];

type LocalityData = LocalityModel['locality'];

/** The locality's own fields, as graph attributes (GraphML) and as the spreadsheet's locality row. */
export const localityAttributes: readonly Attribute<LocalityData>[] = [
	{ key: 'locality_id', header: 'ID', type: 'string', value: (l) => l.id },
	{ key: 'locality_name', header: 'Label', type: 'string', value: (l) => l.name },
	{ key: 'locality_kind', header: 'Locality kind', type: 'string', value: (l) => l.kind },
	{ key: 'as_of', header: 'As of', type: 'string', value: (l) => l.as_of },
	{ key: 'boundary', header: 'Boundary', type: 'string', value: (l) => l.boundary },
	{ key: 'summary', header: 'Summary', type: 'string', value: (l) => l.summary },
	{ key: 'sources', header: 'Sources', type: 'strings', value: (l) => l.sources },
	{ key: 'expected_sectors', header: 'Expected sectors', type: 'strings', value: (l) => l.expected_sectors },
	{ key: 'locality_notes', header: 'Notes', type: 'string', value: (l) => l.notes },
	{ key: 'locality_source', header: 'Source', type: 'string', value: (l) => l.source }
];

/** A tie as the exchange formats draw it: a group's member, or a link. Membership runs from the group to the member, as the map lists it. */
export interface Tie {
	readonly from: string;
	readonly to: string;
	/** `member`, or the link's kind. */
	readonly kind: 'member' | Link['kind'];
	readonly attendance?: Member['attendance'];
	readonly notes?: string;
	readonly source?: string;
}

export const MEMBER = 'member';

/** Every tie of the map: each group's members in order, then the links in order. */
export function tiesOf(model: LocalityModel): Tie[] {
	const members = model.groups.flatMap((group: Group) =>
		group.members.map((m): Tie => ({ from: group.id, to: m.id, kind: MEMBER, attendance: m.attendance, notes: m.notes }))
	);
	const links = model.links.map((l): Tie => ({ from: l.from, to: l.to, kind: l.kind, notes: l.notes, source: l.source }));
	return [...members, ...links];
}

/** The tie attributes beyond its two ends. `relation`, not `kind`: GEXF and Gephi give an edge's `kind` a meaning of their own. */
export const tieAttributes: readonly Attribute<Tie>[] = [
	{ key: 'relation', header: 'Type', type: 'string', value: (t) => t.kind },
	{ key: 'attendance', header: 'Attendance', type: 'string', value: (t) => t.attendance },
	{ key: 'notes', header: 'Notes', type: 'string', value: (t) => t.notes },
	{ key: 'source', header: 'Source', type: 'string', value: (t) => t.source }
];

/** The words a graph tool shows on a tie: "Member", or the link's verb ("Reports to"). */
export function tieLabel(tie: Tie): string {
	return tie.kind === MEMBER ? 'Member' : linkVerb(tie.kind, 'from');
}

/** A position on the drawing, as the graph's layouts give it. */
export interface Position {
	readonly x: number;
	readonly y: number;
}

/** What every exporter takes beside the model. */
export interface ExportOptions {
	/** Where each item stands (the graph's layered layout, say); items without one are written without. */
	readonly positions?: ReadonlyMap<string, Position>;
}

/** The kinds of item, as the `kind` attribute and the spreadsheet's Type write them. */
export type { ItemKind };
