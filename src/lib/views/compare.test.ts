/**
 * The comparison of localities: one row of measures per map, worked by hand on three tiny
 * maps (Alpha, Beta and the empty Gamma), then the best and worst of each measure, with
 * ties, all-equal measures and the measures where better is 'neither', which are never marked.
 * Then the two rules that keep it fair: what a map does not record is `null` ("not
 * recorded") and never ranked; and where size drives a count, the measure is a share.
 */
import { describe, expect, it } from 'vitest';
import { agencyMap } from '../../../tests/unit/helpers/maps';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { comparisonRow, extremes, measures, valueText, type ComparisonRow, type Measure } from './compare';

/*
 * Alpha. Ties (5): head-schools, minder-la (posts in their agencies), head-forum,
 * minder-forum (members), forum-la (link). n = 5: density 5 / (5·4/2) = 0.5.
 *
 *   schools - head - forum - minder
 *                       \     /
 *                         la
 *
 * Membership recorded: the forum lists its members: 1 of 1 = 1.
 * Sectors: on the forum sit head (education) and minder (local authority); of the default
 * six, health, mental health, social care, voluntary and families are missing, and since
 * every membership and every agency's groups are recorded in full, they are absent, not
 * unrecorded: 1 of 6 present = 0.17.
 * Open groups 1 of 1 = 1; upstream 1 of 1 = 1; overlaps: one group, 0 of 1 = 0.
 * Gaps: the five missing sectors are one kind of gap. The centre is the council and its post
 * minder, and the forum, on which minder sits; so the forum has a route. minder minds the
 * system; the forum looks upstream. The forum's tiers are not given, so no tier gap can be
 * asserted (a question instead). Kinds of gap: 1.
 * Single points of failure: the forum: without it {schools, head} and {minder, la} fall
 * apart into two parts of the same size. head is not one: it would cut off only its own
 * employer. 1 of 5 items = 0.2.
 * Systems minder: 1. Route to centre: 1 of 1 local group = 1.
 * Hubs, most ties first: forum 3 (head, minder, la); head, minder and la 2. Betweenness
 * (pairs of others): forum lies on schools-minder, schools-la, head-minder, head-la (4);
 * head on schools-forum, schools-minder, schools-la (3); minder and la on none. Top hubs
 * with betweenness above 0: Forum, Head.
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
 * Membership recorded: 2 of 2 = 1.
 * Sectors: its own expected sectors, education and health, both seated: 2 of 2 = 1.
 * Open groups: only p1's membership type is given, representative: 0 of 1 = 0.
 * Upstream: both focused, both downstream: 0 of 2 = 0.
 * Overlaps: p1 and p2 both seat {schools, nurse}, 2 shared, Jaccard 2/2 = 1: both groups
 * overlap, 2 of 2 = 1.
 * Gaps: no local authority and no funder, so no centre at all: no-route-to-centre (1); every
 * group's focus is given and none is upstream: no-upstream (1). No post is marked either way
 * as minding the system, and the panels' tiers are not given: questions, not gaps. Kinds: 2.
 * Single points of failure: nurse would cut off only its own agency, health: no finding. 0 of 5 = 0.
 * Systems minder: no post marked either way: null. Route to centre: 0 of 1 local group (p2 is external).
 * Hubs: nurse 3 ties; schools, p1 and p2 2 each; health 1. Betweenness: nurse lies on
 * health's 3 pairs and on half of p1-p2: 3.5; p1 on half of schools-nurse and half of
 * health-schools: 1; p2 the same: 1; schools on half of p1-p2: 0.5. Top three: Nurse, then
 * the two panels tied (2 ties, 1 each) by name: County panel, North panel.
 */
const BETA = `locality: { id: beta, name: Beta, as_of: "2004", kind: network, expected_sectors: [education, health] }
agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: health, name: Health, sector: health }
roles:
  - { id: nurse, name: Nurse, agency: health }
groups:
  - { id: p1, name: North panel, type: panel, focus: downstream, membership: representative, members: [schools, nurse] }
  - { id: p2, name: County panel, type: panel, focus: downstream, membership: representative, external: true, members: [schools, nurse] }
`;

