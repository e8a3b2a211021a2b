/**
 * What changed between two snapshots of one locality (the City before its pilot and at
 * July 2005), or between any two maps, such as a user's map and a report's: items and links
 * added, removed and changed, told in names and plain words, never ids. Items are matched by
 * id, links by their ends and kind; an item whose fields differ is changed, with the fields
 * named. `summariseDiff` puts the whole in a few sentences; `measuresBeforeAfter` sets the
 * audit's measures of the two side by side.
 */
import { listWords } from '../format/words';
import { audit, type Audit } from '../analysis/audit';
import { topHubs } from '../analysis/find-hubs';
import {
	attendances,
	fundings,
	focuses,
	groupTypes,
	linkVerb,
	meetingFrequencies,
	memberships,
	recordings,
	sectors,
	tierLabels,
	type Attendance,
	type Term,
	type Tier
} from '../format/vocabulary';
import { allItems, indexItems, systemsMinding, type Group, type Item, type ItemId, type ItemKind, type Link, type LocalityModel } from '../model/locality-model';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

/** An item as a reader knows it. */
export interface Named {
	readonly id: ItemId;
	readonly name: string;
}

export interface FieldChange {
	/** The field's key in the file. */
	readonly field: string;
	/** The field in words: "chair", "meeting frequency". */
	readonly label: string;
	/** The values in words, names for ids; '' where the snapshot records none. */
	readonly before: string;
	readonly after: string;
	/** The change in one plain sentence. */
	readonly sentence: string;
}

/** For a group whose members changed: who joined, who left, whose attendance changed. */
export interface MembersChange {
	readonly joined: readonly Named[];
	readonly left: readonly Named[];
	readonly attendance: readonly { readonly member: Named; readonly before: Attendance; readonly after: Attendance }[];
}

export interface ItemChange {
	readonly id: ItemId;
	readonly name: string;
	readonly kind: Item['kind'];
	readonly change: ChangeKind;
	/** For a post: the name of its agency (in the later snapshot, or the earlier for one removed). */
	readonly agency?: string;
	/** For a changed item: the fields that differ, with the values before and after. */
	readonly fields: readonly FieldChange[];
	/** For a group whose members changed. */
	readonly members?: MembersChange;
}

export interface LinkChange {
	readonly from: ItemId;
	readonly to: ItemId;
	readonly kind: Link['kind'];
	readonly change: 'added' | 'removed' | 'unchanged';
	/** The link in words: "School Consultation Teams raises issues with City ISS Core Group". */
	readonly sentence: string;
}

export interface SnapshotDiff {
	readonly from: string;
	readonly to: string;
	readonly items: readonly ItemChange[];
	readonly links: readonly LinkChange[];
}

/** Links are matched by their ends and kind; a separator no id or kind can contain keeps the key unambiguous. */
function linkKey(from: ItemId, to: ItemId, kind: Link['kind']): string {
	return `${from}\u0000${to}\u0000${kind}`;
}

/** Fields that say where an item stands in the file, or restate its kind, are not changes. */
const IGNORED = new Set(['at', 'kind', 'source', 'notes']);

