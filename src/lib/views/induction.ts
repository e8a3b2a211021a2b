/**
 * The induction of a new member of staff (report 3.2: "new members of the locality need to
 * be actively initiated into the 'communication system'"): for one post, a tour of the
 * locality, the groups the post sits on and what each is for, the groups its agency has a
 * seat on, whom to ask for advice or supervision, where an issue raised goes, and the
 * people met most often.
 *
 * The tour says only what the map records. A post sits on a group when it holds a seat
 * there itself (`seatsHeldBy`: a member or the chair); a seat held by its agency as a whole
 * is the agency's, and the tour says so rather than telling the person they attend. Where
 * the map records only some of a post's groups, or none, the tour says that instead of
 * reading the silence as "no groups".
 */
import { listWords } from '../format/words';
import { boundaries, groupTypes, meetingFrequencies, meetingsPerYear, memberships, type LinkKind } from '../format/vocabulary';
import { centreOf, centreReasons } from '../model/centre';
import { indexItems, systemsMinding, type Group, type Item, type ItemId, type LocalityModel, type Role } from '../model/locality-model';
import { seatsHeldBy, seatsOf, type Seat } from '../model/seats';
import { issuePath } from './issue-path';

export interface TourStep {
	readonly id: string;
	readonly title: string;
	readonly paragraphs: readonly string[];
	/** Facts as label and value, for a definition list. */
	readonly facts?: readonly { readonly label: string; readonly value: string }[];
	/** The items the graph brings forward at this step. */
	readonly focus: readonly ItemId[];
	/** For the issue step: the path, drawn in order. */
	readonly path?: readonly ItemId[];
}

export interface Colleague {
	readonly id: ItemId;
	readonly name: string;
	/** Meetings a year spent together, from the groups shared (where their frequency is known). */
	readonly meetingsTogether: number;
	readonly groups: readonly ItemId[];
}

export interface Induction {
	readonly role: Role;
	readonly steps: readonly TourStep[];
	/** The groups the post sits on itself, as a member or the chair, in file order. */
	readonly groups: readonly Group[];
	/** The groups where the post's agency has a seat and the post has none, in file order. */
	readonly agencyGroups: readonly Group[];
	/** The people on the post's own groups, most meetings together first. */
	readonly colleagues: readonly Colleague[];
	/** The people on its agency's groups only, who are not already among `colleagues`. */
	readonly agencyColleagues: readonly Colleague[];
	readonly issuePath: readonly ItemId[];
}

/** How many people the people step names. */
const PEOPLE_SHOWN = 8;

export function induction(model: LocalityModel, roleId: ItemId): Induction | undefined {
	const index = indexItems(model);
	const role = index.get(roleId);
	if (role?.kind !== 'role') return undefined;
	const name = (id: ItemId) => index.get(id)?.name ?? id;
	const agency = index.get(role.agency);
	const agencyName = agency?.name ?? 'your agency';
	const seats = seatsHeldBy(model, role.id);
	const groups = seats.map((s) => s.group);
	const agencyGroups = model.groups.filter((g) => !seatsOf(g).has(role.id) && seatsOf(g).has(role.agency));
	const l = model.locality;
	const steps: TourStep[] = [];

	steps.push({
		id: 'locality',
		title: `Welcome to ${l.name}`,
		paragraphs: [
			`You are joining ${l.name} in the post “${role.name}”${agency ? `, with ${agency.name}` : ''}. This tour walks you through the communication system you are part of: the groups you sit on, who to ask for help, and where an issue you raise goes.`,
			...(l.summary ? [l.summary] : []),
			...(l.boundary ? [`The locality's boundary is ${boundaries.label(l.boundary).toLowerCase()}: ${boundaries.get(l.boundary)?.description}`] : [])
		],
		focus: [role.id]
	});

	steps.push({
		id: 'groups',
		title: 'Your groups',
		paragraphs: groupsOverview(role, seats, agencyGroups, agencyName),
		focus: [role.id, ...groups.map((g) => g.id)]
	});

	for (const seat of seats) steps.push(groupStep(seat, role, name));

	if (agencyGroups.length > 0) {
		steps.push({
			id: 'agency-groups',
			title: 'Groups your agency sits on',
			paragraphs: [
				`Your agency, ${agencyName}, has a seat on ${agencyGroups.length === 1 ? 'this group' : `these ${agencyGroups.length} groups`}; the map does not say whether you attend: ask your manager.`
			],
			facts: agencyGroups.map((g) => ({ label: `${g.name} (${groupTypes.label(g.type)})`, value: groupSummary(g, name) })),
			focus: [role.agency, ...agencyGroups.map((g) => g.id)]
		});
	}

	steps.push(supportStep(model, role, groups, agencyGroups, agencyName, name));
	const issues = issuesStep(model, role, groups, agencyGroups, agencyName, index, name);
	steps.push(issues);

	const colleagues = colleaguesOf(groups, role, index, new Set());
	const agencyColleagues = colleaguesOf(agencyGroups, role, index, new Set(colleagues.map((c) => c.id)));
	const shown = colleagues.slice(0, PEOPLE_SHOWN);
	steps.push({
		id: 'people',
		title: 'The people you will meet most often',
		paragraphs: [
			...(shown.length
				? shown.map((c) => `${c.name}: ${c.groups.length} group${c.groups.length === 1 ? '' : 's'} in common${c.meetingsTogether ? `, about ${c.meetingsTogether} meetings a year` : ''}.`)
				: [groups.length ? 'The map names no one else in your groups.' : 'The map names no one you sit with: it records no group you sit on.']),
			...(agencyColleagues.length
				? [
						`On the groups where your agency, ${agencyName}, has a seat, you would also meet ${list([
							...agencyColleagues.slice(0, PEOPLE_SHOWN).map((c) => c.name),
							...(agencyColleagues.length > PEOPLE_SHOWN ? [`${agencyColleagues.length - PEOPLE_SHOWN} more`] : [])
						])}, if you go.`
					]
				: [])
		],
		focus: shown.map((c) => c.id)
	});

	return { role, steps, groups, agencyGroups, colleagues, agencyColleagues, issuePath: issues.path ?? [] };
}

