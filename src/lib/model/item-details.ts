/**
 * Everything the map says about one item, gathered for a reader: its own facts in plain
 * words, who sits on it or the groups it sits on (seats.ts, so a chair who is not listed as
 * a member still sits on the group), where the map is silent about those, and the links in
 * and out, each read from the item's own end.
 */
import {
	focuses,
	fundings,
	groupTypes,
	linkVerb,
	meetingFrequencies,
	memberships,
	sectors,
	tierLabels,
	type Attendance,
	type LinkKind,
	type Tier
} from '../format/vocabulary';
import { itemKindLabels, seatsRecorded, type Item, type ItemId, type LocalityModel } from './locality-model';
import { seatsHeldBy, seatsOf } from './seats';

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
	/** The end of the link the item stands at: from `from` a link reads "Refers cases to", from `to` "Receives cases from". */
	readonly end: 'from' | 'to';
	/** The link's words read from that end, followed by the other item's name. */
	readonly verb: string;
	readonly other: Related;
	readonly notes?: string;
}
export interface ItemDetails {
	readonly item: Item;
	readonly title: string;
	readonly subtitle: string;
	readonly facts: readonly Fact[];
	/** For a group: everyone who sits on it, members and chair. */
	readonly members: readonly Related[];
	/** For a role or agency: the groups it sits on itself, as member or chair. */
	readonly memberOf: readonly Related[];
	/** Where the map does not record (in full) who sits on the group, or the groups the item sits on. */
	readonly silence?: string;
	readonly roles: readonly Related[];
	readonly linksOut: readonly LinkRow[];
	readonly linksIn: readonly LinkRow[];
}

export const tiersText = (tiers: readonly Tier[] | undefined) => (tiers?.length ? tiers.map((t) => `${t} (${tierLabels[t].toLowerCase()})`).join(', ') : '');

/** The map's silence about an item's seats, in plain words; undefined where it records them all. */
export function silenceText(item: Item): string | undefined {
	const recorded = seatsRecorded(item);
	if (recorded === 'complete') return undefined;
	if (item.kind === 'group') return recorded === 'not-recorded' ? 'The map does not record who sits on this group.' : 'The map names only some of those who sit on this group.';
	const noun = item.kind === 'role' ? 'post' : 'agency';
	return recorded === 'not-recorded' ? `The map does not record which groups this ${noun} sits on.` : `The map names only some of the groups this ${noun} sits on.`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How many sit on a group, or how many groups an item sits on, short enough for a tooltip, never a silence read as none. */
export function seatCountText(item: Item, seats: number): string {
	const recorded = seatsRecorded(item);
	if (item.kind === 'group') {
		if (recorded === 'complete') return plural(seats, 'member');
		return seats === 0 ? 'Members not recorded' : `${plural(seats, 'member')} recorded; others not named`;
	}
	if (recorded === 'complete') return `Sits on ${plural(seats, 'group')}`;
	return seats === 0 ? 'Groups not recorded' : `Sits on ${plural(seats, 'group')} recorded; others not named`;
}

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
		for (const seat of seatsOf(item).values()) members.push({ id: seat.id, name: name(seat.id), note: attendanceNote(seat.attendance, seat.chair) || undefined });
	}
	if (item.kind !== 'group') {
		for (const seat of seatsHeldBy(model, item.id)) memberOf.push({ id: seat.group.id, name: seat.group.name, note: attendanceNote(seat.attendance, seat.chair) || undefined });
	}
	const row = (kind: LinkKind, end: 'from' | 'to', other: ItemId, notes: string | undefined): LinkRow => ({
		kind,
		end,
		verb: linkVerb(kind, end),
		other: { id: other, name: name(other) },
		...(notes ? { notes } : {})
	});
	const linksOut = model.links.filter((l) => l.from === id).map((l) => row(l.kind, 'from', l.to, l.notes));
	const linksIn = model.links.filter((l) => l.to === id).map((l) => row(l.kind, 'to', l.from, l.notes));
	add('Notes', item.notes);
	add('Source in the report', item.source);
	const silence = silenceText(item);
	return { item, title: item.name, subtitle, facts, members, memberOf, ...(silence ? { silence } : {}), roles, linksOut, linksIn };
}