export function diffSnapshots(before: LocalityModel, after: LocalityModel): SnapshotDiff {
	const old = indexItems(before);
	const now = indexItems(after);
	// A name from the snapshot the value belongs to, else the other one: an id never reaches the reader where a name exists.
	const nameIn = (first: ReadonlyMap<ItemId, Item>, second: ReadonlyMap<ItemId, Item>) => (id: ItemId) => first.get(id)?.name ?? second.get(id)?.name ?? id;
	const names: Names = { before: nameIn(old, now), after: nameIn(now, old) };
	const agencyName = (item: Item, names: (id: ItemId) => string) => (item.kind === 'role' ? { agency: names(item.agency) } : {});
	const items: ItemChange[] = [];
	for (const item of allItems(after)) {
		const was = old.get(item.id);
		if (!was || was.kind !== item.kind) {
			items.push({ id: item.id, name: item.name, kind: item.kind, change: 'added', ...agencyName(item, names.after), fields: [] });
			continue;
		}
		const members = was.kind === 'group' && item.kind === 'group' ? membersChange(was, item, names) : undefined;
		const fields = changedFields(was, item, names, members);
		items.push({
			id: item.id,
			name: item.name,
			kind: item.kind,
			change: fields.length ? 'changed' : 'unchanged',
			...agencyName(item, names.after),
			fields,
			...(members ? { members } : {})
		});
	}
	for (const item of allItems(before)) {
		const is = now.get(item.id);
		if (!is || is.kind !== item.kind) items.push({ id: item.id, name: item.name, kind: item.kind, change: 'removed', ...agencyName(item, names.before), fields: [] });
	}
	const key = (l: Link) => linkKey(l.from, l.to, l.kind);
	const oldLinks = new Set(before.links.map(key));
	const newLinks = new Set(after.links.map(key));
	const linkChange = (l: Link, change: LinkChange['change'], name: (id: ItemId) => string): LinkChange => ({
		from: l.from,
		to: l.to,
		kind: l.kind,
		change,
		sentence: `${name(l.from)} ${linkVerb(l.kind, 'from').toLowerCase()} ${name(l.to)}`
	});
	const links: LinkChange[] = [
		...after.links.map((l) => linkChange(l, oldLinks.has(key(l)) ? 'unchanged' : 'added', names.after)),
		...before.links.filter((l) => !newLinks.has(key(l))).map((l) => linkChange(l, 'removed', names.before))
	];
	return { from: before.locality.as_of, to: after.locality.as_of, items, links };
}

interface Names {
	readonly before: (id: ItemId) => string;
	readonly after: (id: ItemId) => string;
}

/** Each field in words, and how an empty value reads. */
const FIELD_WORDS: Record<string, { readonly label: string; readonly none: string }> = {
	name: { label: 'name', none: 'none' },
	sector: { label: 'sector', none: 'not recorded' },
	tiers: { label: 'tiers of need', none: 'not recorded' },
	count: { label: 'number', none: 'not recorded' },
	external: { label: 'place outside the locality', none: 'no' },
	groups_recorded: { label: 'record of its groups', none: 'not recorded' },
	agency: { label: 'agency', none: 'none' },
	funding: { label: 'funding', none: 'not recorded' },
	systems_minder: { label: 'systems minder role', none: 'no' },
	type: { label: 'kind of group', none: 'not recorded' },
	purpose: { label: 'purpose', none: 'not recorded' },
	focus: { label: 'focus', none: 'not recorded' },
	membership: { label: 'membership', none: 'not recorded' },
	meets: { label: 'meeting frequency', none: 'not recorded' },
	chair: { label: 'chair', none: 'no one recorded' },
	members: { label: 'members', none: 'no members recorded' },
	members_recorded: { label: 'record of its members', none: 'not recorded' },
	absences: { label: 'note of absences', none: 'none' }
};
/** Fields of free text, a sentence or more. */
const PROSE = new Set(['purpose', 'absences']);
const wordsFor = (field: string) => FIELD_WORDS[field] ?? { label: field.replaceAll('_', ' '), none: 'not recorded' };

const lower = (s: string) => (s ? s[0].toLowerCase() + s.slice(1) : s);

function changedFields(before: Item, after: Item, names: Names, members: MembersChange | undefined): FieldChange[] {
	const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => !IGNORED.has(k)));
	const out: FieldChange[] = [];
	const value = (item: Item, k: string) => (item as unknown as Record<string, unknown>)[k];
	for (const k of [...keys].sort()) {
		// Compared by ids, so a member renamed elsewhere is not a change to this group; told by names.
		if (raw(value(before, k)) === raw(value(after, k))) continue;
		const was = inWords(k, value(before, k), names.before);
		const is = inWords(k, value(after, k), names.after);
		const { label, none } = wordsFor(k);
		// A text too long to quote in a sentence is said to have changed; the page shows both versions.
		const sentence =
			k === 'members' && members
				? membersSentence(members)
				: PROSE.has(k)
					? !was
						? `A ${label} is now recorded.`
						: !is
							? `The ${label} is no longer recorded.`
							: `The ${label} was reworded.`
					: `The ${label} changed from ${was || none} to ${is || none}.`;
		out.push({ field: k, label, before: was, after: is, sentence });
	}
	return out;
}

