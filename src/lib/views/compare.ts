/**
 * The localities side by side on the same measures (report 5.1, Table 1), for a manager
 * comparing pilots. Each measure says which way is better, so the best and worst of each
 * can be marked; where better depends on purpose (size, density), it says neither.
 *
 * Two rules keep the comparison fair. Where a map does not record what a measure needs (no
 * group's focus given, no one's membership recorded), the value is `null`, shown as "not
 * recorded" and never ranked: a silence is neither good nor bad. And where the size of a map
 * drives a count (more groups, more overlaps), the measure is a share, so a small map and a
 * large one stand on the same footing.
 */
import { audit } from '../analysis/audit';
import { DEFAULT_EXPECTED_SECTORS } from '../analysis/find-gaps';
import { topHubs } from '../analysis/find-hubs';
import type { Sector } from '../format/vocabulary';
import { centreOf, reachingCentre } from '../model/centre';
import { allItems, systemsMinding, type LocalityModel } from '../model/locality-model';

export type Better = 'higher' | 'lower' | 'neither';
/** How a value is written: a whole number, or a share written as a percentage. */
export type Format = 'count' | 'share' | 'decimal';

export interface Measure {
	readonly id: string;
	readonly label: string;
	readonly description: string;
	readonly better: Better;
	readonly format: Format;
	readonly section: string;
}

export const measures: readonly Measure[] = [
	{ id: 'agencies', label: 'Agencies', description: 'Agencies in the map.', better: 'neither', format: 'count', section: '2.1' },
	{ id: 'roles', label: 'Roles', description: 'Posts in the map.', better: 'neither', format: 'count', section: '2.1' },
	{ id: 'groups', label: 'Groups', description: 'Groups and meetings.', better: 'neither', format: 'count', section: '3.2' },
	{ id: 'links', label: 'Links', description: 'Flows between items.', better: 'neither', format: 'count', section: '3.1' },
	{ id: 'density', label: 'Density', description: 'Ties as a share of all possible ties.', better: 'neither', format: 'decimal', section: '3.2' },
	{
		id: 'membershipRecorded',
		label: 'Membership recorded',
		description: 'Share of groups whose members the map records in full. The lower it is, the less the other measures can say.',
		better: 'neither',
		format: 'share',
		section: '3.1'
	},
	{
		id: 'sectorsPresent',
		label: 'Sectors on groups',
		description: 'Share of the expected sectors recorded on some group. Not recorded where a sector is missing but some membership is not recorded.',
		better: 'higher',
		format: 'share',
		section: '2.1, 3.6'
	},
	{ id: 'openGroups', label: 'Open groups', description: 'Share of groups open to anyone; not recorded where any group’s membership type is not given.', better: 'higher', format: 'share', section: '3.3' },
	{ id: 'upstreamGroups', label: 'Upstream groups', description: 'Share of groups with an upstream or both focus; not recorded where any group’s focus is not given.', better: 'higher', format: 'share', section: '3.3' },
	{ id: 'overlaps', label: 'Groups overlapping', description: 'Share of groups, of those with members recorded in full, that share half their seats or more with another.', better: 'lower', format: 'share', section: '3.2' },
	{ id: 'gaps', label: 'Kinds of gap', description: 'How many of the seven kinds of gap the audit finds (silences are not gaps).', better: 'lower', format: 'count', section: '3.9' },
	{ id: 'fragile', label: 'Single points of failure', description: 'Share of items whose loss would cut others off.', better: 'lower', format: 'share', section: '3.8, 5.2' },
	{ id: 'systemsMinder', label: 'Systems minder', description: 'Posts recorded as minding the system; not recorded unless a post is marked as minding it or every post is marked as not.', better: 'higher', format: 'count', section: '3.8' },
	{
		id: 'routeToCentre',
		label: 'Groups with a route to the centre',
		description:
			'Share of local groups from which issues can reach the local authority, a group it sits on, or a body that holds resources; a group with no recorded route whose members are not all recorded is left out, as a question.',
		better: 'higher',
		format: 'share',
		section: '3.1'
	}
];

