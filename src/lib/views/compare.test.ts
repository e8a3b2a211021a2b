/**
 * The comparison of localities: one row of measures per map, worked by hand on three tiny
 * maps (Alpha, Beta and the empty Gamma), then the best and worst of each measure, with
 * ties, all-equal measures and the measures where better is 'neither', which are never marked.
 */
import { describe, expect, it } from 'vitest';
import { modelOf } from '../load/fixtures';
import { comparisonRow, extremes, measures, type ComparisonRow } from './compare';

/*
 * Alpha. Ties (5): head-schools, minder-la (posts in their agencies), head-forum,
 * minder-forum (members), forum-la (link). n = 5: density 5 / (5·4/2) = 0.5.
 *
 *   schools - head - forum - minder
 *                       \     /
 *                         la
 *
 * Single points of failure: forum (cuts off head and schools), head (schools): 2.
 * Betweenness (pairs of others): forum lies on head-minder, head-la, schools-minder,
 * schools-la (4); head on schools-forum, schools-minder, schools-la (3); minder and la on
 * none. Top hubs with betweenness above 0: Forum, Head.
 * Gaps: seated sectors education (head) and local authority (minder), so of the default six
 * health, mental health, social care, voluntary and families are missing (5); the forum is a
 * strategic group itself, so it has a route; the minder minds the system; the forum looks
 * upstream; no group gives tiers 2-3, so a tier gap (1). 6 gaps. One group: no overlaps.
 * Sectors present: 6 expected - 5 missing = 1. Route to centre: 1 of 1 group = 1.
 */
const ALPHA = `locality: { id: alpha, name: Alpha, as_of: "2005", kind: pilot }
agencies:
  - { id: la, name: Council, sector: local-authority }
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: head, name: Head, agency: schools }
  - { id: minder, name: Minder, agency: la, systems_minder: true }
groups:
  - { id: forum, name: Forum, type: forum, membership: open, focus: upstream, meets: monthly, members: [head, minder] }
links:
  - { from: forum, to: la, kind: reports-to }
`;

/*
 * Beta: two panels seating the same two (one of them an external, county panel).
 * Ties (5): nurse-health, schools-p1, nurse-p1, schools-p2, nurse-p2. n = 5: density 0.5.
 *
 *   schools - p1 - nurse - health
 *         \        /
 *          p2 ----
 *
 * Single point of failure: nurse (cuts off health): 1.
 * Betweenness: nurse lies on health's 3 pairs and on half of p1-p2: 3.5; p1 on half of
 * schools-nurse and half of health-schools: 1; p2 the same: 1; schools on half of p1-p2:
 * 0.5. Top three: Nurse, then the two panels tied (same ties, 2 each) by name: County panel,
 * North panel.
 * Overlap: p1 and p2 both seat {schools, nurse}: 2/2 = 1, one pair.
 * Gaps: expected sectors are education and health, both seated (0); p1 has no route to a
 * centre (1; the external p2 is not counted); no systems minder (1); no upstream group (1);
 * tier gap (1). 4 gaps. Route to centre: 0 of 1 local group.
 */
const BETA = `locality: { id: beta, name: Beta, as_of: "2004", kind: network, expected_sectors: [education, health] }
agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: health, name: Health, sector: health }
roles:
  - { id: nurse, name: Nurse, agency: health }
groups:
  - { id: p1, name: North panel, type: panel, focus: downstream, membership: representative, members: [schools, nurse] }
  - { id: p2, name: County panel, type: panel, focus: downstream, external: true, members: [schools, nurse] }
`;

/*
 * Gamma, the empty map: no nodes (density 0), all six default sectors missing, no systems
 * minder: 7 gaps. No groups, so no upstream or tier gap, and route to centre 0.
 */
const GAMMA = 'locality: { id: gamma, name: Gamma, as_of: "2005" }\n';

const alpha = comparisonRow(modelOf(ALPHA));
const beta = comparisonRow(modelOf(BETA));
const gamma = comparisonRow(modelOf(GAMMA));

describe('measures', () => {
	it('are exactly the values of a row, in the same order, each id once', () => {
		expect(measures.map((m) => m.id)).toEqual(Object.keys(alpha.values));
		expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length);
	});

	it('leave size, density and downstream groups without a better direction', () => {
		expect(measures.filter((m) => m.better === 'neither').map((m) => m.id)).toEqual(['agencies', 'roles', 'groups', 'links', 'density', 'downstreamGroups']);
		expect(measures.filter((m) => m.better === 'lower').map((m) => m.id)).toEqual(['overlaps', 'gaps', 'fragile']);
	});
});

