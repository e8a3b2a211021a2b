/**
 * The counts behind the comparison's charts, worked by hand on two tiny maps, then on the
 * latest snapshot of every locality in maps/.
 */
import { describe, expect, it } from 'vitest';
import { latestSnapshots } from '../catalogue/catalogue';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { reportMaps } from '../../../tests/unit/helpers/maps';
import { agenciesBySector, groupsByType, meetingsByType, type Counts } from './compare-counts';

/*
 * One: two education agencies and a health one; a monthly panel (12 a year), a weekly team
 * (39) and a forum that meets when needed (unknown). Two: one social care agency; a termly
 * panel (3) and a panel with no frequency.
 */
const ONE = modelOf(`locality: { id: one, name: One, as_of: "2005" }
agencies:
  - { id: s1, name: School 1, sector: education }
  - { id: s2, name: School 2, sector: education }
  - { id: h, name: Health, sector: health }
groups:
  - { id: p, name: Panel, type: panel, meets: monthly }
  - { id: t, name: Team, type: team, meets: weekly }
  - { id: f, name: Forum, type: forum, meets: ad-hoc }
`);
const TWO = modelOf(`locality: { id: two, name: Two & <co>, as_of: 2004-09 }
agencies:
  - { id: sc, name: Social care, sector: social-care }
groups:
  - { id: q, name: Termly panel, type: panel, meets: termly }
  - { id: r, name: Other panel, type: panel }
`);

/** Each row's total. */
const totals = <K extends string>(counts: Counts<K>) => counts.rows.map((r) => Object.values<number | undefined>(r.values).reduce<number>((a, b) => a + (b ?? 0), 0));

describe('the counts on two hand maps', () => {
	it('agencies by sector: only the sectors used, in the vocabulary order, one row per map labelled with its date', () => {
		expect(agenciesBySector([ONE, TWO])).toEqual({
			keys: ['education', 'health', 'social-care'],
			rows: [
				{ key: 'one', label: 'One (2005)', values: { education: 2, health: 1 } },
				{ key: 'two', label: 'Two & <co> (2004-09)', values: { 'social-care': 1 } }
			]
		});
	});

	it('groups by type', () => {
		expect(groupsByType([ONE, TWO])).toEqual({
			keys: ['forum', 'panel', 'team'],
			rows: [
				{ key: 'one', label: 'One (2005)', values: { forum: 1, panel: 1, team: 1 } },
				{ key: 'two', label: 'Two & <co> (2004-09)', values: { panel: 2 } }
			]
		});
	});

	it('meetings a year by type: groups of unknown frequency count nothing, a type with none known is left out', () => {
		// The forum meets only when needed: no forums. One: panel 12, team 39. Two: termly panel 3 + the other panel 0.
		expect(meetingsByType([ONE, TWO])).toEqual({
			keys: ['panel', 'team'],
			rows: [
				{ key: 'one', label: 'One (2005)', values: { panel: 12, team: 39 } },
				{ key: 'two', label: 'Two & <co> (2004-09)', values: { panel: 3 } }
			]
		});
	});

	it('with no maps, or maps with no groups, nothing is counted', () => {
		const bare = modelOf('locality: { id: bare, name: Bare, as_of: "2005" }\n');
		for (const count of [agenciesBySector, groupsByType, meetingsByType]) {
			expect(count([])).toEqual({ keys: [], rows: [] });
			expect(count([bare])).toEqual({ keys: [], rows: [{ key: 'bare', label: 'Bare (2005)', values: {} }] });
		}
	});
});

describe('the counts on the latest snapshot of every locality in maps/', () => {
	const latest = latestSnapshots(reportMaps());

	it('has one row per locality, in name order, the City at July 2005', () => {
		expect(agenciesBySector(latest).rows.map((r) => r.label)).toEqual([
			'Abingdon (2005)',
			'Banbury (2005)',
			'Bicester (2005)',
			'Kidlington (2005)',
			'Thame (2005)',
			'The City (Oxford) (2005-07)'
		]);
	});

	it('agencies by sector', () => {
		const counts = agenciesBySector(latest);
		// Every sector but housing is used somewhere.
		expect(counts.keys).toEqual(['education', 'health', 'mental-health', 'social-care', 'police', 'youth', 'voluntary', 'community', 'families', 'local-authority', 'other']);
		// Sectors present: Abingdon 4, Banbury 6, Bicester 7, Kidlington 7, Thame 4, the City 8.
		expect(counts.rows.map((r) => Object.keys(r.values).length)).toEqual([4, 6, 7, 7, 4, 8]);
		// Agencies: Abingdon 7, Banbury 11, Bicester 11, Kidlington 13, Thame 5, the City 18.
		expect(totals(counts)).toEqual([7, 11, 11, 13, 5, 18]);
		// The City: the Excellence Cluster, the schools, extended schools, educational social work and
		// psychology (education 5); the county council, Learning and Culture and the City Council
		// (local authority 3); the residents (families) and community groups (community).
		expect(counts.rows.at(-1)?.values).toEqual({
			education: 5,
			health: 2,
			'mental-health': 1,
			'social-care': 1,
			community: 1,
			families: 1,
			'local-authority': 3,
			other: 4
		});
	});

	it('groups by type', () => {
		const counts = groupsByType(latest);
		// All ten types are used somewhere.
		expect(counts.keys).toHaveLength(10);
		// Types per locality: 2, 6, 5, 3, 4, 8; groups: 2, 8, 5, 3, 4, 9 (Banbury two steering
		// groups and two panels; the City two forums, its stakeholder group and the Area Committees).
		expect(counts.rows.map((r) => Object.keys(r.values).length)).toEqual([2, 6, 5, 3, 4, 8]);
		expect(totals(counts)).toEqual([2, 8, 5, 3, 4, 9]);
	});

	it('meetings a year by type', () => {
		// Known frequencies: Bicester's ISS forum (a panel) bi-monthly 6; the Kidlington and Thame
		// networks termly 3; the City's SCTs and consultation panel termly 3 each, MAST weekly 39.
		// Abingdon and Banbury give no frequency.
		const counts = meetingsByType(latest);
		expect(counts.keys).toEqual(['network', 'panel', 'school-consultation-team', 'multi-agency-support-team']);
		expect(counts.rows.map((r) => r.values)).toEqual([
			{},
			{},
			{ panel: 6 },
			{ network: 3 },
			{ network: 3 },
			{ panel: 3, 'school-consultation-team': 3, 'multi-agency-support-team': 39 }
		]);
	});
});
