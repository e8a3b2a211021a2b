/**
 * Everything the map says about one item, gathered for a reader: its own facts in plain
 * words, the groups it sits on or the members it has, and the links in and out.
 */
import {
	boundaries,
	focuses,
	fundings,
	groupTypes,
	linkKinds,
	meetingFrequencies,
	memberships,
	sectors,
	tierLabels,
	type Attendance,
	type LinkKind,
	type Tier
} from '../format/vocabulary';
import { itemKindLabels, type Item, type ItemId, type LocalityModel } from './locality-model';

export interface Fact {
	readonly label: string;
	readonly value: string;
}
export interface Related {
	readonly id: ItemId;
	readonly name: string;
	readonly note?: string;
}
export interface LinkRow {
	readonly kind: LinkKind;
	readonly verb: string;
	readonly other: Related;
	readonly notes?: string;
}
export interface ItemDetails {
	readonly item: Item;
	readonly title: string;
	readonly subtitle: string;
	readonly facts: readonly Fact[];
	/** For a group: its members. For a role or agency: the groups it sits on. */
	readonly members: readonly Related[];
	readonly memberOf: readonly Related[];
	readonly roles: readonly Related[];
	readonly linksOut: readonly LinkRow[];
	readonly linksIn: readonly LinkRow[];
}

export const tiersText = (tiers: readonly Tier[] | undefined) => (tiers?.length ? tiers.map((t) => `${t} (${tierLabels[t].toLowerCase()})`).join(', ') : '');

const attendanceNote = (a: Attendance, chair: boolean) => [chair ? 'chair' : '', a === 'regular' ? '' : `attends ${a === 'absent' ? 'rarely or never (absent)' : 'occasionally'}`].filter(Boolean).join('; ');

export function itemDetails(model: LocalityModel, index: ReadonlyMap<ItemId, Item>, id: ItemId): ItemDetails | undefined {
	const item = index.get(id);
	if (!item) return undefined;
	const name = (other: ItemId) => index.get(other)?.name ?? other;
	const facts: Fact[] = [];
	const add = (label: string, value: string | number | undefined | false) => {
		if (value !== undefined && value !== '' && value !== false) facts.push({ label, value: String(value) });
	};
	let subtitle: string = itemKindLabels[item.kind];
	const members: Related[] = [];
	const memberOf: Related[] = [];
	const roles: Related[] = [];

	if (item.kind === 'agency') {
		subtitle = `Agency · ${sectors.label(item.sector)}`;
		add('Sector', sectors.label(item.sector));
		add('Levels of need', tiersText(item.tiers));
		add('How many', item.count);
		add('Outside the locality', item.external && 'yes');
		for (const role of model.roles) if (role.agency === item.id) roles.push({ id: role.id, name: role.name });
	} else if (item.kind === 'role') {
		const agency = index.get(item.agency);
		subtitle = `Role · ${agency?.name ?? item.agency}`;
		add('Agency', agency?.name);
		add('Posts', item.count);
		add('Funding', item.funding && `${fundings.label(item.funding)}${item.funding === 'short-term' ? ' (insecure)' : ''}`);
		add('Systems minder', item.systems_minder && 'yes: minds the communication system (report 3.8)');
		add('Levels of need', tiersText(item.tiers));
	} else {
		subtitle = `Group · ${groupTypes.label(item.type)}`;
		add('Type', groupTypes.label(item.type));
		add('Purpose', item.purpose);
		add('Meets', item.meets && meetingFrequencies.label(item.meets));
		add('Chair', item.chair && name(item.chair));
		add('Membership', item.membership && memberships.label(item.membership));
		add('Focus', item.focus && `${focuses.label(item.focus)}: ${focuses.get(item.focus)?.description}`);
		add('Levels of need', tiersText(item.tiers));
		add('Outside the locality', item.external && 'yes');
		for (const m of item.members) members.push({ id: m.id, name: name(m.id), note: attendanceNote(m.attendance, item.chair === m.id) || undefined });
	}
	if (item.kind !== 'group') {
		for (const group of model.groups) {
			const m = group.members.find((x) => x.id === item.id);
			if (m || group.chair === item.id) memberOf.push({ id: group.id, name: group.name, note: attendanceNote(m?.attendance ?? 'regular', group.chair === item.id) || undefined });
		}
	}
	const row = (kind: LinkKind, other: ItemId, notes: string | undefined, outgoing: boolean): LinkRow => ({
		kind,
		verb: outgoing ? linkKinds.label(kind) : `${linkKinds.label(kind)} (from)`,
		other: { id: other, name: name(other) },
		...(notes ? { notes } : {})
	});
	const linksOut = model.links.filter((l) => l.from === id).map((l) => row(l.kind, l.to, l.notes, true));
	const linksIn = model.links.filter((l) => l.to === id).map((l) => row(l.kind, l.from, l.notes, false));
	add('Notes', item.notes);
	add('Source in the report', item.source);
	return { item, title: item.name, subtitle, facts, members, memberOf, roles, linksOut, linksIn };
}

export const boundaryText = (b: LocalityModel['locality']['boundary']) => (b ? `${boundaries.label(b)}: ${boundaries.get(b)?.description}` : '');
