/**
 * The localities side by side on the same measures (report 5.1, Table 1), for a manager
 * comparing pilots. Each measure says which way is better, so the best and worst of each
 * can be marked; where better depends on purpose (size, density), it says neither.
 */
import { audit } from '../analysis/audit';
import { DEFAULT_EXPECTED_SECTORS, groupsReachingCentre } from '../analysis/find-gaps';
import type { Sector } from '../format/vocabulary';
import type { LocalityModel } from '../model/locality-model';

export type Better = 'higher' | 'lower' | 'neither';

export interface Measure {
	readonly id: string;
	readonly label: string;
	readonly description: string;
	readonly better: Better;
	readonly section: string;
}

export const measures: readonly Measure[] = [
	{ id: 'agencies', label: 'Agencies', description: 'Agencies in the map.', better: 'neither', section: '2.1' },
	{ id: 'roles', label: 'Roles', description: 'Posts in the map.', better: 'neither', section: '2.1' },
	{ id: 'groups', label: 'Groups', description: 'Groups and meetings.', better: 'neither', section: '3.2' },
	{ id: 'links', label: 'Links', description: 'Flows between items.', better: 'neither', section: '3.1' },
	{ id: 'density', label: 'Density', description: 'Ties as a share of all possible ties.', better: 'neither', section: '3.2' },
	{ id: 'sectorsPresent', label: 'Sectors on groups', description: 'Expected sectors with someone on a group.', better: 'higher', section: '2.1, 3.6' },
	{ id: 'openGroups', label: 'Open groups', description: 'Groups open to anyone, against representative ones.', better: 'higher', section: '3.3' },
	{ id: 'upstreamGroups', label: 'Upstream groups', description: 'Groups with an upstream or both focus.', better: 'higher', section: '3.3' },
	{ id: 'downstreamGroups', label: 'Downstream groups', description: 'Groups with a downstream focus.', better: 'neither', section: '3.3' },
	{ id: 'overlaps', label: 'Overlaps', description: 'Pairs of groups sharing half their members or more.', better: 'lower', section: '3.2' },
	{ id: 'gaps', label: 'Gaps', description: 'Gap findings of every kind.', better: 'lower', section: '3.9' },
	{ id: 'fragile', label: 'Single points of failure', description: 'Items whose loss cuts others off.', better: 'lower', section: 'Appendix 2c' },
	{ id: 'systemsMinder', label: 'Systems minder', description: 'Posts marked as minding the system.', better: 'higher', section: '3.8' },
	{ id: 'routeToCentre', label: 'Groups with a route to the centre', description: 'Share of groups whose issues can reach a strategic group or the local authority.', better: 'higher', section: '3.1' }
];

export interface ComparisonRow {
	readonly id: string;
	readonly name: string;
	readonly as_of: string;
	readonly kind?: string;
	readonly values: Readonly<Record<string, number>>;
	readonly sectorsAbsent: readonly Sector[];
	readonly topHubs: readonly string[];
}

export function comparisonRow(model: LocalityModel): ComparisonRow {
	const a = audit(model);
	const expected = model.locality.expected_sectors ?? DEFAULT_EXPECTED_SECTORS;
	const absent = a.gaps.filter((g) => g.kind === 'missing-sector').map((g) => g.sector!);
	const reached = groupsReachingCentre(model);
	const groups = model.groups.filter((g) => !g.external);
	return {
		id: model.locality.id,
		name: model.locality.name,
		as_of: model.locality.as_of,
		kind: model.locality.kind,
		values: {
			agencies: model.agencies.length,
			roles: model.roles.length,
			groups: model.groups.length,
			links: model.links.length,
			density: a.metrics.density,
			sectorsPresent: expected.length - absent.length,
			openGroups: model.groups.filter((g) => g.membership === 'open').length,
			upstreamGroups: model.groups.filter((g) => g.focus === 'upstream' || g.focus === 'both').length,
			downstreamGroups: model.groups.filter((g) => g.focus === 'downstream').length,
			overlaps: a.overlaps.length,
			gaps: a.gaps.length,
			fragile: a.fragile.length,
			systemsMinder: model.roles.filter((r) => r.systems_minder).length,
			routeToCentre: groups.length ? Math.round((groups.filter((g) => reached.has(g.id)).length / groups.length) * 100) / 100 : 0
		},
		sectorsAbsent: absent,
		topHubs: a.hubs.filter((h) => h.betweenness > 0).slice(0, 3).map((h) => h.name)
	};
}

/** For each measure with a better direction, the ids of the best and the worst rows (all of them on a tie). */
export function extremes(rows: readonly Pick<ComparisonRow, 'id' | 'values'>[]): Record<string, { best: string[]; worst: string[] }> {
	const out: Record<string, { best: string[]; worst: string[] }> = {};
	for (const m of measures) {
		if (m.better === 'neither' || rows.length < 2) continue;
		const values = rows.map((r) => r.values[m.id]);
		const hi = Math.max(...values);
		const lo = Math.min(...values);
		if (hi === lo) continue;
		const [best, worst] = m.better === 'higher' ? [hi, lo] : [lo, hi];
		out[m.id] = { best: rows.filter((r) => r.values[m.id] === best).map((r) => r.id), worst: rows.filter((r) => r.values[m.id] === worst).map((r) => r.id) };
	}
	return out;
}
