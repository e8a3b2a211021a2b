/**
 * What if (report Appendix 2c, 3.8): the map as it would be without some items (a post
 * left empty, a group that stops meeting). Their memberships, chairs and links go with them.
 */
import type { ItemId, LocalityModel } from '../model/locality-model';

export function removeItems(model: LocalityModel, removed: Iterable<ItemId>): LocalityModel {
	const gone = new Set(removed);
	if (gone.size === 0) return model;
	for (const r of model.roles) if (gone.has(r.agency)) gone.add(r.id); // a post goes with its agency, and so do its seats and links
	return {
		...model,
		agencies: model.agencies.filter((a) => !gone.has(a.id)),
		// A post whose agency has gone is gone too: nobody employs it.
		roles: model.roles.filter((r) => !gone.has(r.id) && !gone.has(r.agency)),
		groups: model.groups
			.filter((g) => !gone.has(g.id))
			.map((g) => ({
				...g,
				members: g.members.filter((m) => !gone.has(m.id)),
				...(g.chair && gone.has(g.chair) ? { chair: undefined } : {})
			})),
		links: model.links.filter((l) => !gone.has(l.from) && !gone.has(l.to))
	};
}