/** A value in a fixed form of ids, to compare: lists as sets, booleans false where absent. */
function raw(value: unknown): string {
	if (value === undefined || value === false) return '';
	if (Array.isArray(value)) {
		return value
			.map((v) => (v && typeof v === 'object' && 'id' in v ? `${v.id}${v.attendance && v.attendance !== 'regular' ? ` (${v.attendance})` : ''}` : String(v)))
			.sort()
			.join(', ');
	}
	return String(value);
}

/** A value as a reader sees it: names for ids, the vocabulary's words for its terms. */
function inWords(field: string, value: unknown, name: (id: ItemId) => string): string {
	if (value === undefined || value === false) return '';
	if (value === true) return 'yes';
	switch (field) {
		case 'agency':
		case 'chair':
			return name(value as ItemId);
		case 'members':
			return (value as Group['members'])
				.map((m) => `${name(m.id)}${m.attendance !== 'regular' ? ` (${lower(attendances.label(m.attendance))})` : ''}`)
				.sort((a, b) => a.localeCompare(b))
				.join(', ');
		case 'tiers':
			return [...(value as Tier[])]
				.sort()
				.map((t) => `${t} (${lower(tierLabels[t])})`)
				.join(', ');
		case 'sector':
			return termWords(sectors.list, value);
		case 'type':
			return termWords(groupTypes.list, value);
		case 'focus':
			return termWords(focuses.list, value);
		case 'membership':
			return termWords(memberships.list, value);
		case 'meets':
			return termWords(meetingFrequencies.list, value);
		case 'funding':
			return termWords(fundings.list, value);
		case 'groups_recorded':
		case 'members_recorded':
			return termWords(recordings.list, value);
		default:
			return Array.isArray(value) ? value.map(String).join(', ') : String(value);
	}
}

/** A term of the vocabulary in its reader's words, lower case to sit inside a sentence. */
function termWords(list: readonly Term<string>[], value: unknown): string {
	return lower(list.find((t) => t.value === value)?.label ?? String(value));
}

/** Who joined a group, who left, whose attendance changed; undefined when none did. */
function membersChange(before: Group, after: Group, names: Names): MembersChange | undefined {
	const was = new Map(before.members.map((m) => [m.id, m.attendance]));
	const is = new Map(after.members.map((m) => [m.id, m.attendance]));
	const byName = (a: Named, b: Named) => a.name.localeCompare(b.name);
	const joined = after.members.filter((m) => !was.has(m.id)).map((m) => ({ id: m.id, name: names.after(m.id) }));
	const left = before.members.filter((m) => !is.has(m.id)).map((m) => ({ id: m.id, name: names.before(m.id) }));
	const attendance = after.members
		.filter((m) => was.has(m.id) && was.get(m.id) !== m.attendance)
		.map((m) => ({ member: { id: m.id, name: names.after(m.id) }, before: was.get(m.id)!, after: m.attendance }));
	if (!joined.length && !left.length && !attendance.length) return undefined;
	return { joined: joined.sort(byName), left: left.sort(byName), attendance: attendance.sort((a, b) => byName(a.member, b.member)) };
}

const MEMBERS = ['member', 'members'] as const;

/** The members' change in plain sentences: "2 members joined: A and B. 1 left: C. D’s attendance changed from regular to occasional." */
export function membersSentence(change: MembersChange): string {
	const { joined, left } = change;
	return [
		...(joined.length ? [`${count(joined.length, MEMBERS)} joined: ${list(joined.map((m) => m.name))}.`] : []),
		...(left.length ? [`${joined.length ? left.length : count(left.length, MEMBERS)} left: ${list(left.map((m) => m.name))}.`] : []),
		...change.attendance.map((a) => `${a.member.name}’s attendance changed from ${lower(attendances.label(a.before))} to ${lower(attendances.label(a.after))}.`)
	].join(' ');
}

const KIND_WORDS: Record<ItemKind, readonly [string, string]> = { agency: ['agency', 'agencies'], role: ['post', 'posts'], group: ['group', 'groups'] };
function count(n: number, [one, many]: readonly [string, string]): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** What the reader calls each side of a diff: "2004" and "July 2005", or "Banbury (report)" and "Your map". */
export interface DiffLabels {
	readonly before: string;
	readonly after: string;
}

