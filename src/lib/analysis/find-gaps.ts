/**
 * Gaps: what the map shows to be missing from the system, each kind tied to a finding of
 * the report; and, apart from them, what the map does not record, so that a silence is
 * never reported as an absence (a map made from a report or a half-finished survey is full
 * of them: "the report does not say who sits on this panel" is not "no one sits here").
 * - `isolated` (3.2, 3.9): an item with no tie at all, whose seats are recorded in full.
 * - `missing-sector` (2.1, 3.6): an expected sector that sits on no group, where every
 *   group's membership and every agency of that sector's seats are recorded in full.
 * - `no-route-to-centre` (3.1, 3.8): a group from which issues reach the centre (`model/centre.ts`)
 *   neither along issue links nor with the people who sit on it.
 * - `no-systems-minder` (3.8): every post is recorded as not minding the system.
 * - `absent-members` (Appendix 2c, 4.4): members recorded as attending occasionally or not
 *   at all, or absences recorded without names.
 * - `no-upstream` (3.3): every group's focus is recorded, and none is upstream.
 * - `tier-gap` (1.3, 3.4): no group beyond the schools' own covers tiers 2-3, where every
 *   such group's tiers and membership are recorded.
 */
import { listWords } from '../format/words';
import { sectors, type Sector } from '../format/vocabulary';
import { centreOf, reachingCentre } from '../model/centre';
import { agencyOf, allItems, indexItems, seatsRecorded, systemsMinding, type Group, type Item, type ItemId, type LocalityModel } from '../model/locality-model';
import { seatIds } from '../model/seats';
import { degreeOf, tieGraph, type TieGraph } from './tie-graph';

export type GapKind = 'isolated' | 'missing-sector' | 'no-route-to-centre' | 'no-systems-minder' | 'absent-members' | 'no-upstream' | 'tier-gap';

export interface Gap {
	readonly kind: GapKind;
	readonly ids: readonly ItemId[];
	readonly message: string;
	readonly sector?: Sector;
}

/** What the map does not record, and so what a locality would need to find out. */
export type UnrecordedKind = 'members' | 'seats' | 'sector' | 'route' | 'systems-minder' | 'focus' | 'tiers';

export interface Unrecorded {
	readonly kind: UnrecordedKind;
	readonly ids: readonly ItemId[];
	/** What the map does not record, in plain words. */
	readonly message: string;
	/** What to find out. */
	readonly question: string;
	/** For `sector`: the expected sectors recorded on no group, where the map cannot say they are absent. */
	readonly sectors?: readonly Sector[];
}

export interface GapResult {
	readonly gaps: readonly Gap[];
	readonly unrecorded: readonly Unrecorded[];
}

export const DEFAULT_EXPECTED_SECTORS: readonly Sector[] = ['education', 'health', 'mental-health', 'social-care', 'voluntary', 'families'];

export interface GapOptions {
	/** Sectors expected on some group; the map's `expected_sectors`, else the default set. */
	readonly expectedSectors?: readonly Sector[];
}

export function findGaps(model: LocalityModel, options: GapOptions = {}, graph: TieGraph = tieGraph(model)): GapResult {
	const index = indexItems(model);
	const parts: Part[] = [
		seatSilences(model, graph),
		missingSectors(model, index, options.expectedSectors ?? model.locality.expected_sectors ?? DEFAULT_EXPECTED_SECTORS),
		noRouteToCentre(model, index),
		noSystemsMinder(model),
		{ gaps: absentMembers(model, index) },
		noUpstream(model),
		tierGap(model, index)
	];
	return { gaps: parts.flatMap((p) => p.gaps ?? []), unrecorded: parts.flatMap((p) => p.unrecorded ?? []) };
}

interface Part {
	readonly gaps?: Gap[];
	readonly unrecorded?: Unrecorded[];
}

const list = (names: readonly string[]) => listWords(names);
/** The first three names, and how many more. */
const some = (names: readonly string[]) => listWords(names, { most: 3 });