describe('comparisonRow', () => {
	it('Alpha, by hand', () => {
		expect(alpha).toEqual({
			id: 'alpha',
			name: 'Alpha',
			as_of: '2005',
			kind: 'pilot',
			values: {
				agencies: 2,
				roles: 2,
				groups: 1,
				links: 1,
				density: 0.5,
				sectorsPresent: 1,
				openGroups: 1,
				upstreamGroups: 1,
				downstreamGroups: 0,
				overlaps: 0,
				gaps: 6,
				fragile: 2,
				systemsMinder: 1,
				routeToCentre: 1
			},
			sectorsAbsent: ['health', 'mental-health', 'social-care', 'voluntary', 'families'],
			topHubs: ['Forum', 'Head']
		});
	});

	it('Beta, by hand: its own expected sectors, and an external panel left out of the route share', () => {
		expect(beta).toEqual({
			id: 'beta',
			name: 'Beta',
			as_of: '2004',
			kind: 'network',
			values: {
				agencies: 2,
				roles: 1,
				groups: 2,
				links: 0,
				density: 0.5,
				sectorsPresent: 2,
				openGroups: 0,
				upstreamGroups: 0,
				downstreamGroups: 2,
				overlaps: 1,
				gaps: 4,
				fragile: 1,
				systemsMinder: 0,
				routeToCentre: 0
			},
			sectorsAbsent: [],
			topHubs: ['Nurse', 'County panel', 'North panel']
		});
	});

	it('the empty map: zeros, no kind, every default sector absent, no hubs', () => {
		expect(gamma).toEqual({
			id: 'gamma',
			name: 'Gamma',
			as_of: '2005',
			kind: undefined,
			values: {
				agencies: 0,
				roles: 0,
				groups: 0,
				links: 0,
				density: 0,
				sectorsPresent: 0,
				openGroups: 0,
				upstreamGroups: 0,
				downstreamGroups: 0,
				overlaps: 0,
				gaps: 7,
				fragile: 0,
				systemsMinder: 0,
				routeToCentre: 0
			},
			sectorsAbsent: ['education', 'health', 'mental-health', 'social-care', 'voluntary', 'families'],
			topHubs: []
		});
	});

	it('routeToCentre is a share rounded to 2 decimals, counting a group that reaches the centre only through others', () => {
		// The external county group is left out of both counts. forum is a centre; panel raises
		// issues with it; team refers to panel, so reaches it too: 3 of 3 = 1. With a lone group
		// (no route): 3 of 4 = 0.75. Without team's link: 2 of 3 = 0.666... = 0.67.
		const groups = (extra: string, links: string) =>
			comparisonRow(
				modelOf(`locality: { id: r, name: R, as_of: "2005" }
groups:
  - { id: forum, name: Forum, type: forum }
  - { id: panel, name: Panel, type: panel }
  - { id: team, name: Team, type: team }
  - { id: county, name: County group, type: panel, external: true }
${extra}links:
  - { from: panel, to: forum, kind: raises-issues }
${links}`)
			).values.routeToCentre;
		expect(groups('', '  - { from: team, to: panel, kind: refers }\n')).toBe(1);
		expect(groups('  - { id: lone, name: Lone, type: team }\n', '  - { from: team, to: panel, kind: refers }\n')).toBe(0.75);
		expect(groups('', '')).toBe(0.67);
	});
});

describe('extremes', () => {
	it('Alpha against Beta: each measure with a direction marked, never the neither ones', () => {
		expect(extremes([alpha, beta])).toEqual({
			sectorsPresent: { best: ['beta'], worst: ['alpha'] },
			openGroups: { best: ['alpha'], worst: ['beta'] },
			upstreamGroups: { best: ['alpha'], worst: ['beta'] },
			overlaps: { best: ['alpha'], worst: ['beta'] },
			gaps: { best: ['beta'], worst: ['alpha'] },
			fragile: { best: ['beta'], worst: ['alpha'] },
			systemsMinder: { best: ['alpha'], worst: ['beta'] },
			routeToCentre: { best: ['alpha'], worst: ['beta'] }
		});
	});

	it('all three: ties share the best or the worst', () => {
		// sectorsPresent 1, 2, 0; openGroups 1, 0, 0; upstream 1, 0, 0; overlaps 0, 1, 0; gaps 6, 4, 7;
		// fragile 2, 1, 0; systemsMinder 1, 0, 0; routeToCentre 1, 0, 0.
		expect(extremes([alpha, beta, gamma])).toEqual({
			sectorsPresent: { best: ['beta'], worst: ['gamma'] },
			openGroups: { best: ['alpha'], worst: ['beta', 'gamma'] },
			upstreamGroups: { best: ['alpha'], worst: ['beta', 'gamma'] },
			overlaps: { best: ['alpha', 'gamma'], worst: ['beta'] },
			gaps: { best: ['beta'], worst: ['gamma'] },
			fragile: { best: ['gamma'], worst: ['alpha'] },
			systemsMinder: { best: ['alpha'], worst: ['beta', 'gamma'] },
			routeToCentre: { best: ['alpha'], worst: ['beta', 'gamma'] }
		});
	});

	it('marks no best or worst where every row has the same value', () => {
		const twin = { ...alpha, id: 'alpha-twin' };
		expect(extremes([alpha, twin])).toEqual({});
		// Alpha and Beta have the same density (0.5), and differ on roles and links, all 'neither'.
		const marked = Object.keys(extremes([alpha, beta]));
		for (const m of measures.filter((x) => x.better === 'neither')) expect(marked).not.toContain(m.id);
	});

	it('never marks a neither measure, however far apart the values', () => {
		const values = (n: number) => Object.fromEntries(measures.map((m) => [m.id, m.better === 'neither' ? n * 100 : 5]));
		expect(extremes([{ id: 'x', values: values(1) }, { id: 'y', values: values(2) }])).toEqual({});
	});

	it('a lower-is-better measure marks the lowest best; a higher one the highest', () => {
		const row = (id: string, gaps: number, openGroups: number) => ({ id, values: { ...alpha.values, gaps, openGroups } });
		expect(extremes([row('x', 1, 1), row('y', 3, 3), row('z', 2, 2)])).toEqual({
			gaps: { best: ['x'], worst: ['y'] },
			openGroups: { best: ['y'], worst: ['x'] }
		});
	});

	it('has nothing to say with fewer than two rows', () => {
		expect(extremes([])).toEqual({});
		expect(extremes([alpha])).toEqual({});
		expect(extremes([beta] as ComparisonRow[])).toEqual({});
	});
});