/*
 * Gamma, the empty map: no nodes (density 0). With no group, every share of groups or items
 * has nothing to be a share of: null. The six default sectors sit on no group, and with no
 * group left unrecorded that is an absence: 0 of 6 = 0, one kind of gap. No post: the systems
 * minder is not recorded.
 */
const GAMMA = 'locality: { id: gamma, name: Gamma, as_of: "2005" }\n';

/*
 * Delta, as a map made from a report that names groups but not who sits on them: neither
 * group lists members, so the map records no one's seats. Raw counts would call it perfect
 * (no overlapping group, no missing sector can be counted); the comparison says "not recorded".
 */
const DELTA = `locality: { id: delta, name: Delta, as_of: "2005" }
agencies:
  - { id: la, name: Council, sector: local-authority }
  - { id: schools, name: Schools, sector: education }
groups:
  - { id: panel, name: Panel, type: panel, focus: downstream }
  - { id: forum, name: Forum, type: forum, focus: upstream }
links:
  - { from: panel, to: forum, kind: raises-issues }
`;

const alpha = comparisonRow(modelOf(ALPHA));
const beta = comparisonRow(modelOf(BETA));
const gamma = comparisonRow(modelOf(GAMMA));
const delta = comparisonRow(modelOf(DELTA));

const measure = (id: string): Measure => {
	const found = measures.find((m) => m.id === id);
	if (!found) throw new Error(`no measure ${id}`);
	return found;
};

describe('measures', () => {
	it('are exactly the values of a row, in the same order, each id once', () => {
		expect(measures.map((m) => m.id)).toEqual(Object.keys(alpha.values));
		expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length);
	});

	it('leave size, density and how much membership is recorded without a better direction', () => {
		expect(measures.filter((m) => m.better === 'neither').map((m) => m.id)).toEqual(['agencies', 'roles', 'groups', 'links', 'density', 'membershipRecorded']);
		expect(measures.filter((m) => m.better === 'lower').map((m) => m.id)).toEqual(['overlaps', 'gaps', 'fragile']);
		expect(measures.filter((m) => m.better === 'higher').map((m) => m.id)).toEqual(['sectorsPresent', 'openGroups', 'upstreamGroups', 'systemsMinder', 'routeToCentre']);
	});

	it('write the sizes and the kinds of gap as counts, and what size would drive as shares', () => {
		expect(measures.filter((m) => m.format === 'share').map((m) => m.id)).toEqual([
			'membershipRecorded',
			'sectorsPresent',
			'openGroups',
			'upstreamGroups',
			'overlaps',
			'fragile',
			'routeToCentre'
		]);
		expect(measures.filter((m) => m.format === 'count').map((m) => m.id)).toEqual(['agencies', 'roles', 'groups', 'links', 'gaps', 'systemsMinder']);
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
				membershipRecorded: 1,
				sectorsPresent: 0.17,
				openGroups: 1,
				upstreamGroups: 1,
				overlaps: 0,
				gaps: 1,
				fragile: 0.2,
				systemsMinder: 1,
				routeToCentre: 1
			},
			sectorsAbsent: ['health', 'mental-health', 'social-care', 'voluntary', 'families'],
			sectorsNotRecorded: [],
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
				membershipRecorded: 1,
				sectorsPresent: 1,
				openGroups: 0,
				upstreamGroups: 0,
				overlaps: 1,
				gaps: 2,
				fragile: 0,
				systemsMinder: null,
				routeToCentre: 0
			},
			sectorsAbsent: [],
			sectorsNotRecorded: [],
			topHubs: ['Nurse', 'County panel', 'North panel']
		});
	});

	it('the empty map: sizes 0, every share null, every default sector absent, no hubs', () => {
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
				membershipRecorded: null,
				sectorsPresent: 0,
				openGroups: null,
				upstreamGroups: null,
				overlaps: null,
				gaps: 1,
				fragile: null,
				systemsMinder: null,
				routeToCentre: null
			},
			sectorsAbsent: ['education', 'health', 'mental-health', 'social-care', 'voluntary', 'families'],
			sectorsNotRecorded: [],
			topHubs: []
		});
	});

	it('counts the kinds of gap, not the gaps: six missing sectors and two isolated items are two kinds', () => {
		// a and b have no tie: isolated (2 gaps). The forum seats only its chair, the council,
		// and says so (members: []), so the six default sectors are absent (6 gaps). The forum
		// is the centre (the council sits on it); its tiers are not given, so no tier gap; no
		// post, so the systems minder is a question. 8 gaps of 2 kinds.
		const row = comparisonRow(
			modelOf(`locality: { id: g, name: G, as_of: "2005" }
agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
  - { id: c, name: C, sector: other }
  - { id: la, name: Council, sector: local-authority }
groups:
  - { id: forum, name: Forum, type: forum, focus: upstream, chair: la, members: [] }
links:
  - { from: forum, to: c, kind: informs }
`)
		);
		expect(row.values.gaps).toBe(2);
		expect(row.sectorsAbsent).toHaveLength(6);
	});

	it('ranks the top hubs by most ties first, then betweenness', () => {
		/*
		 * A ring n1-n2-n3-n4 with hub tied to all four, and n1 - bridge - far hanging off it.
		 * Ties: n1 4 (n2, n4, hub, bridge), hub 4, n2, n3, n4 3 each, bridge 2, far 1.
		 * Betweenness (pairs of others): n1 lies on every pair with bridge or far (8) and a third
		 * of n2-n4: 8.33; bridge on far's 5 pairs: 5; hub on a third of n1-n3, n2-n4, bridge-n3
		 * and far-n3: 1.33; n2 on a third of n1-n3, bridge-n3 and far-n3: 1; n4 the same: 1.
		 * By ties, then betweenness, then name: N1, HUB, N2, N4, N3, BRIDGE, FAR. The bridge,
		 * second by betweenness, is not among the top three.
		 */
		const model = agencyMap('hub n1 n2 n3 n4 bridge far', 'n1-n2 n2-n3 n3-n4 n4-n1 hub-n1 hub-n2 hub-n3 hub-n4 n1-bridge bridge-far');
		expect(comparisonRow(model).topHubs).toEqual(['N1', 'HUB', 'N2']);
	});
});