/** The first words about the post's groups: how many it sits on, how fully the map records them, its agency's seats. */
function groupsOverview(role: Role, seats: readonly Seat[], agencyGroups: readonly Group[], agencyName: string): string[] {
	const out: string[] = [];
	if (seats.length > 0) {
		const named = seats.map((s) => (s.chair ? `${s.group.name} (you chair it)` : s.group.name));
		out.push(`The map records you on ${seats.length} group${seats.length === 1 ? '' : 's'}: ${list(named)}. ${seats.length === 1 ? 'The next step shows it' : 'The next steps take them one by one'}.`);
		if (role.groups_recorded !== 'complete') out.push(`The map does not record all the groups ${role.name} sits on: ask your manager which others you attend.`);
	} else if (role.groups_recorded === 'complete') {
		out.push(`The map records no group that ${role.name} sits on. Ask your manager which meetings you should attend, and whether the map needs updating.`);
	} else if (role.groups_recorded === 'partial') {
		out.push(`The map records only some of the groups ${role.name} sits on, and names none of them. Ask your manager which meetings you should attend, and add them to the map.`);
	} else {
		out.push(`The map does not record which groups ${role.name} sits on. Ask your manager which meetings you should attend, and add them to the map.`);
	}
	if (agencyGroups.length > 0) {
		const n = `${agencyGroups.length}${seats.length > 0 ? ' other' : ''} group${agencyGroups.length === 1 ? '' : 's'}`;
		out.push(`Your agency, ${agencyName}, has a seat on ${n}: see “Groups your agency sits on”.`);
	}
	return out;
}

function groupStep(seat: Seat, role: Role, name: (id: ItemId) => string): TourStep {
	const g = seat.group;
	const others = [...seatsOf(g).keys()].filter((id) => id !== role.id && id !== role.agency);
	const facts = [
		{ label: 'What this kind of group is for', value: groupTypes.get(g.type)?.description ?? '' },
		...(g.purpose ? [{ label: 'Its purpose', value: g.purpose }] : []),
		...(g.chair ? [{ label: 'Chair', value: g.chair === role.id ? 'You' : name(g.chair) }] : []),
		...(g.meets ? [{ label: 'Meets', value: meetingFrequencies.label(g.meets) }] : []),
		...(g.membership ? [{ label: 'Membership', value: memberships.label(g.membership) }] : []),
		{ label: 'Who else is there', value: whoElse(g, others, name) }
	];
	const attendance =
		seat.attendance === 'occasional' ? ' The map records you as attending now and then.' : seat.attendance === 'absent' ? ' The map records you as a member who does not attend.' : '';
	return {
		id: `group-${g.id}`,
		title: `${g.name} (${groupTypes.label(g.type)})`,
		paragraphs: [`${seat.chair ? 'You chair this group.' : 'You sit on this group.'}${attendance}`],
		facts,
		focus: [g.id, ...others]
	};
}

