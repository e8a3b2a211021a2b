/**
 * Where an issue goes (report 3.2: support workers could not see "the ways in which they
 * can contribute to discussion of strategic developments"): the shortest chain of the
 * model's issue steps (`issueSteps`: issue links raised, reported and referred on, and the
 * people who sit on a group carrying what is raised there to the other groups they sit on)
 * from where a person sits to the centre (`centreOf`: the local authority, a group it sits
 * on, a body that funds others), passing the locality's strategic groups on the way where
 * it does. The same steps decide the audit's route to the centre.
 */
import { centreOf, issueSteps, STRATEGIC_GROUP_TYPES, type CentreReason } from '../model/centre';
import { indexItems, type ItemId, type LocalityModel } from '../model/locality-model';

export interface IssuePath {
	/** The items in order, from a starting point to the furthest point reached toward the centre. */
	readonly ids: readonly ItemId[];
	/** Whether the path ends at the centre. */
	readonly reachesCentre: boolean;
	/** Why the end counts as the centre, when it does. */
	readonly centreReason?: CentreReason;
	/** Whether it passes a strategic group (STRATEGIC_GROUP_TYPES) on the way, or ends at one. */
	readonly reachesStrategicGroup: boolean;
}

/**
 * Breadth first from every start at once along issue steps, so the path is a shortest one;
 * ties go to the start listed first, then links before seats, in file order. A start is where an issue
 * begins, never where it arrives, even when it is itself part of the centre. When no route
 * reaches the centre, the path to the nearest strategic group is given; when none reaches
 * that either, the path is a strategic group among the starts, else the first start.
 */
export function issuePath(model: LocalityModel, starts: readonly ItemId[]): IssuePath {
	const index = indexItems(model);
	const centre = centreOf(model, index);
	const isStrategic = (id: ItemId) => {
		const item = index.get(id);
		return item?.kind === 'group' && STRATEGIC_GROUP_TYPES.includes(item.type);
	};
	const out = new Map<ItemId, ItemId[]>();
	for (const step of issueSteps(model)) {
		const list = out.get(step.from);
		if (list) list.push(step.to);
		else out.set(step.from, [step.to]);
	}
	const previous = new Map<ItemId, ItemId | null>();
	const queue: ItemId[] = [];
	for (const s of starts) {
		if (index.has(s) && !previous.has(s)) {
			previous.set(s, null);
			queue.push(s);
		}
	}
	const startSet = new Set(queue);
	let strategic: ItemId | undefined;
	let reached: ItemId | undefined;
	for (let head = 0; head < queue.length && !reached; head++) {
		const id = queue[head];
		if (!startSet.has(id) && centre.has(id)) reached = id;
		else if (!strategic && !startSet.has(id) && isStrategic(id)) strategic = id;
		for (const next of out.get(id) ?? []) {
			if (!previous.has(next)) {
				previous.set(next, id);
				queue.push(next);
			}
		}
	}
	const end = reached ?? strategic ?? queue.find(isStrategic) ?? queue[0];
	if (end === undefined) return { ids: [], reachesCentre: false, reachesStrategicGroup: false };
	const ids: ItemId[] = [];
	for (let at: ItemId | null | undefined = end; at; at = previous.get(at)) ids.unshift(at);
	const reachesStrategicGroup = ids.some(isStrategic);
	return reached ? { ids, reachesCentre: true, centreReason: centre.get(reached), reachesStrategicGroup } : { ids, reachesCentre: false, reachesStrategicGroup };
}
