/**
 * Gaps: what is missing from the system, each kind tied to a finding of the report.
 * - `isolated` (3.9): an item in no group and no link (an agency counts as present
 *   through any of its posts).
 * - `missing-sector` (2.1, 3.6): a sector expected in every locality that sits on no group.
 * - `no-route-to-centre` (3.1, 3.3): a group from which no chain of raises-issues,
 *   reports-to or refers links reaches a steering group, forum, core group or the local
 *   authority, so what it learns cannot reach the people who decide.
 * - `no-systems-minder` (3.8): no post minds the communication system.
 * - `absent-members` (Appendix 2c): members recorded as attending occasionally or not at all.
 * - `no-upstream` (3.3): no group with an upstream or both focus.
 * - `tier-gap` (1.3, 3.4): no group beyond the schools' own that covers tiers 2-3, the
 *   "no man's land" between schools' confidence and other agencies' thresholds.
 */
import { sectors, type GroupType, type LinkKind, type Sector } from '../format/vocabulary';
import { agencyOf, indexItems, type Group, type ItemId, type LocalityModel } from '../model/locality-model';

export type GapKind = 'isolated' | 'missing-sector' | 'no-route-to-centre' | 'no-systems-minder' | 'absent-members' | 'no-upstream' | 'tier-gap';

export interface Gap {
	readonly kind: GapKind;
	readonly ids: readonly ItemId[];
	readonly message: string;
	readonly sector?: Sector;
}

export const DEFAULT_EXPECTED_SECTORS: readonly Sector[] = ['education', 'health', 'mental-health', 'social-care', 'voluntary', 'families'];
export const CENTRE_GROUP_TYPES: readonly GroupType[] = ['steering-group', 'forum', 'core-group'];
/** The links along which an issue travels toward the centre. */
export const ROUTE_LINKS: ReadonlySet<LinkKind> = new Set<LinkKind>(['raises-issues', 'reports-to', 'refers']);

export interface GapOptions {
	/** Sectors expected on some group; the map's `expected_sectors`, else the default set. */
	readonly expectedSectors?: readonly Sector[];
}

export function findGaps(model: LocalityModel, options: GapOptions = {}): Gap[] {
	return [
		...isolated(model),
		...missingSectors(model, options.expectedSectors ?? model.locality.expected_sectors ?? DEFAULT_EXPECTED_SECTORS),
		...noRouteToCentre(model),
		...noSystemsMinder(model),
		...absentMembers(model),
		...noUpstream(model),
		...tierGap(model)
	];
}

function isolated(model: LocalityModel): Gap[] {
	const tied = new Set<ItemId>();
	for (const g of model.groups) {
		if (g.members.length > 0 || g.chair) tied.add(g.id);
		for (const m of g.members) tied.add(m.id);
		if (g.chair) tied.add(g.chair);
	}
	for (const l of model.links) {
		tied.add(l.from);
		tied.add(l.to);
	}
	for (const r of model.roles) if (tied.has(r.id)) tied.add(r.agency);
	return [...model.agencies, ...model.roles, ...model.groups]
		.filter((item) => !tied.has(item.id))
		.map((item) => ({ kind: 'isolated' as const, ids: [item.id], message: `${item.name} is in no group and no link: how does it hear, and who hears from it?` }));
}

function missingSectors(model: LocalityModel, expected: readonly Sector[]): Gap[] {
	const index = indexItems(model);
	const seated = new Set<Sector>();
	for (const g of model.groups) {
		for (const id of [...g.members.map((m) => m.id), ...(g.chair ? [g.chair] : [])]) {
			const item = index.get(id);
			const sector = item ? agencyOf(item, index)?.sector : undefined;
			if (sector) seated.add(sector);
		}
	}
	return expected
		.filter((s) => !seated.has(s))
		.map((sector) => ({ kind: 'missing-sector' as const, ids: [], sector, message: `No one from ${sectors.label(sector).toLowerCase()} sits on any group.` }));
}

/** A group reaches the centre when it is one, or a chain of route links leads to one. */
export function groupsReachingCentre(model: LocalityModel): Set<ItemId> {
	const index = indexItems(model);
	const isCentre = (id: ItemId) => {
		const item = index.get(id);
		if (!item) return false;
		if (item.kind === 'group') return CENTRE_GROUP_TYPES.includes(item.type);
		return agencyOf(item, index)?.sector === 'local-authority';
	};
	// Walk the route links backwards from the centres: everything that reaches one is found once.
	const into = new Map<ItemId, ItemId[]>();
	for (const l of model.links) {
		if (!ROUTE_LINKS.has(l.kind)) continue;
		const list = into.get(l.to) ?? [];
		list.push(l.from);
		into.set(l.to, list);
	}
	const reached = new Set<ItemId>([...index.keys()].filter(isCentre));
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

/** The groups, other than external ones, from which no route reaches the centre. */
function noRouteToCentre(model: LocalityModel): Gap[] {
	const reached = groupsReachingCentre(model);
	return model.groups
		.filter((g) => !g.external && !reached.has(g.id))
		.map((g) => ({
			kind: 'no-route-to-centre' as const,
			ids: [g.id],
			message: `Nothing ${g.name} raises reaches a steering group, forum, core group or the local authority: no chain of raises-issues, reports-to or refers links leads there.`
		}));
}

function noSystemsMinder(model: LocalityModel): Gap[] {
	if (model.roles.some((r) => r.systems_minder)) return [];
	return [{ kind: 'no-systems-minder', ids: [], message: 'No post is marked as minding the communication system: who notices when it goes wrong?' }];
}

function absentMembers(model: LocalityModel): Gap[] {
	const index = indexItems(model);
	return model.groups.flatMap((g: Group) => {
		const away = g.members.filter((m) => m.attendance !== 'regular');
		if (away.length === 0) return [];
		const names = away.map((m) => `${index.get(m.id)?.name ?? m.id} (${m.attendance})`);
		return [{ kind: 'absent-members' as const, ids: [g.id, ...away.map((m) => m.id)], message: `${g.name} meets without all its members: ${names.join(', ')}.` }];
	});
}

function noUpstream(model: LocalityModel): Gap[] {
	if (model.groups.length === 0 || model.groups.some((g) => g.focus === 'upstream' || g.focus === 'both')) return [];
	return [{ kind: 'no-upstream', ids: [], message: 'No group has an upstream focus: every conversation is about children already in difficulty.' }];
}

function tierGap(model: LocalityModel): Gap[] {
	const index = indexItems(model);
	const beyondSchools = (g: Group) =>
		[...g.members.map((m) => m.id), ...(g.chair ? [g.chair] : [])].some((id) => {
			const item = index.get(id);
			const sector = item ? agencyOf(item, index)?.sector : undefined;
			return sector !== undefined && sector !== 'education';
		});
	const covered = model.groups.some((g) => g.type !== 'school-consultation-team' && (g.tiers ?? []).some((t) => t === 2 || t === 3) && beyondSchools(g));
	if (model.groups.length === 0 || covered) return [];
	return [{ kind: 'tier-gap', ids: [], message: 'No group beyond the schools’ own covers tiers 2 to 3, where children fall between schools and other agencies’ thresholds.' }];
}