/** The others on a group, and what the map leaves out of its list. */
function whoElse(g: Group, others: readonly ItemId[], name: (id: ItemId) => string): string {
	const named = others.map(name).join(', ');
	if (g.members_recorded === 'complete') return named || 'No one else is named in the map';
	if (g.members_recorded === 'partial') return named ? `${named}, and others the map does not name` : 'The map names only some of its members, and no one else';
	return named ? `${named}; the map does not record its other members` : 'The map does not record its members';
}

/** One line on a group the post's agency sits on: what it does, how often, who chairs. */
function groupSummary(g: Group, name: (id: ItemId) => string): string {
	const what = g.purpose ?? groupTypes.get(g.type)?.description ?? '';
	return [
		...(what ? [/[.!?”"’']$/.test(what) ? what : `${what}.`] : []),
		...(g.meets ? [`Meets ${meetingFrequencies.label(g.meets).toLowerCase()}.`] : []),
		...(g.chair ? [`Chair: ${name(g.chair)}.`] : [])
	].join(' ');
}

function supportStep(
	model: LocalityModel,
	role: Role,
	groups: readonly Group[],
	agencyGroups: readonly Group[],
	agencyName: string,
	name: (id: ItemId) => string
): TourStep {
	const own = new Map(groups.map((g) => [g.id, g]));
	const agencySeats = new Set(agencyGroups.map((g) => g.id));
	const advice = (kind: LinkKind) => (kind === 'consults' ? 'Advice' : 'Supervision');
	/** Whom a link reaches, in words that say whether it is the person, their employer or a group. */
	const recipient = (to: ItemId): string | undefined => {
		if (to === role.id) return 'you';
		if (to === role.agency) return `${agencyName}, your employer`;
		const group = own.get(to);
		if (group) return `${group.name}, which you ${group.chair === role.id ? 'chair' : 'sit on'}`;
		if (agencySeats.has(to)) return `${name(to)}, where your agency, ${agencyName}, has a seat`;
		return undefined;
	};
	const support = model.links.filter((k) => (k.kind === 'consults' || k.kind === 'supervises') && k.from !== role.id && recipient(k.to) !== undefined);
	const youAdvise = model.links.filter((k) => (k.kind === 'consults' || k.kind === 'supervises') && k.from === role.id);
	return {
		id: 'support',
		title: 'Who to ask for advice or supervision',
		paragraphs:
			support.length || youAdvise.length
				? [
						...support.map((k) => `${advice(k.kind)} from ${name(k.from)} to ${recipient(k.to)}.${k.notes ? ` (${k.notes})` : ''}`),
						...youAdvise.map((k) => `You give ${advice(k.kind).toLowerCase()} to ${name(k.to)}.`)
					]
				: ['The map records no advice or supervision for this post. Ask who supervises you, and add it to the map.'],
		focus: unique([role.id, ...support.map((k) => k.from), ...youAdvise.map((k) => k.to)])
	};
}

function issuesStep(
	model: LocalityModel,
	role: Role,
	groups: readonly Group[],
	agencyGroups: readonly Group[],
	agencyName: string,
	index: ReadonlyMap<ItemId, Item>,
	name: (id: ItemId) => string
): TourStep {
	const centre = centreOf(model, index);
	const path = issuePath(model, [role.id, ...groups.map((g) => g.id)]);
	const travels = `An issue you raise travels: ${path.ids.map(name).join(' → ')}.`;
	// Where the post, or a group it sits on, is itself part of the centre, an issue raised there has arrived.
	const here = [...(centre.has(role.id) ? [role.id] : []), ...groups.filter((g) => centre.has(g.id)).map((g) => g.id)];
	const atCentre = here.map((id) =>
		id === role.id
			? `Your post is itself part of the centre (${centreReasons[centre.get(id)!]}): an issue you raise is already there.`
			: `You ${path.reachesCentre ? 'also ' : ''}sit on ${name(id)}, itself part of the centre (${centreReasons[centre.get(id)!]}): an issue you raise there is already at the centre.`
	);
	if (path.reachesCentre) {
		const end = path.ids[path.ids.length - 1];
		return issues([travels, `It reaches ${name(end)}, part of the centre (${centreReasons[path.centreReason!]}).`, ...atCentre], path.ids, path.ids);
	}
	if (here.length > 0) return issues(atCentre, here, here.slice(0, 1));

	// A longer path ends at a strategic group (issuePath gives no other ending short of the centre).
	const paragraphs =
		path.ids.length > 1
			? [travels, `It reaches a strategic group, but the map records no route from there to the centre (${CENTRE_WORDS}).`]
			: path.reachesStrategicGroup
				? [`You sit on ${name(path.ids[0])}, a strategic group, but the map records no route from it to the centre (${CENTRE_WORDS}).`]
				: [`The map records no route from you or your groups to the centre (${CENTRE_WORDS}).`];
	// The agency's seats may reach the centre where the post's own do not: said as the agency's, not the post's.
	const agencyAtCentre = agencyGroups.filter((g) => centre.has(g.id));
	const agencyPath = agencyAtCentre.length ? undefined : issuePath(model, [role.agency, ...agencyGroups.map((g) => g.id)]);
	if (agencyAtCentre.length) {
		paragraphs.push(
			`Your agency, ${agencyName}, has a seat on ${list(agencyAtCentre.map((g) => `${g.name} (${centreReasons[centre.get(g.id)!]})`))}, part of the centre; the map does not say whether you attend: ask your manager how to raise an issue there.`
		);
	} else if (agencyPath?.reachesCentre) {
		paragraphs.push(
			`From the groups your agency, ${agencyName}, sits on, an issue can travel: ${agencyPath.ids.map(name).join(' → ')}, part of the centre (${centreReasons[agencyPath.centreReason!]}); the map does not say whether you attend them: ask your manager.`
		);
	}
	// The map may know who minds the system (report 3.8): name them rather than send the reader to "whoever" does.
	const minders = systemsMinding(model).minders.filter((r) => r.id !== role.id);
	const who = (r: Role) => {
		const agency = index.get(r.agency)?.name;
		return agency ? `${r.name} (${agency})` : r.name;
	};
	if (role.systems_minder) {
		paragraphs.push(`You mind the system here (report 3.8): finding or making that route is part of your work${minders.length ? `, with ${list(minders.map(who))}` : ''}.`);
	} else if (minders.length) {
		paragraphs.push(`Raise it with ${list(minders.map(who), 'or')}, who mind${minders.length === 1 ? 's' : ''} the system here (report 3.8).`);
	} else {
		paragraphs.push('The map does not record who minds the system here (report 3.8): ask your manager who does, and how issues are raised.');
	}
	const through = agencyAtCentre.length ? agencyAtCentre.map((g) => g.id) : agencyPath?.reachesCentre ? agencyPath.ids : [];
	return issues(paragraphs, unique([...path.ids, ...through, ...minders.map((r) => r.id)]), path.ids);
}

function issues(paragraphs: readonly string[], focus: readonly ItemId[], path: readonly ItemId[]): TourStep {
	return { id: 'issues', title: 'Where an issue you raise goes', paragraphs, focus, path };
}

/** The centre in a reader's words: what `centreOf` counts. */
const CENTRE_WORDS = 'the local authority, a group it sits on, or a body that funds others';

/** Everyone on the given groups but the post and its own agency, most meetings a year together first, then groups in common, then name. */
function colleaguesOf(groups: readonly Group[], role: Role, index: ReadonlyMap<ItemId, Item>, skip: ReadonlySet<ItemId>): Colleague[] {
	const together = new Map<ItemId, { meetings: number; groups: ItemId[] }>();
	for (const g of groups) {
		const perYear = meetingsPerYear(g.meets) ?? 0;
		for (const id of seatsOf(g).keys()) {
			if (id === role.id || id === role.agency || skip.has(id)) continue;
			const entry = together.get(id) ?? { meetings: 0, groups: [] };
			entry.meetings += perYear;
			entry.groups.push(g.id);
			together.set(id, entry);
		}
	}
	return [...together]
		.map(([id, e]) => ({ id, name: index.get(id)?.name ?? id, meetingsTogether: e.meetings, groups: e.groups }))
		.sort((a, b) => b.meetingsTogether - a.meetingsTogether || b.groups.length - a.groups.length || a.name.localeCompare(b.name));
}

function unique(ids: readonly ItemId[]): ItemId[] {
	return [...new Set(ids)];
}

const list = (names: readonly string[], conjunction: 'and' | 'or' = 'and') => listWords(names, { conjunction });