/** Items with no tie at all are isolated; items whose seats the map does not record in full are questions, not gaps. */
function seatSilences(model: LocalityModel, graph: TieGraph): Part {
	const gaps: Gap[] = [];
	const unrecorded: Unrecorded[] = [];
	// A post or an agency with no tie may still sit on a group whose members the map does not record.
	const openGroups = model.groups.filter((g) => g.members_recorded !== 'complete');
	for (const item of allItems(model)) {
		const recording = seatsRecorded(item);
		if (recording !== 'complete') {
			unrecorded.push(seatSilence(item, recording === 'partial'));
		} else if (degreeOf(graph, graph.index.get(item.id)!) === 0 && item.kind !== 'group' && openGroups.length > 0) {
			unrecorded.push({
				kind: 'seats',
				ids: [item.id, ...openGroups.map((g) => g.id)],
				message: `No tie to ${item.name} is recorded, but the map does not record everyone who sits on ${some(openGroups.map((g) => g.name))}.`,
				question: `Does ${item.name} sit on ${openGroups.length === 1 ? 'it' : 'one of them'}, and how does it hear what goes on?`
			});
		} else if (degreeOf(graph, graph.index.get(item.id)!) === 0) {
			gaps.push({ kind: 'isolated', ids: [item.id], message: `${item.name} has no tie to anyone in the map: how does it hear, and who hears from it?` });
		}
	}
	return { gaps, unrecorded };
}

function seatSilence(item: Item, partial: boolean): Unrecorded {
	if (item.kind === 'group') {
		return partial
			? { kind: 'members', ids: [item.id], message: `The map records only some of who sits on ${item.name}.`, question: `Who else sits on ${item.name}?` }
			: { kind: 'members', ids: [item.id], message: `The map does not record who sits on ${item.name}.`, question: `Who sits on ${item.name}, and how often do they come?` };
	}
	return partial
		? { kind: 'seats', ids: [item.id], message: `The map records only some of the groups ${item.name} sits on.`, question: `Which other groups does ${item.name} sit on?` }
		: { kind: 'seats', ids: [item.id], message: `The map does not record which groups ${item.name} sits on.`, question: `Which groups does ${item.name} sit on?` };
}

function missingSectors(model: LocalityModel, index: ReadonlyMap<ItemId, Item>, expected: readonly Sector[]): Part {
	const seated = new Set<Sector>();
	for (const g of model.groups) {
		for (const id of seatIds(g)) {
			const item = index.get(id);
			const sector = item ? agencyOf(item, index)?.sector : undefined;
			if (sector) seated.add(sector);
		}
	}
	const openGroups = model.groups.filter((g) => g.members_recorded !== 'complete');
	const gaps: Gap[] = [];
	const unsure: Sector[] = [];
	const unsureItems = new Set<ItemId>(openGroups.map((g) => g.id));
	for (const sector of expected) {
		if (seated.has(sector)) continue;
		// Agencies of this sector whose groups the map does not record in full, and their posts.
		const silent = allItems(model).filter((item) => item.kind !== 'group' && seatsRecorded(item) !== 'complete' && agencyOf(item, index)?.sector === sector);
		if (openGroups.length === 0 && silent.length === 0) {
			gaps.push({ kind: 'missing-sector', ids: [], sector, message: `No one from ${sectors.label(sector).toLowerCase()} sits on any group.` });
		} else {
			unsure.push(sector);
			for (const item of silent) unsureItems.add(item.id);
		}
	}
	if (unsure.length === 0) return { gaps };
	const silentItems = [...unsureItems].map((id) => index.get(id)).filter((i): i is Item => i !== undefined && i.kind !== 'group');
	const where = [
		...(openGroups.length ? [`who sits on ${some(openGroups.map((g) => g.name))}`] : []),
		...(silentItems.length ? [`which groups ${some(silentItems.map((i) => i.name))} sit${silentItems.length === 1 ? 's' : ''} on`] : [])
	];
	const labels = list(unsure.map((s) => sectors.label(s).toLowerCase()));
	return {
		gaps,
		unrecorded: [
			{
				kind: 'sector',
				ids: [...unsureItems],
				sectors: unsure,
				message: `No one from ${labels} is recorded on any group, but the map does not record ${where.join(', nor ')}.`,
				question: `Does anyone from ${labels} sit on a group here?`
			}
		]
	};
}

/**
 * The groups, other than external ones, from which no recorded chain of issue links reaches the
 * centre. A map with no centre at all gets one gap naming every local group.
 */