describe('the centre, and issues travelling to it', () => {
	/*
	 * The council's officer chairs the steering group, so the steering group is the centre.
	 * The panel raises issues with it; the team refers to the panel; the county group is
	 * external and left out of both counts. Every group lists its members.
	 */
	const routeShare = (extra: string, links: string, teamMembers = '[coach]') =>
		comparisonRow(
			modelOf(`locality: { id: r, name: R, as_of: "2005" }
agencies:
  - { id: la, name: Council, sector: local-authority }
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: officer, name: Officer, agency: la }
  - { id: head, name: Head, agency: schools }
  - { id: coach, name: Coach, agency: schools }
groups:
  - { id: steer, name: Steering group, type: steering-group, chair: officer, members: [] }
  - { id: panel, name: Panel, type: panel, members: [head] }
  - { id: team, name: Team, type: team, members: ${teamMembers} }
  - { id: county, name: County group, type: panel, external: true, members: [] }
${extra}links:
  - { from: panel, to: steer, kind: raises-issues }
${links}`)
		).values.routeToCentre;
	const teamRefers = '  - { from: team, to: panel, kind: refers }\n';

	it('is a share of local groups rounded to 2 decimals, counting a group that reaches the centre only through others', () => {
		// steer, panel (by its link) and team (through panel): 3 of 3.
		expect(routeShare('', teamRefers)).toBe(1);
		// A lone group that reaches nothing: 3 of 4.
		expect(routeShare('  - { id: lone, name: Lone, type: team, members: [] }\n', teamRefers)).toBe(0.75);
		// Without the team's link, coach sits only on the team: 2 of 3 = 0.666... = 0.67.
		expect(routeShare('', '')).toBe(0.67);
	});

	it('open and upstream groups are not recorded where any group’s membership type or focus is not given', () => {
		const row = comparisonRow(
			modelOf(`locality: { id: f, name: F, as_of: "2005" }
groups:
  - { id: a, name: A, type: forum, membership: open, focus: both, members: [] }
  - { id: b, name: B, type: panel, members: [] }
`)
		);
		// B's type of membership and focus are not given: the share of A alone would rank the map by what it records.
		expect(row.values.openGroups).toBeNull();
		expect(row.values.upstreamGroups).toBeNull();
	});

	it('leaves out a group with no recorded route whose members are not all recorded: a question, not a failure', () => {
		// The lone group lists no members: the map does not record who sits there, so it may have
		// someone who carries its issues on. It counts neither way: 3 of 3, as without it.
		expect(routeShare('  - { id: lone, name: Lone, type: team }\n', teamRefers)).toBe(1);
		// Recorded in part, the same.
		expect(routeShare('  - { id: lone, name: Lone, type: team, members: [coach], members_recorded: partial }\n', '')).toBe(0.67);
	});

	it('lets issues travel with the people who sit on groups: the head takes the team’s issues to the panel', () => {
		// No link from the team, but head sits on both: team -> head -> panel -> steer. 3 of 3.
		expect(routeShare('', '', '[coach, head]')).toBe(1);
	});

	it('carries nothing with a member recorded as absent', () => {
		expect(routeShare('', '', '[coach, { id: head, attendance: absent }]')).toBe(0.67);
	});

	it('is not a forum or steering group by its type alone: without the local authority or a funder there is no centre', () => {
		// The forum hears the panel's issues, but no one who decides or holds resources sits on it.
		const row = comparisonRow(
			modelOf(`locality: { id: f, name: F, as_of: "2005" }
agencies:
  - { id: schools, name: Schools, sector: education }
groups:
  - { id: forum, name: Forum, type: forum, members: [schools] }
  - { id: panel, name: Panel, type: panel, members: [schools] }
links:
  - { from: panel, to: forum, kind: raises-issues }
`)
		);
		expect(row.values.routeToCentre).toBe(0);
	});

	it('counts a body that funds others as the centre', () => {
		// The trust funds the panel and sits on the forum, which the panel raises issues with.
		const row = comparisonRow(
			modelOf(`locality: { id: f, name: F, as_of: "2005" }
agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: trust, name: Trust, sector: voluntary }
groups:
  - { id: forum, name: Forum, type: forum, members: [schools, trust] }
  - { id: panel, name: Panel, type: panel, members: [schools] }
links:
  - { from: panel, to: forum, kind: raises-issues }
  - { from: trust, to: panel, kind: funds }
`)
		);
		expect(row.values.routeToCentre).toBe(1);
	});
});

