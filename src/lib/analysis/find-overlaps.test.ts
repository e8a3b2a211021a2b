/**
 * Overlaps (report 3.2, 3.9): shared seats (the Jaccard index of who sits on each group,
 * members and chair), same type and focus, and the meetings a year each post and agency sits
 * through. Only what the map records counts: a group whose members are not recorded in full
 * is never said to duplicate another, and a load that may be higher is marked a least.
 */
import { describe, expect, it } from 'vitest';
import { mapOf } from '../../../tests/unit/helpers/maps';
import { findMemberOverlaps, findPurposeOverlaps, meetingLoad, memberOverlapSearch, purposeOverlapSearch, MAX_PAIRS } from './find-overlaps';

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

describe('findMemberOverlaps', () => {
	// G1 {a,b,c} and G2 {a,b,d}: 2 shared ({a,b}) of 4 in either ({a,b,c,d}): 2/4 = 0.5.
	const twoOfThree = withGroups(`  - { id: g1, name: G1, type: panel, members: [a, b, c] }
  - { id: g2, name: G2, type: forum, members: [a, b, d] }
`);
	const expected = {
		groups: ['g1', 'g2'],
		shared: ['a', 'b'],
		jaccard: 0.5,
		sentence: 'G1 and G2 share 2 of the 4 people and agencies who sit on either (50%): do both need to meet?'
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

	it('two groups sharing one of their two seats are not a duplicate meeting', () => {
		// G1 {a,b}, G2 {a}: 1 shared of 2 in either, 0.5, at the threshold; but one person in
		// common is not two meetings of the same people. Asked for one shared seat, it is reported.
		const model = withGroups(`  - { id: g1, name: G1, type: panel, members: [a, b] }
  - { id: g2, name: G2, type: panel, members: [a] }
`);
		expect(findMemberOverlaps(model)).toEqual([]);
		expect(findMemberOverlaps(model, { minShared: 1 })).toEqual([
			{ groups: ['g1', 'g2'], shared: ['a'], jaccard: 0.5, sentence: 'G1 and G2 share 1 of the 2 people and agencies who sit on either (50%): do both need to meet?' }
		]);
	});

	it('rounds to 3 decimals: 2 of 6 is 0.333, reported at threshold 0.3 only', () => {
		// A sixth agency, f, chairs G1.
		const model = mapOf(`agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
  - { id: c, name: C, sector: other }
  - { id: d, name: D, sector: other }
  - { id: e, name: E, sector: other }
  - { id: f, name: F, sector: other }
groups:
  - { id: g1, name: G1, type: panel, chair: f, members: [a, b, c] }
  - { id: g2, name: G2, type: panel, members: [a, b, d, e] }
`);
		// G1 {a,b,c,f}, G2 {a,b,d,e}: shared {a,b}, union {a,b,c,d,e,f}: 2/6 = 0.333.
		expect(findMemberOverlaps(model)).toEqual([]);
		expect(findMemberOverlaps(model, { threshold: 0.3 })).toEqual([
			{ groups: ['g1', 'g2'], shared: ['a', 'b'], jaccard: 0.333, sentence: 'G1 and G2 share 2 of the 6 people and agencies who sit on either (33%): do both need to meet?' }
		]);
		expect(findMemberOverlaps(model, { threshold: 0.334 })).toEqual([]);
	});

	it('never reports groups with no one in common, even at threshold 0, nor empty groups', () => {
		const model = withGroups(`  - { id: g1, name: G1, type: panel, members: [a, b] }
  - { id: g2, name: G2, type: panel, members: [c, d] }
  - { id: g3, name: G3, type: panel, members: [] }
  - { id: g4, name: G4, type: panel, members: [] }
`);
		expect(findMemberOverlaps(model, { threshold: 0, minShared: 1 })).toEqual([]);
	});

	it('only compares groups whose membership is recorded in full', () => {
		// G1 and G2 list the same three, but G2 says others sit there too, and G3's members are
		// not recorded at all (its chair a sits there). Only G1 and G4, both in full, are compared.
		const model = withGroups(`  - { id: g1, name: G1, type: panel, members: [a, b, c] }
  - { id: g2, name: G2, type: panel, members_recorded: partial, members: [a, b, c] }
  - { id: g3, name: G3, type: panel, chair: a }
  - { id: g4, name: G4, type: panel, members: [a, b, c, d] }
`);
		// G1 {a,b,c}, G4 {a,b,c,d}: 3 of 4 = 0.75.
		expect(findMemberOverlaps(model, { threshold: 0, minShared: 1 }).map((o) => [o.groups, o.jaccard])).toEqual([[['g1', 'g4'], 0.75]]);
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
	it('reports two groups of the same type and the same focus with someone in common, naming the type by its label', () => {
		const model = withGroups(`  - { id: p1, name: North panel, type: panel, focus: downstream, members: [a, b] }
  - { id: p2, name: South panel, type: panel, focus: downstream, members: [a, c] }
`);
		expect(findPurposeOverlaps(model)).toEqual([
			{
				groups: ['p1', 'p2'],
				type: 'panel',
				focus: 'downstream',
				sentence: 'North panel and South panel are both of the kind “panel” with a downstream focus: is their purpose the same?'
			}
		]);
	});

	it('words a type of several words by its label', () => {
		const model = withGroups(`  - { id: t1, name: T1, type: school-consultation-team, focus: both, members: [a] }
  - { id: t2, name: T2, type: school-consultation-team, focus: both, chair: a }
`);
		expect(findPurposeOverlaps(model).map((o) => o.sentence)).toEqual([
			'T1 and T2 are both of the kind “school consultation team” with both an upstream and a downstream focus: is their purpose the same?'
		]);
	});

	it('does not report two alike groups with no one in common: two places, not one meeting held twice', () => {
		// Two school panels, one in each school.
		const model = withGroups(`  - { id: p1, name: North panel, type: panel, focus: downstream, members: [a, b] }
  - { id: p2, name: South panel, type: panel, focus: downstream, members: [c, d] }
  - { id: p3, name: West panel, type: panel, focus: downstream }
`);
		expect(findPurposeOverlaps(model)).toEqual([]);
	});

	it('does not report a different focus, a different type, or groups whose focus is not given', () => {
		// Everyone sits on every group, so only type and focus can tell them apart.
		const model = withGroups(`  - { id: p1, name: P1, type: panel, focus: downstream, members: [a] }
  - { id: p2, name: P2, type: panel, focus: upstream, members: [a] }
  - { id: p3, name: P3, type: panel, focus: both, members: [a] }
  - { id: c1, name: C1, type: core-group, focus: downstream, members: [a] }
  - { id: f1, name: F1, type: forum, members: [a] }
  - { id: f2, name: F2, type: forum, members: [a] }
`);
		expect(findPurposeOverlaps(model)).toEqual([]);
	});

	it('skips external groups', () => {
		const model = withGroups(`  - { id: p1, name: P1, type: panel, focus: downstream, members: [a] }
  - { id: p2, name: County panel, type: panel, focus: downstream, external: true, members: [a] }
`);
		expect(findPurposeOverlaps(model)).toEqual([]);
	});

	it('reports every pair of three alike, in file order', () => {
		const model = withGroups(`  - { id: p1, name: P1, type: panel, focus: both, members: [a] }
  - { id: p2, name: P2, type: panel, focus: both, members: [a] }
  - { id: p3, name: P3, type: panel, focus: both, members: [a] }
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
	it('counts a school year: 39 weeks, 19 fortnights, 12 months, 6 half-terms or two-monthly, 3 terms, 1; ad hoc unknown', () => {
		// One agency per frequency, each alone on one group that meets that often.
		const frequencies = ['weekly', 'fortnightly', 'monthly', 'half-termly', 'bi-monthly', 'termly', 'annually', 'ad-hoc'];
		const ids = frequencies.map((_, i) => `a${i}`);
		const model = mapOf(`agencies:
${ids.map((id) => `  - { id: ${id}, name: ${id.toUpperCase()}, sector: other }`).join('\n')}
groups:
${frequencies.map((f, i) => `  - { id: g${i}, name: G${i}, type: panel, meets: ${f}, members: [${ids[i]}] }`).join('\n')}
`);
		const byId = new Map(meetingLoad(model).map((l) => [l.id as string, [l.meetingsPerYear, l.unknownFrequency]]));
		expect(ids.map((id) => byId.get(id))).toEqual([
			[39, 0],
			[19, 0],
			[12, 0],
			[6, 0],
			[6, 0],
			[3, 0],
			[1, 0],
			[0, 1]
		]);
	});

	it('adds a weekly group and a termly one it only chairs: 39 + 3 = 42, in full', () => {
		// The head chairs the steering group without being listed among its members, and so
		// sits on it. Every group lists its members (the steering group: none but the chair).
		const model = mapOf(`agencies:
  - { id: schools, name: Schools, sector: education }
roles:
  - { id: head, name: Head, agency: schools }
groups:
  - { id: team, name: Team, type: team, meets: weekly, members: [head] }
  - { id: steer, name: Steering group, type: steering-group, meets: termly, chair: head, members: [] }
`);
		expect(meetingLoad(model)).toEqual([
			{ id: 'head', name: 'Head', kind: 'role', groups: ['team', 'steer'], meetingsPerYear: 42, unknownFrequency: 0, atLeast: false }
		]);
	});

	it('is a least for everyone when some group’s membership is not recorded in full', () => {
		// The same, but the steering group's members are not recorded: anyone may sit there too.
		const model = mapOf(`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
roles:
  - { id: head, name: Head, agency: schools }
groups:
  - { id: team, name: Team, type: team, meets: weekly, members: [head, camhs] }
  - { id: steer, name: Steering group, type: steering-group, meets: termly, chair: head }
`);
		expect(meetingLoad(model).map((l) => [l.id, l.meetingsPerYear, l.atLeast])).toEqual([
			['head', 42, true],
			['camhs', 39, true]
		]);
	});

	it('is a least for an item whose own groups are not recorded in full, and only for it', () => {
		// a's groups are recorded only in part; b's in full, and the one group lists its members.
		const model = mapOf(`agencies:
  - { id: a, name: A, sector: other, groups_recorded: partial }
  - { id: b, name: B, sector: other }
groups:
  - { id: g1, name: G1, type: panel, meets: monthly, members: [a, b] }
`);
		expect(meetingLoad(model).map((l) => [l.id, l.meetingsPerYear, l.atLeast])).toEqual([
			['a', 12, true],
			['b', 12, false]
		]);
	});

	it('counts groups that meet ad hoc or whose frequency is not given as unknown', () => {
		// Monthly 12 + unknown 2.
		const model = withGroups(`  - { id: g1, name: G1, type: panel, meets: monthly, members: [a] }
  - { id: g2, name: G2, type: panel, meets: ad-hoc, members: [a] }
  - { id: g3, name: G3, type: panel, members: [a] }
`);
		expect(meetingLoad(model)).toEqual([
			{ id: 'a', name: 'A', kind: 'agency', groups: ['g1', 'g2', 'g3'], meetingsPerYear: 12, unknownFrequency: 2, atLeast: false }
		]);
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

describe('overlaps at scale', () => {
	const groupsMap = (groups: string[][], agencies: number) =>
		mapOf(
			`agencies:\n${Array.from({ length: agencies }, (_, i) => `  - { id: a${i}, name: A${i}, sector: other }`).join('\n')}\ngroups:\n${groups
				.map((members, i) => `  - { id: g${i}, name: G${i}, type: panel, focus: downstream, members: [${members.join(', ')}] }`)
				.join('\n')}\n`
		);

	it('compares only pairs that could pass, and finds exactly what comparing every pair finds, on 40 seeded random maps', () => {
		let a = 0x0ee1;
		const random = () => {
			a = (a + 0x6d2b79f5) | 0;
			let t = Math.imul(a ^ (a >>> 15), 1 | a);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		for (let k = 0; k < 40; k++) {
			const agencies = 4 + Math.floor(random() * 12);
			const groups = Array.from({ length: 2 + Math.floor(random() * 14) }, () => {
				const set = new Set<string>();
				const size = 1 + Math.floor(random() * 6);
				for (let s = 0; s < size; s++) set.add(`a${Math.floor(random() * agencies)}`);
				return [...set];
			});
			const model = groupsMap(groups, agencies);
			for (const threshold of [0.3, 0.5, 0.8]) {
				// Every pair, by hand: shared at least 2 and the rounded index at least the threshold.
				const expected: string[] = [];
				for (let i = 0; i < groups.length; i++)
					for (let j = i + 1; j < groups.length; j++) {
						const shared = groups[i].filter((x) => groups[j].includes(x)).length;
						const union = new Set([...groups[i], ...groups[j]]).size;
						if (shared >= 2 && Math.round((shared / union) * 1000) / 1000 >= threshold) expected.push(`g${i}+g${j}`);
					}
				const found = findMemberOverlaps(model, { threshold }).map((o) => o.groups.join('+'));
				expect(found.sort(), `map ${k} at ${threshold}`).toEqual(expected.sort());
			}
		}
	});

	it('3,000 groups all seating the same two agencies: the list stops at MAX_PAIRS and says so, without comparing every pair', () => {
		const model = groupsMap(Array.from({ length: 3000 }, () => ['a0', 'a1']), 2);
		const search = memberOverlapSearch(model);
		expect(search.found).toHaveLength(MAX_PAIRS);
		expect(search.stopped).toBe('More than 1,000 pairs of groups overlap; the first 1,000 found are listed.');
		const purpose = purposeOverlapSearch(model);
		expect(purpose.found).toHaveLength(MAX_PAIRS);
		expect(purpose.stopped).toBe('More than 1,000 pairs of groups of the same kind and focus share someone; the first 1,000 found are listed.');
	});

	it('3,000 groups that share only one agency everyone holds are never compared: no pairs, no stop', () => {
		// Each group seats the common agency and one of its own: rarest first, the prefix is its own agency alone.
		const model = groupsMap(Array.from({ length: 3000 }, (_, i) => ['a0', `a${i + 1}`]), 3001);
		expect(memberOverlapSearch(model)).toEqual({ found: [] });
	});
});
