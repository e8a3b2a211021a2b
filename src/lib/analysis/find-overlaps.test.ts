/**
 * Overlaps (report 3.2, 3.9): shared members (Jaccard index of the seats, members plus
 * chair), same type and focus, and the meetings a year each post and agency sits through.
 */
import { describe, expect, it } from 'vitest';
import { mapOf } from './test-maps';
import { MEETINGS_PER_YEAR, findMemberOverlaps, findPurposeOverlaps, meetingLoad, seatsOf } from './find-overlaps';


/** Five agencies a..e (sector other), then the groups given. */
const withGroups = (groups: string) =>
	mapOf(`agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
  - { id: c, name: C, sector: other }
  - { id: d, name: D, sector: other }
  - { id: e, name: E, sector: other }
groups:
${groups}`);

describe('seatsOf', () => {
	it('is the members and the chair, each once', () => {
		const [group] = withGroups('  - { id: g, name: G, type: panel, chair: a, members: [b, a, c] }\n').groups;
		expect([...seatsOf(group)]).toEqual(['b', 'a', 'c']);
	});

	it('counts a chair who is not a member', () => {
		const [group] = withGroups('  - { id: g, name: G, type: panel, chair: a, members: [b] }\n').groups;
		expect([...seatsOf(group)]).toEqual(['b', 'a']);
	});
});

describe('findMemberOverlaps', () => {
	// G1 {a,b,c} and G2 {a,b,d}: 2 shared ({a,b}) of 4 in either ({a,b,c,d}): 2/4 = 0.5.
	const twoOfThree = withGroups(`  - { id: g1, name: G1, type: panel, members: [a, b, c] }
  - { id: g2, name: G2, type: forum, members: [a, b, d] }
`);
	const expected = {
		groups: ['g1', 'g2'],
		shared: ['a', 'b'],
		jaccard: 0.5,
		sentence: 'G1 and G2 share 2 of their 4 members (50%): do both need to meet?'
	};

	it('reports two groups sharing 2 of 3 members (2/4 = 0.5) at the default threshold, which is inclusive', () => {
		expect(findMemberOverlaps(twoOfThree)).toEqual([expected]);
		expect(findMemberOverlaps(twoOfThree, { threshold: 0.5 })).toEqual([expected]);
	});

	it('does not report them at 0.6', () => {
		expect(findMemberOverlaps(twoOfThree, { threshold: 0.6 })).toEqual([]);
	});

	it('counts the chair as a seat', () => {
		// G1 is chaired by a and has b; G2 has a and b: {b,a} and {a,b}, 2 of 2 = 1.
		const model = withGroups(`  - { id: g1, name: G1, type: panel, chair: a, members: [b] }
  - { id: g2, name: G2, type: panel, members: [a, b] }
`);
		expect(findMemberOverlaps(model).map((o) => [o.groups, o.shared, o.jaccard])).toEqual([[['g1', 'g2'], ['b', 'a'], 1]]);
	});

	it('rounds to 3 decimals: 1 of 3 is 0.333, reported at threshold 0.3 only', () => {
		// G1 {a,b}, G2 {b,c}: shared {b}, union {a,b,c}: 1/3.
		const model = withGroups(`  - { id: g1, name: G1, type: panel, members: [a, b] }
  - { id: g2, name: G2, type: panel, members: [b, c] }
`);
		expect(findMemberOverlaps(model)).toEqual([]);
		expect(findMemberOverlaps(model, { threshold: 0.3 })).toEqual([
			{ groups: ['g1', 'g2'], shared: ['b'], jaccard: 0.333, sentence: 'G1 and G2 share 1 of their 3 members (33%): do both need to meet?' }
		]);
	});

	it('never reports groups with no one in common, even at threshold 0, nor empty groups', () => {
		const model = withGroups(`  - { id: g1, name: G1, type: panel, members: [a, b] }
  - { id: g2, name: G2, type: panel, members: [c, d] }
  - { id: g3, name: G3, type: panel }
  - { id: g4, name: G4, type: panel }
`);
		expect(findMemberOverlaps(model, { threshold: 0 })).toEqual([]);
	});

	it('puts the highest first, and equal ones in the order of the groups in the file', () => {
		// G1 {a,b,c}, G2 {a,b,d}, G3 {a,b,e}: each pair shares {a,b} of 4: 0.5.
		// G4 {a,b}: with each of the others, 2 of 3: 0.667, so those three pairs come first.
		const model = withGroups(`  - { id: g1, name: G1, type: panel, members: [a, b, c] }
  - { id: g2, name: G2, type: panel, members: [a, b, d] }
  - { id: g3, name: G3, type: panel, members: [a, b, e] }
  - { id: g4, name: G4, type: panel, members: [a, b] }
`);
		expect(findMemberOverlaps(model).map((o) => [...o.groups, o.jaccard])).toEqual([
			['g1', 'g4', 0.667],
			['g2', 'g4', 0.667],
			['g3', 'g4', 0.667],
			['g1', 'g2', 0.5],
			['g1', 'g3', 0.5],
			['g2', 'g3', 0.5]
		]);
	});

	it('includes external groups', () => {
		const model = withGroups(`  - { id: g1, name: G1, type: panel, members: [a, b] }
  - { id: g2, name: County panel, type: panel, external: true, members: [a, b] }
`);
		expect(findMemberOverlaps(model).map((o) => o.groups)).toEqual([['g1', 'g2']]);
	});

	it('an empty map, or a map of one group, has none', () => {
		expect(findMemberOverlaps(mapOf(''))).toEqual([]);
		expect(findMemberOverlaps(withGroups('  - { id: g1, name: G1, type: panel, members: [a, b] }\n'))).toEqual([]);
	});
});