describe('not recorded is neither good nor bad', () => {
	it('a map whose groups list no members: overlaps and sectors present are not recorded', () => {
		expect(delta.values).toMatchObject({ groups: 2, membershipRecorded: 0, overlaps: null, sectorsPresent: null });
		// Every default sector is missing from the groups, but the groups' members are not recorded.
		expect(delta.sectorsAbsent).toEqual([]);
		expect(delta.sectorsNotRecorded).toEqual(['education', 'health', 'mental-health', 'social-care', 'voluntary', 'families']);
	});

	it('a map whose groups list no members is never marked best or worst on them', () => {
		const marked = extremes([alpha, beta, delta]);
		// As Alpha against Beta alone: Delta takes no part.
		expect(marked.overlaps).toEqual({ best: ['alpha'], worst: ['beta'] });
		expect(marked.sectorsPresent).toEqual({ best: ['beta'], worst: ['alpha'] });
		// Against one other map, nothing is left to rank.
		expect(extremes([alpha, delta]).overlaps).toBeUndefined();
		expect(extremes([alpha, delta]).sectorsPresent).toBeUndefined();
	});

	it('a sector on a group whose members are partly recorded counts as present; the missing ones are not recorded', () => {
		const row = comparisonRow(
			modelOf(`locality: { id: p, name: P, as_of: "2005", expected_sectors: [education, health] }
agencies:
  - { id: schools, name: Schools, sector: education }
groups:
  - { id: panel, name: Panel, type: panel, members: [schools], members_recorded: partial }
`)
		);
		expect(row.values).toMatchObject({ membershipRecorded: 0, sectorsPresent: null, overlaps: null });
		expect(row.sectorsNotRecorded).toEqual(['health']);
		expect(row.sectorsAbsent).toEqual([]);
	});

	describe('the systems minder', () => {
		const minders = (roles: string) =>
			comparisonRow(
				modelOf(`locality: { id: m, name: M, as_of: "2005" }
agencies:
  - { id: schools, name: Schools, sector: education }
${roles ? `roles:\n${roles}` : ''}`)
			);

		it('is not recorded where no post is marked either way', () => {
			expect(minders('  - { id: head, name: Head, agency: schools }\n').values.systemsMinder).toBeNull();
		});

		it('is not recorded where there is no post', () => {
			expect(minders('').values.systemsMinder).toBeNull();
		});

		it('is 0 where posts are marked as not minding the system, and none is', () => {
			expect(minders('  - { id: head, name: Head, agency: schools, systems_minder: false }\n').values.systemsMinder).toBe(0);
		});

		it('counts the posts marked as minding it', () => {
			const row = minders(
				'  - { id: head, name: Head, agency: schools, systems_minder: true }\n  - { id: link, name: Link worker, agency: schools, systems_minder: true }\n  - { id: clerk, name: Clerk, agency: schools }\n'
			);
			expect(row.values.systemsMinder).toBe(2);
		});

		it('a map that does not record it is never marked worst; one that records none is', () => {
			const none = { id: 'none', values: { ...alpha.values, systemsMinder: 0 } };
			expect(extremes([alpha, beta]).systemsMinder).toBeUndefined();
			expect(extremes([alpha, beta, none]).systemsMinder).toEqual({ best: ['alpha'], worst: ['none'] });
		});
	});
});