/** The dates of the two snapshots in words: the labels of two snapshots of one locality. */
const dateLabels = (diff: SnapshotDiff): DiffLabels => ({ before: asOfWords(diff.from), after: asOfWords(diff.to) });

/**
 * The diff in a few plain sentences, for the top of the page: the counts first, then the
 * groups that appear or go, then, for each changed item, a new name, chair, agency or members.
 * The two sides are named by their dates unless labels are given: two different maps may
 * share a date, and "between 2005 and 2005" would tell the reader nothing.
 */
export function summariseDiff(diff: SnapshotDiff, labels: DiffLabels = dateLabels(diff)): string[] {
	const by = (c: ChangeKind) => diff.items.filter((i) => i.change === c);
	const [added, removed, changed] = [by('added'), by('removed'), by('changed')];
	const linksAdded = diff.links.filter((l) => l.change === 'added').length;
	const linksRemoved = diff.links.filter((l) => l.change === 'removed').length;
	const between = `Between ${labels.before} and ${labels.after}`;
	if (!added.length && !removed.length && !changed.length && !linksAdded && !linksRemoved) return [`${between}: the map records no change.`];
	const kinds = (list_: readonly ItemChange[]) => {
		const parts = (['agency', 'role', 'group'] as const).map((k) => [k, list_.filter((i) => i.kind === k).length] as const).filter(([, n]) => n > 0);
		return parts.length > 0 ? ` (${list(parts.map(([k, n]) => count(n, KIND_WORDS[k])))})` : '';
	};
	const items = (n: number, what: string) => (n ? `${n} item${n === 1 ? '' : 's'} ${what}` : `no item ${what}`);
	const links = (n: number, what: string) => (n ? `${n} link${n === 1 ? '' : 's'} ${what}` : `no link ${what}`);
	const out = [
		`${between}: ${items(added.length, 'added')}${kinds(added)}, ${removed.length ? `${items(removed.length, 'removed')}${kinds(removed)}` : 'none removed'}, ${changed.length} changed; ${links(linksAdded, 'added')}, ${linksRemoved ? links(linksRemoved, 'removed') : 'none removed'}.`
	];
	const groupsAdded = added.filter((i) => i.kind === 'group').map((i) => i.name);
	const groupsRemoved = removed.filter((i) => i.kind === 'group').map((i) => i.name);
	if (groupsAdded.length) out.push(`${groupsAdded.length === 1 ? 'A new group' : 'New groups'}: ${list(groupsAdded)}.`);
	if (groupsRemoved.length) out.push(`${groupsRemoved.length === 1 ? 'A group' : 'Groups'} no longer in the map: ${list(groupsRemoved)}.`);
	for (const item of changed) {
		const field = (k: string) => item.fields.find((f) => f.field === k);
		const name = field('name');
		if (name) out.push(`${name.before} is now called ${name.after}.`);
		const chair = field('chair');
		if (chair) {
			out.push(
				!chair.before
					? `${item.name} is now chaired by ${chair.after}.`
					: !chair.after
						? `${item.name} no longer has a chair recorded (it was ${chair.before}).`
						: `${item.name}’s chair changed from ${chair.before} to ${chair.after}.`
			);
		}
		const type = field('type');
		if (type) out.push(`${item.name} is now a ${type.after} (it was a ${type.before}).`);
		const agency = field('agency');
		if (agency) out.push(`${item.name} moved from ${agency.before} to ${agency.after}.`);
		if (item.members) {
			const { joined, left } = item.members;
			const parts = [...(joined.length ? [`gained ${count(joined.length, MEMBERS)}`] : []), ...(left.length ? [`lost ${joined.length ? left.length : count(left.length, MEMBERS)}`] : [])];
			if (parts.length) out.push(`${item.name} ${list(parts)}.`);
		}
	}
	return out;
}

/** One measure of the audit, before and after. */
export interface MeasureRow {
	readonly measure: string;
	/** What it counts, for a reader who does not know the word. */
	readonly meaning: string;
	readonly before: string;
	readonly after: string;
	/** "+3", "−1", "no change", or "changed" for a measure that is not a number. */
	readonly change: string;
}

