/**
 * The induction of a new member of staff (report 3.2: "new members of the locality need to
 * be actively initiated into the 'communication system'"): for one post, a tour of the
 * locality, the groups the post sits on and what each is for, whom to ask for advice or
 * supervision, where an issue raised goes, and the people met most often.
 */
import { MEETINGS_PER_YEAR, seatsOf } from '../analysis/find-overlaps';
import { boundaries, groupTypes, meetingFrequencies, memberships } from '../format/vocabulary';
import { indexItems, type Group, type ItemId, type LocalityModel, type Role } from '../model/locality-model';
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
	readonly groups: readonly Group[];
	readonly colleagues: readonly Colleague[];
	readonly issuePath: readonly ItemId[];
}

export function induction(model: LocalityModel, roleId: ItemId): Induction | undefined {
	const index = indexItems(model);
	const role = index.get(roleId);
	if (role?.kind !== 'role') return undefined;
	const name = (id: ItemId) => index.get(id)?.name ?? id;
	const agency = index.get(role.agency);
	// A post sits where it is named, and where its agency is named as a whole.
	const groups = model.groups.filter((g) => seatsOf(g).has(role.id) || seatsOf(g).has(role.agency));
	const l = model.locality;
	const steps: TourStep[] = [];

	steps.push({
		id: 'locality',
		title: `Welcome to ${l.name}`,
		paragraphs: [
			`You are joining ${l.name} in the post “${role.name}”${agency ? `, with ${agency.name}` : ''}. This tour walks you through the communication system you are part of: the groups you will sit on, who to ask for help, and where an issue you raise goes.`,
			...(l.summary ? [l.summary] : []),
			...(l.boundary ? [`The locality's boundary is ${boundaries.label(l.boundary).toLowerCase()}: ${boundaries.get(l.boundary)?.description}`] : [])
		],
		focus: [role.id]
	});

	if (groups.length === 0) {
		steps.push({
			id: 'groups',
			title: 'Your groups',
			paragraphs: [`The map shows no group that ${role.name} sits on. Ask your manager which meetings you should attend, and whether the map needs updating.`],
			focus: [role.id]
		});
	}
	for (const g of groups) {
		const others = [...seatsOf(g)].filter((id) => id !== role.id && id !== role.agency);
		const type = groupTypes.get(g.type);
		const facts = [
			{ label: 'What this kind of group is for', value: type?.description ?? '' },
			...(g.purpose ? [{ label: 'Its purpose', value: g.purpose }] : []),
			...(g.chair ? [{ label: 'Chair', value: g.chair === role.id ? 'You' : name(g.chair) }] : []),
			...(g.meets ? [{ label: 'Meets', value: meetingFrequencies.label(g.meets) }] : []),
			...(g.membership ? [{ label: 'Membership', value: memberships.label(g.membership) }] : []),
			{ label: 'Who else is there', value: others.length ? others.map(name).join(', ') : 'No one else is named in the map' }
		];
		steps.push({
			id: `group-${g.id}`,
			title: `${g.name} (${type?.label ?? g.type})`,
			paragraphs: [g.chair === role.id ? `You chair this group.` : `You sit on this group${seatsOf(g).has(role.id) ? '' : ` as part of ${agency?.name ?? 'your agency'}`}.`],
			facts,
			focus: [g.id, ...others]
		});
	}

	const support = model.links.filter(
		(k) => (k.kind === 'consults' || k.kind === 'supervises') && k.from !== role.id && (k.to === role.id || k.to === role.agency || groups.some((g) => g.id === k.to))
	);
	const youAdvise = model.links.filter((k) => (k.kind === 'consults' || k.kind === 'supervises') && k.from === role.id);
	steps.push({
		id: 'support',
		title: 'Who to ask for advice or supervision',
		paragraphs:
			support.length || youAdvise.length
				? [
						...support.map((k) => `${k.kind === 'consults' ? 'Advice' : 'Supervision'} from ${name(k.from)} to ${k.to === role.id ? 'you' : name(k.to)}.${k.notes ? ` (${k.notes})` : ''}`),
						...youAdvise.map((k) => `You give ${k.kind === 'consults' ? 'advice' : 'supervision'} to ${name(k.to)}.`)
					]
				: ['The map records no advice or supervision for this post. Ask who supervises you, and add it to the map.'],
		focus: [role.id, ...support.map((k) => k.from), ...youAdvise.map((k) => k.to)]
	});

	const path = issuePath(model, [role.id, ...groups.map((g) => g.id)]);
	steps.push({
		id: 'issues',
		title: 'Where an issue you raise goes',
		paragraphs:
			path.ids.length === 1 && path.reachesStrategicGroup
				? [`You sit on ${name(path.ids[0])}, a strategic group, but the map shows no route from it on to the local authority: raise this with whoever minds the system.`]
				: path.ids.length > 1
				? [
						`An issue you raise travels: ${path.ids.map(name).join(' → ')}.`,
						path.reachesCentre
							? 'It reaches the local authority: the centre that shapes policy and resources.'
							: path.reachesStrategicGroup
								? 'It reaches a strategic group, but the map shows no route on to the local authority.'
								: 'The map shows no route on to a strategic group or the local authority: raise this with whoever minds the system.'
					]
				: ['The map shows no route from you or your groups toward a strategic group or the local authority. Ask whoever minds the system how issues are raised.'],
		focus: path.ids,
		path: path.ids
	});

	const colleagues = colleaguesOf(model, role, groups);
	steps.push({
		id: 'people',
		title: 'The people you will meet most often',
		paragraphs: colleagues.length
			? colleagues.slice(0, 8).map((c) => `${c.name}: ${c.groups.length} group${c.groups.length === 1 ? '' : 's'} in common${c.meetingsTogether ? `, about ${c.meetingsTogether} meetings a year` : ''}.`)
			: ['The map names no one else in your groups.'],
		focus: colleagues.slice(0, 8).map((c) => c.id)
	});

	return { role, steps, groups, colleagues, issuePath: path.ids };
}

function colleaguesOf(model: LocalityModel, role: Role, groups: readonly Group[]): Colleague[] {
	const index = indexItems(model);
	const together = new Map<ItemId, { meetings: number; groups: ItemId[] }>();
	for (const g of groups) {
		const perYear = g.meets ? (MEETINGS_PER_YEAR[g.meets] ?? 0) : 0;
		for (const id of seatsOf(g)) {
			if (id === role.id || id === role.agency) continue;
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