describe('shares put a small map and a large one on the same footing', () => {
	/**
	 * `pairs` pairs of twin groups (each pair seats the same two agencies: Jaccard 1) and
	 * `singles` groups each seating one agency of its own, overlapping no one.
	 */
	const twins = (id: string, pairs: number, singles: number) => {
		const agencies: string[] = [];
		const groups: string[] = [];
		for (let i = 0; i < pairs; i++) {
			agencies.push(`  - { id: a${i}, name: A${i}, sector: other }`, `  - { id: b${i}, name: B${i}, sector: other }`);
			for (const g of ['x', 'y']) groups.push(`  - { id: g${i}${g}, name: G${i}${g}, type: panel, members: [a${i}, b${i}] }`);
		}
		for (let j = 0; j < singles; j++) {
			agencies.push(`  - { id: c${j}, name: C${j}, sector: other }`);
			groups.push(`  - { id: s${j}, name: S${j}, type: panel, members: [c${j}] }`);
		}
		return comparisonRow(modelOf(`locality: { id: ${id}, name: ${id}, as_of: "2005" }\nagencies:\n${agencies.join('\n')}\ngroups:\n${groups.join('\n')}\n`));
	};

	// Small: 1 pair and 2 singles, 4 groups, 2 overlapping. Large: 3 pairs and 6 singles, 12
	// groups, 6 overlapping. As counts, 1 overlapping pair against 3; as shares, half each.
	const small = twins('small', 1, 2);
	const large = twins('large', 3, 6);

	it('the same share of groups overlapping, whatever the number of groups', () => {
		expect([small.values.groups, large.values.groups]).toEqual([4, 12]);
		expect([small.values.overlaps, large.values.overlaps]).toEqual([0.5, 0.5]);
	});

	it('so neither is marked best or worst on overlaps', () => {
		expect(extremes([small, large]).overlaps).toBeUndefined();
	});

	it('a larger share overlapping is worse, however small the map', () => {
		const worse = twins('worse', 1, 0);
		expect(worse.values.overlaps).toBe(1);
		expect(extremes([worse, large]).overlaps).toEqual({ best: ['large'], worst: ['worse'] });
	});
});