function noRouteToCentre(model: LocalityModel, index: ReadonlyMap<ItemId, Item>): Part {
	const centre = centreOf(model, index);
	const local = model.groups.filter((g) => !g.external);
	if (local.length === 0) return {};
	if (centre.size === 0) {
		return {
			gaps: [
			{
				kind: 'no-route-to-centre',
				ids: local.map((g) => g.id),
				message: 'The map records no centre at all: no local authority, no group it sits on and no body that funds others. Nothing raised here is recorded as reaching the people who decide policy and resources.'
			}
			]
		};
	}
	const reached = reachingCentre(model, centre);
	const without = local.filter((g) => !reached.has(g.id));
	// Whoever the map does not record on a group may carry its issues on.
	return {
		gaps: without
			.filter((g) => g.members_recorded === 'complete')
			.map((g) => ({
				kind: 'no-route-to-centre' as const,
				ids: [g.id],
				message: `The map records no route from ${g.name} to the centre: neither a chain of raises-issues, reports-to or refers links nor anyone who sits on it leads to the local authority, a group it sits on or a body that holds resources.`
			})),
		unrecorded: without
			.filter((g) => g.members_recorded !== 'complete')
			.map((g) => ({
				kind: 'route' as const,
				ids: [g.id],
				message: `The map records no route from ${g.name} to the centre, but it does not record everyone who sits on it.`,
				question: `Does anyone on ${g.name} take what it learns to the local authority, a group it sits on, or a body that holds resources?`
			}))
	};
}

function noSystemsMinder(model: LocalityModel): Part {
	const { minders, known } = systemsMinding(model);
	if (minders.length > 0) return {};
	if (known) {
		return { gaps: [{ kind: 'no-systems-minder', ids: [], message: 'Every post is recorded as not minding the communication system: who notices when it goes wrong?' }] };
	}
	return {
		unrecorded: [
			{
				kind: 'systems-minder',
				ids: [],
				message: 'The map does not record who minds the communication system.',
				question: 'Who minds the system here: who receives issues, frees up communication and notices when it goes wrong (report 3.8)?'
			}
		]
	};
}

function absentMembers(model: LocalityModel, index: ReadonlyMap<ItemId, Item>): Gap[] {
	return model.groups.flatMap((g: Group) => {
		const away = g.members.filter((m) => m.attendance !== 'regular');
		if (away.length === 0 && !g.absences) return [];
		const names = away.map((m) => `${index.get(m.id)?.name ?? m.id} (${m.attendance})`);
		const said = [...(names.length ? [names.join(', ')] : []), ...(g.absences ? [g.absences.trim().replace(/\.$/, '')] : [])];
		return [{ kind: 'absent-members' as const, ids: [g.id, ...away.map((m) => m.id)], message: `${g.name} meets without all its members: ${said.join('; ')}.` }];
	});
}

function noUpstream(model: LocalityModel): Part {
	if (model.groups.length === 0 || model.groups.some((g) => g.focus === 'upstream' || g.focus === 'both')) return {};
	const unknown = model.groups.filter((g) => !g.focus);
	if (unknown.length === 0) {
		return { gaps: [{ kind: 'no-upstream', ids: [], message: 'No group has an upstream focus: every conversation is about children already in difficulty.' }] };
	}
	return {
		unrecorded: [
			{
				kind: 'focus',
				ids: unknown.map((g) => g.id),
				message: `No group is recorded with an upstream focus, but the map does not record the focus of ${some(unknown.map((g) => g.name))}.`,
				question: 'Where do people talk about making things better for all children, not only those already in difficulty (report 3.3)?'
			}
		]
	};
}

function tierGap(model: LocalityModel, index: ReadonlyMap<ItemId, Item>): Part {
	const candidates = model.groups.filter((g) => g.type !== 'school-consultation-team');
	const beyondSchools = (g: Group) =>
		[...seatIds(g)].some((id) => {
			const item = index.get(id);
			const sector = item ? agencyOf(item, index)?.sector : undefined;
			return sector !== undefined && sector !== 'education';
		});
	const middle = (g: Group) => (g.tiers ?? []).some((t) => t === 2 || t === 3);
	if (model.groups.length === 0 || candidates.some((g) => middle(g) && beyondSchools(g))) return {};
	// A group whose tiers are not given, or whose membership is not recorded in full, might cover the gap.
	const unsure = candidates.filter((g) => (!g.tiers?.length || middle(g)) && (beyondSchools(g) || g.members_recorded !== 'complete'));
	if (unsure.length === 0) {
		return { gaps: [{ kind: 'tier-gap', ids: [], message: 'No group beyond the schools’ own covers tiers 2 to 3, where children fall between schools and other agencies’ thresholds.' }] };
	}
	return {
		unrecorded: [
			{
				kind: 'tiers',
				ids: unsure.map((g) => g.id),
				message: `No group beyond the schools’ own is recorded covering tiers 2 to 3, but the map does not record the levels of need, or everyone on, ${some(unsure.map((g) => g.name))}.`,
				question: 'Which group takes up the children between what schools can do and other agencies’ thresholds (report 1.3, 3.4)?'
			}
		]
	};
}
