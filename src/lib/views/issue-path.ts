/**
 * Where an issue goes (report 3.2: support workers could not see "the ways in which they
 * can contribute to discussion of strategic developments"): the shortest chain of
 * raises-issues, reports-to and refers links from where a person sits to the strategic
 * group and on to the centre, the local authority.
 */
import { agencyOf, indexItems, type ItemId, type LocalityModel } from '../model/locality-model';
import { CENTRE_GROUP_TYPES, ROUTE_LINKS } from '../analysis/find-gaps';


export interface IssuePath {
	/** The items in order, from a starting point to the furthest point reached toward the centre. */
	readonly ids: readonly ItemId[];
	/** Whether the path ends at the local authority. */
	readonly reachesCentre: boolean;
	/** Whether it passes a strategic group (steering group, forum, core group) on the way. */
	readonly reachesStrategicGroup: boolean;
}

/**
 * Breadth first from every start at once along route links, so the path is a shortest one;
 * ties go to the start listed first and the link written first. When no route reaches the
 * local authority, the path to the nearest strategic group is given; when none reaches
 * that either, the path is just the starts' first item.
 */
export function issuePath(model: LocalityModel, starts: readonly ItemId[]): IssuePath {
	const index = indexItems(model);
	const isCentre = (id: ItemId) => {
		const item = index.get(id);
		return item !== undefined && item.kind !== 'group' && agencyOf(item, index)?.sector === 'local-authority';
	};
	const isStrategic = (id: ItemId) => {
		const item = index.get(id);
		return item?.kind === 'group' && CENTRE_GROUP_TYPES.includes(item.type);
	};
	const out = new Map<ItemId, ItemId[]>();
	for (const l of model.links) {
		if (!ROUTE_LINKS.has(l.kind)) continue;
		out.set(l.from, [...(out.get(l.from) ?? []), l.to]);
	}
	const previous = new Map<ItemId, ItemId | null>();
	const queue: ItemId[] = [];
	for (const s of starts) {
		if (index.has(s) && !previous.has(s)) {
			previous.set(s, null);
			queue.push(s);
		}
	}
	// A start is where the issue begins, not where it arrives: a post in the local authority still sends issues on.
	const startSet = new Set(queue);
	let strategic: ItemId | undefined;
	let centre: ItemId | undefined;
	for (let head = 0; head < queue.length && !centre; head++) {
		const id = queue[head];
		if (!startSet.has(id) && isCentre(id)) centre = id;
		else if (!strategic && !startSet.has(id) && isStrategic(id)) strategic = id;
		for (const next of out.get(id) ?? []) {
			if (!previous.has(next)) {
				previous.set(next, id);
				queue.push(next);
			}
		}
	}
	const end = centre ?? strategic ?? queue.find(isStrategic) ?? queue[0];
	if (end === undefined) return { ids: [], reachesCentre: false, reachesStrategicGroup: false };
	const ids: ItemId[] = [];
	for (let at: ItemId | null | undefined = end; at; at = previous.get(at)) ids.unshift(at);
	return { ids, reachesCentre: centre !== undefined, reachesStrategicGroup: ids.some(isStrategic) };
}