describe('valueText', () => {
	it('writes null as "not recorded", whatever the format', () => {
		for (const m of measures) expect(valueText(m, null)).toBe('not recorded');
	});

	it('writes shares as whole percentages', () => {
		expect(valueText(measure('overlaps'), 0.5)).toBe('50%');
		expect(valueText(measure('sectorsPresent'), 0.17)).toBe('17%');
		expect(valueText(measure('routeToCentre'), 1)).toBe('100%');
		expect(valueText(measure('fragile'), 0)).toBe('0%');
		expect(valueText(measure('routeToCentre'), 0.67)).toBe('67%');
	});

	it('writes counts and the density as numbers', () => {
		expect(valueText(measure('gaps'), 2)).toBe('2');
		expect(valueText(measure('systemsMinder'), 0)).toBe('0');
		expect(valueText(measure('density'), 0.5)).toBe('0.5');
	});

	it('writes a row as a reader sees it', () => {
		expect(measures.map((m) => valueText(m, beta.values[m.id]))).toEqual([
			'2', '1', '2', '0', '0.5', '100%', '100%', '0%', '0%', '100%', '2', '0%', 'not recorded', '0%'
		]);
	});
});

describe('extremes', () => {
	it('Alpha against Beta: each measure with a direction marked, never the neither ones nor the unrecorded', () => {
		// systemsMinder: Beta does not record it, so only Alpha is known: not marked.
		expect(extremes([alpha, beta])).toEqual({
			sectorsPresent: { best: ['beta'], worst: ['alpha'] },
			openGroups: { best: ['alpha'], worst: ['beta'] },
			upstreamGroups: { best: ['alpha'], worst: ['beta'] },
			overlaps: { best: ['alpha'], worst: ['beta'] },
			gaps: { best: ['alpha'], worst: ['beta'] },
			fragile: { best: ['beta'], worst: ['alpha'] },
			routeToCentre: { best: ['alpha'], worst: ['beta'] }
		});
	});

	it('all three: ties share the best or the worst, and Gamma’s nulls take no part', () => {
		// sectorsPresent 0.17, 1, 0; gaps 1, 2, 1. Gamma has no groups and no items, so its
		// shares of them are null, and the other measures are as for Alpha against Beta.
		expect(extremes([alpha, beta, gamma])).toEqual({
			sectorsPresent: { best: ['beta'], worst: ['gamma'] },
			openGroups: { best: ['alpha'], worst: ['beta'] },
			upstreamGroups: { best: ['alpha'], worst: ['beta'] },
			overlaps: { best: ['alpha'], worst: ['beta'] },
			gaps: { best: ['alpha', 'gamma'], worst: ['beta'] },
			fragile: { best: ['beta'], worst: ['alpha'] },
			routeToCentre: { best: ['alpha'], worst: ['beta'] }
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
		expect(extremes([row('x', 1, 0.1), row('y', 3, 0.3), row('z', 2, 0.2)])).toEqual({
			gaps: { best: ['x'], worst: ['y'] },
			openGroups: { best: ['y'], worst: ['x'] }
		});
	});

	it('ignores null values, and needs two recorded rows to mark anything', () => {
		const row = (id: string, gaps: number | null) => ({ id, values: { ...alpha.values, gaps } });
		expect(extremes([row('x', 1), row('y', null), row('z', 3)])).toEqual({ gaps: { best: ['x'], worst: ['z'] } });
		expect(extremes([row('x', 1), row('y', null), row('z', null)])).toEqual({});
	});

	it('has nothing to say with fewer than two rows', () => {
		expect(extremes([])).toEqual({});
		expect(extremes([alpha])).toEqual({});
		expect(extremes([beta] as ComparisonRow[])).toEqual({});
	});
});