/** A measure's value; `null` where the map does not record what it needs. */
export type Value = number | null;

export interface ComparisonRow {
	readonly id: string;
	readonly name: string;
	readonly as_of: string;
	readonly kind?: string;
	readonly values: Readonly<Record<string, Value>>;
	readonly sectorsAbsent: readonly Sector[];
	/** Expected sectors recorded on no group, where the map does not record enough to say they are absent. */
	readonly sectorsNotRecorded: readonly Sector[];
	readonly topHubs: readonly string[];
}

const share = (part: number, whole: number): Value => (whole === 0 ? null : Math.round((part / whole) * 100) / 100);

export function comparisonRow(model: LocalityModel): ComparisonRow {
	const a = audit(model);
	const expected = model.locality.expected_sectors ?? DEFAULT_EXPECTED_SECTORS;
	const absent = a.gaps.flatMap((g) => (g.kind === 'missing-sector' && g.sector ? [g.sector] : []));
	const unsure = a.unrecorded.flatMap((u) => u.sectors ?? []);
	const reached = reachingCentre(model, centreOf(model));
	// A group the map records no route from, but whose members it does not record in full, is a question, not a failure.
	const local = model.groups.filter((g) => !g.external && (reached.has(g.id) || g.members_recorded === 'complete'));
	const recorded = model.groups.filter((g) => g.members_recorded === 'complete');
	const overlapping = new Set(a.overlaps.flatMap((o) => o.groups));
	const typed = model.groups.filter((g) => g.membership);
	const focused = model.groups.filter((g) => g.focus);
	const minding = systemsMinding(model);
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
			membershipRecorded: share(recorded.length, model.groups.length),
			sectorsPresent: unsure.length > 0 ? null : share(expected.length - absent.length, expected.length),
			// A share of the groups whose membership type or focus is recorded would rank a map by what
			// it happens to record: where any group's is missing, the measure is not recorded.
			openGroups: typed.length < model.groups.length ? null : share(typed.filter((g) => g.membership === 'open').length, typed.length),
			upstreamGroups: focused.length < model.groups.length ? null : share(focused.filter((g) => g.focus === 'upstream' || g.focus === 'both').length, focused.length),
			overlaps: share(recorded.filter((g) => overlapping.has(g.id)).length, recorded.length),
			gaps: new Set(a.gaps.map((g) => g.kind)).size,
			fragile: share(a.fragile.length, allItems(model).length),
			systemsMinder: minding.known ? minding.minders.length : null,
			routeToCentre: share(local.filter((g) => reached.has(g.id)).length, local.length)
		},
		sectorsAbsent: absent,
		sectorsNotRecorded: unsure,
		topHubs: topHubs(a.hubs).map((h) => h.name)
	};
}

/** A value as a reader sees it: "not recorded", a percentage, or the number. */
export function valueText(measure: Measure, value: Value): string {
	if (value === null) return 'not recorded';
	if (measure.format === 'share') return `${Math.round(value * 100)}%`;
	return String(value);
}

/**
 * For each measure with a better direction, the ids of the best and the worst rows (all of
 * them on a tie). Rows whose value is not recorded take no part; a measure recorded for
 * fewer than two rows is not marked.
 */
export function extremes(rows: readonly Pick<ComparisonRow, 'id' | 'values'>[]): Record<string, { best: string[]; worst: string[] }> {
	const out: Record<string, { best: string[]; worst: string[] }> = {};
	for (const m of measures) {
		if (m.better === 'neither') continue;
		const known = rows.filter((r) => r.values[m.id] !== null && r.values[m.id] !== undefined);
		if (known.length < 2) continue;
		const values = known.map((r) => r.values[m.id] as number);
		const hi = Math.max(...values);
		const lo = Math.min(...values);
		if (hi === lo) continue;
		const [best, worst] = m.better === 'higher' ? [hi, lo] : [lo, hi];
		out[m.id] = { best: known.filter((r) => r.values[m.id] === best).map((r) => r.id), worst: known.filter((r) => r.values[m.id] === worst).map((r) => r.id) };
	}
	return out;
}