/**
 * The audit's measures of the two snapshots side by side: size, ties, separate parts,
 * groups, links, the top hub, single points of failure, gaps, overlaps and whether a
 * systems minder is recorded.
 */
export function measuresBeforeAfter(before: LocalityModel, after: LocalityModel): MeasureRow[] {
	const [a, b] = [audit(before), audit(after)];
	const number = (measure: string, meaning: string, of: (audit: Audit, model: LocalityModel) => number): MeasureRow => {
		const [x, y] = [of(a, before), of(b, after)];
		return { measure, meaning, before: String(x), after: String(y), change: y === x ? 'no change' : y > x ? `+${y - x}` : `−${x - y}` };
	};
	const words = (measure: string, meaning: string, of: (audit: Audit, model: LocalityModel) => string): MeasureRow => {
		const [x, y] = [of(a, before), of(b, after)];
		return { measure, meaning, before: x, after: y, change: x === y ? 'no change' : 'changed' };
	};
	return [
		number('Items', 'Agencies, posts and groups', (au) => au.metrics.nodes),
		number('Ties', 'Pairs of items joined by a post, a seat or a link', (au) => au.metrics.edges),
		number('Separate parts', 'Pieces of the map with no tie between them', (au) => au.metrics.components),
		number('Groups', 'Groups and meetings', (_, m) => m.groups.length),
		number('Links', 'Links between items', (_, m) => m.links.length),
		words('Top hub', 'The item tied directly to the most others (then on the most shortest routes)', (au) => {
			const [top] = topHubs(au.hubs, 1);
			return top ? `${top.name} (${top.ties} direct tie${top.ties === 1 ? '' : 's'})` : 'none';
		}),
		number('Single points of failure', 'Items whose loss would cut others off', (au) => au.fragile.length),
		number('Gaps', 'Gaps the audit finds', (au) => au.gaps.length),
		number('Overlaps', 'Pairs of groups that share most of their members', (au) => au.overlaps.length),
		words('Systems minder', 'A post that minds the communication system (report 3.8)', (_, m) => {
			const { minders, known } = systemsMinding(m);
			return minders.length ? `recorded: ${list(minders.map((r) => r.name))}` : known ? 'no one: every post is marked as not minding it' : 'not recorded';
		})
	];
}

/**
 * The change of each item, by id, and of each link, by its ends and kind: the typed fields a
 * graph element carries, so the change graph never reads an element's id apart.
 */
export interface ChangeLookup {
	readonly item: (id: ItemId) => ChangeKind | undefined;
	readonly link: (from: ItemId, to: ItemId, kind: Link['kind']) => ChangeKind;
}
export function changeLookup(diff: SnapshotDiff): ChangeLookup {
	// An id whose kind changed is both removed and added; the union holds the later item, so 'added' wins.
	const items = new Map([...diff.items].reverse().map((i) => [i.id, i.change]));
	const links = new Map(diff.links.map((l) => [linkKey(l.from, l.to, l.kind), l.change]));
	return {
		item: (id) => items.get(id),
		link: (from, to, kind) => links.get(linkKey(from, to, kind)) ?? 'unchanged'
	};
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A snapshot's date in words: "2005", "July 2005", "3 July 2005". */
export function asOfWords(asOf: string): string {
	const [year, month, day] = asOf.split('-');
	const m = month ? MONTHS[Number(month) - 1] : undefined;
	if (!m) return asOf;
	return day ? `${Number(day)} ${m} ${year}` : `${m} ${year}`;
}

const list = (names: readonly string[]) => listWords(names);

/**
 * Both snapshots in one map, to draw on one graph: everything in the later one, plus what
 * the earlier one had and the later one lost. Removed items keep their memberships and links.
 */
export function unionModel(before: LocalityModel, after: LocalityModel): LocalityModel {
	const now = new Set(allItems(after).map((i) => i.id));
	const keep = <T extends Item>(list: readonly T[]) => list.filter((i) => !now.has(i.id));
	const key = (l: Link) => linkKey(l.from, l.to, l.kind);
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
	const change = changeLookup(diff);
	const items = new Map(allItems(union).flatMap((i) => (change.item(i.id) ? [[i.id, change.item(i.id)!] as const] : [])));
	return { items, links: union.links.map((l) => change.link(l.from, l.to, l.kind)) };
}
