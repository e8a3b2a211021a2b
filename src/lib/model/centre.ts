/**
 * The centre: where what a locality learns must arrive to change anything. The report's
 * notion is being "connected to the levers of power or resource" (Appendix 2f, of a Network
 * "developed by fieldworkers"), and "good links to the centre" mean an "upward flow of
 * information from localities that will be 'received' and impact on policy" (5.1, 3.1). A
 * pilot steering group is "chaired / attended by a local authority representative, and
 * therefore directly linked into local authority planning structures" (Appendix ONE).
 *
 * So the centre is, by what the map records and never by a group's type alone:
 * - the local authority: an agency of sector `local-authority`, and its posts;
 * - a group the local authority sits on (as chair, or as a member who attends);
 * - a body that holds resources: the `from` of a `funds` link.
 */
import { agencyOf, indexItems, type Item, type ItemId, type LocalityModel } from './locality-model';
import type { GroupType, LinkKind } from '../format/vocabulary';
import { seatsOf } from './seats';

export type CentreReason = 'local-authority' | 'local-authority-sits-on' | 'holds-resources';

export const centreReasons: Record<CentreReason, string> = {
	'local-authority': 'the local authority itself',
	'local-authority-sits-on': 'the local authority sits on it',
	'holds-resources': 'it funds others: it holds resources'
};

/** The links along which an issue travels toward the centre: raised, reported and referred on. */
export const ISSUE_LINKS: ReadonlySet<LinkKind> = new Set<LinkKind>(['raises-issues', 'reports-to', 'refers']);

/**
 * The kinds of group Appendix ONE calls a locality's clearing house for issues, "the locality
 * strategic group (steering group / Forum / Network)", with the core groups that act for
 * them. Being one is not being the centre: a Network "is not connected to the levers of power".
 */
export const STRATEGIC_GROUP_TYPES: readonly GroupType[] = ['steering-group', 'forum', 'network', 'core-group'];

function isLocalAuthority(item: Item, index: ReadonlyMap<ItemId, Item>): boolean {
	return item.kind !== 'group' && agencyOf(item, index)?.sector === 'local-authority';
}

/** Every item of the centre, with the first reason it counts. */
export function centreOf(model: LocalityModel, index: ReadonlyMap<ItemId, Item> = indexItems(model)): Map<ItemId, CentreReason> {
	const centre = new Map<ItemId, CentreReason>();
	for (const item of index.values()) if (isLocalAuthority(item, index)) centre.set(item.id, 'local-authority');
	for (const group of model.groups) {
		for (const seat of seatsOf(group).values()) {
			const item = index.get(seat.id);
			if (item && seat.attendance !== 'absent' && isLocalAuthority(item, index)) {
				centre.set(group.id, 'local-authority-sits-on');
				break;
			}
		}
	}
	for (const link of model.links) if (link.kind === 'funds' && !centre.has(link.from)) centre.set(link.from, 'holds-resources');
	return centre;
}

/** One step an issue can take: along an issue link, or carried by someone who sits on a group. */
export interface IssueStep {
	readonly from: ItemId;
	readonly to: ItemId;
	/** `link`: an issue link; `raises`: a member raises it at its group; `carries`: a member carries it from the group on. */
	readonly by: 'link' | 'raises' | 'carries';
}

/**
 * The steps along which an issue travels toward the centre. Steering groups act as a
 * "clearing house for issues brought by the representatives" (3.1): what is raised at a
 * group travels on with the people who sit on it. So an issue moves along every issue link
 * in its direction, from a member to the group it sits on, and from a group to each of its
 * members, who may take it to another group they sit on. Members recorded as absent carry
 * nothing. Links first, in file order, then seats in the order of the groups.
 */
export function issueSteps(model: LocalityModel): IssueStep[] {
	const steps: IssueStep[] = [];
	for (const l of model.links) if (ISSUE_LINKS.has(l.kind)) steps.push({ from: l.from, to: l.to, by: 'link' });
	for (const group of model.groups) {
		for (const seat of seatsOf(group).values()) {
			if (seat.attendance === 'absent') continue;
			steps.push({ from: seat.id, to: group.id, by: 'raises' }, { from: group.id, to: seat.id, by: 'carries' });
		}
	}
	return steps;
}

/** Every item from which issues can reach the centre along `issueSteps` (the centre included). */
export function reachingCentre(model: LocalityModel, centre: ReadonlyMap<ItemId, CentreReason> = centreOf(model)): Set<ItemId> {
	const into = new Map<ItemId, ItemId[]>();
	for (const step of issueSteps(model)) {
		const list = into.get(step.to);
		if (list) list.push(step.from);
		else into.set(step.to, [step.from]);
	}
	// Walk the steps backwards from the centre: everything that reaches it is found once.
	const reached = new Set<ItemId>(centre.keys());
	const queue = [...reached];
	while (queue.length > 0) {
		const id = queue.pop()!;
		for (const from of into.get(id) ?? []) {
			if (!reached.has(from)) {
				reached.add(from);
				queue.push(from);
			}
		}
	}
	return reached;
}