describe('findPurposeOverlaps', () => {
	it('reports two groups of the same type and the same focus', () => {
		const model = withGroups(`  - { id: p1, name: North panel, type: panel, focus: downstream }
  - { id: p2, name: South panel, type: panel, focus: downstream }
`);
		expect(findPurposeOverlaps(model)).toEqual([
			{
				groups: ['p1', 'p2'],
				type: 'panel',
				focus: 'downstream',
				sentence: 'North panel and South panel are both panels with a downstream focus: is their purpose the same?'
			}
		]);
	});

	it('spells out a hyphenated type', () => {
		const model = withGroups(`  - { id: t1, name: T1, type: school-consultation-team, focus: downstream }
  - { id: t2, name: T2, type: school-consultation-team, focus: downstream }
`);
		expect(findPurposeOverlaps(model).map((o) => o.sentence)).toEqual([
			'T1 and T2 are both school consultation teams with a downstream focus: is their purpose the same?'
		]);
	});

	it('does not report a different focus, a different type, or groups whose focus is not given', () => {
		const model = withGroups(`  - { id: p1, name: P1, type: panel, focus: downstream }
  - { id: p2, name: P2, type: panel, focus: upstream }
  - { id: p3, name: P3, type: panel, focus: both }
  - { id: c1, name: C1, type: core-group, focus: downstream }
  - { id: f1, name: F1, type: forum }
  - { id: f2, name: F2, type: forum }
`);
		expect(findPurposeOverlaps(model)).toEqual([]);
	});

	it('skips external groups', () => {
		const model = withGroups(`  - { id: p1, name: P1, type: panel, focus: downstream }
  - { id: p2, name: County panel, type: panel, focus: downstream, external: true }
`);
		expect(findPurposeOverlaps(model)).toEqual([]);
	});

	it('reports every pair of three alike, in file order', () => {
		const model = withGroups(`  - { id: p1, name: P1, type: panel, focus: both }
  - { id: p2, name: P2, type: panel, focus: both }
  - { id: p3, name: P3, type: panel, focus: both }
`);
		expect(findPurposeOverlaps(model).map((o) => o.groups)).toEqual([
			['p1', 'p2'],
			['p1', 'p3'],
			['p2', 'p3']
		]);
	});

	it('an empty map has none', () => {
		expect(findPurposeOverlaps(mapOf(''))).toEqual([]);
	});
});

describe('meetingLoad', () => {
	it('counts a school year: 39 weeks, 6 half-terms, 3 terms; ad-hoc unknown', () => {
		expect(MEETINGS_PER_YEAR).toEqual({
			weekly: 39,
			fortnightly: 19,
			monthly: 12,
			'half-termly': 6,
			'bi-monthly': 6,
			termly: 3,
			annually: 1,
			'ad-hoc': undefined
		});
	});

	it('adds a weekly group and a termly one it chairs: 39 + 3 = 42', () => {
		const model = mapOf(`agencies:
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: head, name: Head, agency: schools }
groups:
  - { id: team, name: Team, type: team, meets: weekly, members: [head] }
  - { id: steer, name: Steering group, type: steering-group, meets: termly, chair: head }
`);
		expect(meetingLoad(model)).toEqual([{ id: 'head', name: 'Head', kind: 'role', groups: ['team', 'steer'], meetingsPerYear: 42, unknownFrequency: 0 }]);
	});

	it('counts groups that meet ad hoc or whose frequency is not given as unknown', () => {
		// Monthly 12 + unknown 2.
		const model = withGroups(`  - { id: g1, name: G1, type: panel, meets: monthly, members: [a] }
  - { id: g2, name: G2, type: panel, meets: ad-hoc, members: [a] }
  - { id: g3, name: G3, type: panel, members: [a] }
`);
		expect(meetingLoad(model)).toEqual([{ id: 'a', name: 'A', kind: 'agency', groups: ['g1', 'g2', 'g3'], meetingsPerYear: 12, unknownFrequency: 2 }]);
	});

	it('counts a chair who is also a member once', () => {
		const model = withGroups('  - { id: g1, name: G1, type: panel, meets: fortnightly, chair: a, members: [a] }\n');
		expect(meetingLoad(model).map((l) => [l.id, l.groups, l.meetingsPerYear])).toEqual([['a', ['g1'], 19]]);
	});

	it('puts the heaviest first: most meetings, then most groups, then name; leaves out those on no group', () => {
		// a: G1 weekly = 39, 1 group. b: G2 monthly 12 + G3 half-termly 6 = 18, 2 groups.
		// c: G2 monthly = 12, 1 group. d: G3 half-termly 6 + G4 bi-monthly 6 = 12, 2 groups.
		// e sits on nothing, so is not listed. Order: a 39, b 18, then the 12s: d (2 groups), c (1).
		const model = withGroups(`  - { id: g1, name: G1, type: team, meets: weekly, members: [a] }
  - { id: g2, name: G2, type: panel, meets: monthly, members: [b, c] }
  - { id: g3, name: G3, type: panel, meets: half-termly, members: [b, d] }
  - { id: g4, name: G4, type: panel, meets: bi-monthly, members: [d] }
`);
		expect(meetingLoad(model).map((l) => [l.id, l.meetingsPerYear, l.groups.length])).toEqual([
			['a', 39, 1],
			['b', 18, 2],
			['d', 12, 2],
			['c', 12, 1]
		]);
	});

	it('breaks a full tie by name', () => {
		const model = withGroups('  - { id: g1, name: G1, type: team, meets: annually, members: [c, b] }\n');
		expect(meetingLoad(model).map((l) => [l.id, l.meetingsPerYear])).toEqual([
			['b', 1],
			['c', 1]
		]);
	});

	it('an empty map has no load', () => {
		expect(meetingLoad(mapOf(''))).toEqual([]);
	});
});
