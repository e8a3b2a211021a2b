/**
 * Single points of failure: each articulation point with the items its loss cuts off from
 * the main part (the largest piece left of the part it was in; where pieces tie for largest
 * there is no main part, and every piece is cut off from the others). A piece is asserted
 * cut off (`cuts_off`) only when every item in it has its seats recorded in full; otherwise
 * its items are `unsure`. A post and its employer go together: a piece of nothing but the
 * point's own posts, or its own employer, is no finding.
 */
import { articulationPointIndices, piecesWithout, type Adjacency } from './articulation-points';
import { tieGraph } from './tie-graph';
import { describe, expect, it } from 'vitest';
import { agencyMap, mapOf, reportMap } from '../../../tests/unit/helpers/maps';
import { findFragile, LIST_LIMIT } from './find-fragile';

const cuts = (model: Parameters<typeof findFragile>[0]) => findFragile(model).map((f) => [f.id, f.cuts_off]);

describe('findFragile on hand-made maps', () => {
	it('an empty map has no single point of failure', () => {
		expect(findFragile(mapOf(''))).toEqual([]);
	});

	it('one item, a pair, a cycle: none', () => {
		expect(findFragile(agencyMap('a', ''))).toEqual([]);
		expect(findFragile(agencyMap('a b', 'a-b'))).toEqual([]);
		expect(findFragile(agencyMap('a b c d', 'a-b b-c c-d d-a'))).toEqual([]);
	});

	it('a bare star: the centre, whose loss leaves every leaf on its own', () => {
		// Without the centre four pieces of one item are left. All tie for largest, so there is
		// no main part: every leaf is cut off from the others.
		const [centre, ...others] = findFragile(agencyMap('hub a b c d', 'hub-a hub-b hub-c hub-d'));
		expect(others).toEqual([]);
		expect(centre).toEqual({
			id: 'hub',
			name: 'HUB',
			kind: 'agency',
			cuts_off: ['a', 'b', 'c', 'd'],
			unsure: [],
			unsureCount: 0,
			cutOffCount: 4,
			insecure: false,
			sentence: 'If HUB went, what it joins would fall into 4 separate parts of the same size: A, B, C and 1 more would lose touch with each other.'
		});
	});

	it('a star on the side of a larger part cuts off all its leaves', () => {
		// Triangle t1-t2-t3, hub tied to t1, leaves l1..l4 on the hub.
		// Without hub: {t1,t2,t3} (3) is the main part; l1, l2, l3, l4 are cut off.
		// Without t1: {hub,l1..l4} (5) is the main part; t2 and t3 are cut off.
		const model = agencyMap('t1 t2 t3 hub l1 l2 l3 l4', 't1-t2 t2-t3 t3-t1 hub-t1 hub-l1 hub-l2 hub-l3 hub-l4');
		expect(cuts(model)).toEqual([
			['hub', ['l1', 'l2', 'l3', 'l4']],
			['t1', ['t2', 't3']]
		]);
		expect(findFragile(model).map((f) => f.sentence)).toEqual([
			'If HUB went, L1, L2, L3 and 1 more would be cut off from the rest of the system.',
			'If T1 went, T2 and T3 would be cut off from the rest of the system.'
		]);
	});

	it('a path a-b-c-d: b cuts off a, c cuts off d; equal, so by name', () => {
		// Without b: {a} (1) and {c,d} (2); {c,d} is the main part. Without c: {a,b} and {d}.
		expect(cuts(agencyMap('a b c d', 'a-b b-c c-d'))).toEqual([
			['b', ['a']],
			['c', ['d']]
		]);
		expect(findFragile(agencyMap('a b c d', 'a-b b-c c-d'))[0].sentence).toBe('If B went, A would be cut off from the rest of the system.');
	});

	it('two triangles joined through one node: the joining node first, parting the triangles', () => {
		// a-b-c triangle, c-x-d, d-e-f triangle.
		// Without x: {a,b,c} and {d,e,f}, 3 each: no main part, so all six are cut off.
		// Without c: {a,b} (2) and {x,d,e,f} (4): a, b cut off. Without d: {e,f} cut off.
		// Most cut off first; c and d (2 each) by name.
		expect(cuts(agencyMap('a b c x d e f', 'a-b b-c c-a c-x x-d d-e e-f f-d'))).toEqual([
			['x', ['a', 'b', 'c', 'd', 'e', 'f']],
			['c', ['a', 'b']],
			['d', ['e', 'f']]
		]);
	});

	it('judges an item in a separate, smaller part against its own part only', () => {
		// A triangle, and apart from it a path p-q-r. Without q, {p} and {r} are left of q's
		// part, tied for largest: both are cut off. The triangle plays no part.
		expect(cuts(agencyMap('a b c p q r', 'a-b b-c c-a p-q q-r'))).toEqual([['q', ['p', 'r']]]);
	});

	it('flags a short-term funded post as insecure, and names roles and groups by kind', () => {
		// families - hsclw - schools - camhs: a path (hsclw is tied to schools as its post).
		// Without hsclw: families (1) is cut off from {schools, camhs}. Without schools: camhs (1)
		// is cut off from {families, hsclw}. One each, so by name: Link worker before Schools.
		const model = mapOf(`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: families, name: Families, sector: families }
  - { id: camhs, name: CAMHS, sector: mental-health }
roles:
  - { id: hsclw, name: Link worker, agency: schools, funding: short-term }
links:
  - { from: hsclw, to: families, kind: consults }
  - { from: schools, to: camhs, kind: refers }
`);
		expect(findFragile(model)).toEqual([
			{
				id: 'hsclw',
				name: 'Link worker',
				kind: 'role',
				cuts_off: ['families'],
				unsure: [],
				unsureCount: 0,
				cutOffCount: 1,
				insecure: true,
				sentence: 'If Link worker went, Families would be cut off from the rest of the system. It is a short-term funded post.'
			},
			{
				id: 'schools',
				name: 'Schools',
				kind: 'agency',
				cuts_off: ['camhs'],
				unsure: [],
				unsureCount: 0,
				cutOffCount: 1,
				insecure: false,
				sentence: 'If Schools went, CAMHS would be cut off from the rest of the system.'
			}
		]);
	});

	it('a group whose members meet nowhere else', () => {
		// The panel's members a and b are tied to nothing else; c is tied to the panel by a link.
		// Without the panel, three pieces of one item, tied for largest: a, b and c are all cut off.
		const model = mapOf(`agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
  - { id: c, name: C, sector: other }
groups:
  - { id: panel, name: Panel, type: panel, members: [a, b] }
links:
  - { from: c, to: panel, kind: refers }
`);
		// The panel lists its members, and a, b and c sit on nothing else: all recorded in full.
		expect(findFragile(model)).toEqual([
			{
				id: 'panel',
				name: 'Panel',
				kind: 'group',
				cuts_off: ['a', 'b', 'c'],
				unsure: [],
				unsureCount: 0,
				cutOffCount: 3,
				insecure: false,
				sentence: 'If Panel went, what it joins would fall into 3 separate parts of the same size: A, B and C would lose touch with each other.'
			}
		]);
	});
	it('an agency whose loss cuts off only its own post is no finding', () => {
		// head - schools - camhs - other: a path. Without schools, head (its own post) is alone:
		// the post goes with its agency, so that is no finding. Without camhs, {head, schools}
		// (2) is the main part and other is cut off.
		const model = mapOf(`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
  - { id: other, name: Other, sector: other }
roles:
  - { id: head, name: Head, agency: schools }
links:
  - { from: schools, to: camhs, kind: refers }
  - { from: camhs, to: other, kind: informs }
`);
		expect(findFragile(model).map((f) => [f.id, f.cuts_off, f.unsure])).toEqual([['camhs', ['other'], []]]);
	});

	it('a post whose loss cuts off only its own employer is no finding', () => {
		// pilot - coordinator - camhs - other: the co-ordinator is the pilot's only post. Without
		// him, the pilot is alone, but it is his own employer. Without camhs, other is cut off.
		const model = mapOf(`agencies:
  - { id: pilot, name: Pilot, sector: other }
  - { id: camhs, name: CAMHS, sector: mental-health }
  - { id: other, name: Other, sector: other }
roles:
  - { id: coordinator, name: Co-ordinator, agency: pilot }
links:
  - { from: coordinator, to: camhs, kind: informs }
  - { from: camhs, to: other, kind: informs }
`);
		expect(findFragile(model).map((f) => [f.id, f.cuts_off, f.unsure])).toEqual([['camhs', ['other'], []]]);
	});

	it('but a piece holding another post of the same agency is a finding', () => {
		// senco - schools - head - camhs - other - far: head and senco are both posts of schools.
		// Without head: {schools, senco} (2) and {camhs, other, far} (3), the main part. The
		// senco is not head's employer, so schools and the senco are cut off.
		const model = mapOf(`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
  - { id: other, name: Other, sector: other }
  - { id: far, name: Far, sector: other }
roles:
  - { id: head, name: Head, agency: schools }
  - { id: senco, name: SENCO, agency: schools }
links:
  - { from: head, to: camhs, kind: refers }
  - { from: camhs, to: other, kind: informs }
  - { from: other, to: far, kind: informs }
`);
		// Without schools: {senco} is its own post, no finding. Without camhs: {schools, senco,
		// head} (3) is the main part; other and far are cut off. Without other: far is cut off.
		expect(findFragile(model).map((f) => [f.id, f.cuts_off])).toEqual([
			['camhs', ['other', 'far']],
			['head', ['schools', 'senco']],
			['other', ['far']]
		]);
	});

	it('a piece with a group whose members are not recorded is unsure, as a whole', () => {
		// Triangle t1-t2-t3; hub tied to t1, to c, and to g, a group whose members are not
		// recorded; d is tied to g. Without hub: {t1,t2,t3} (3) is the main part; {c} is cut off,
		// recorded in full: c is a group that lists its members as none, and a group's seats are
		// its own members, so g's silence cannot join it to anything. {d, g} might be joined to
		// the rest by a member of g the map does not name, so both are unsure, d too.
		const body = `agencies:
  - { id: t1, name: T1, sector: other }
  - { id: t2, name: T2, sector: other }
  - { id: t3, name: T3, sector: other }
  - { id: hub, name: Hub, sector: other }
  - { id: d, name: D, sector: other }
groups:
  - { id: c, name: C, type: working-group, members: [] }
  - { id: g, name: G, type: working-group }
links:
  - { from: t1, to: t2, kind: informs }
  - { from: t2, to: t3, kind: informs }
  - { from: t3, to: t1, kind: informs }
  - { from: hub, to: t1, kind: informs }
  - { from: hub, to: c, kind: informs }
  - { from: hub, to: g, kind: informs }
  - { from: d, to: g, kind: informs }
`;
		const hub = findFragile(mapOf(body)).find((f) => f.id === 'hub');
		expect(hub).toEqual({
			id: 'hub',
			name: 'Hub',
			kind: 'agency',
			cuts_off: ['c'],
			unsure: ['d', 'g'],
			unsureCount: 2,
			cutOffCount: 1,
			insecure: false,
			sentence: 'If Hub went, C would be cut off from the rest of the system. D and G might be too, unless seats the map does not record join them to the rest.'
		});
		// Make c an agency instead: its seats are recorded in full (by default), but g's members
		// are not, so c might sit on g unrecorded. {c} is unsure too, and with nothing sure left
		// the point only holds them on the map's record.
		const cAgency = body
			.replace('  - { id: c, name: C, type: working-group, members: [] }\n', '')
			.replace('  - { id: d, name: D, sector: other }\n', '  - { id: c, name: C, sector: other }\n  - { id: d, name: D, sector: other }\n');
		expect(findFragile(mapOf(cAgency)).find((f) => f.id === 'hub')).toEqual({
			id: 'hub',
			name: 'Hub',
			kind: 'agency',
			cuts_off: [],
			unsure: ['c', 'd', 'g'],
			unsureCount: 3,
			cutOffCount: 0,
			insecure: false,
			sentence: 'If Hub went, nothing the map records would join C, D and G to the rest of the system; but the map does not record all the seats that might.'
		});
	});

	it('an agency or post whose groups are not recorded makes its piece unsure', () => {
		// a - b - c, and c's groups are recorded only in part: without b, c might still be
		// joined to a through a group the map does not name. Equal pieces, so a is cut off too,
		// recorded in full.
		const model = mapOf(`agencies:
  - { id: a, name: A, sector: other }
  - { id: b, name: B, sector: other }
  - { id: c, name: C, sector: other, groups_recorded: partial }
links:
  - { from: a, to: b, kind: informs }
  - { from: b, to: c, kind: informs }
`);
		expect(findFragile(model).map((f) => [f.id, f.cuts_off, f.unsure])).toEqual([['b', ['a'], ['c']]]);
	});

	it('a point with nothing sure to cut off is said to hold what it holds on the map’s record, not asserted', () => {
		// A square t1-t2-t3-t4; hub tied to t1 and to g, a group whose members are not recorded.
		// Without hub, only g is left apart, and it is unsure. Without t1, {t2, t3, t4} (3) is the
		// main part and {hub, g} (2) is left apart, unsure as a whole because of g.
		const model = mapOf(`agencies:
  - { id: t1, name: T1, sector: other }
  - { id: t2, name: T2, sector: other }
  - { id: t3, name: T3, sector: other }
  - { id: t4, name: T4, sector: other }
  - { id: hub, name: Hub, sector: other }
groups:
  - { id: g, name: G, type: working-group }
links:
  - { from: t1, to: t2, kind: informs }
  - { from: t2, to: t3, kind: informs }
  - { from: t3, to: t4, kind: informs }
  - { from: t4, to: t1, kind: informs }
  - { from: hub, to: t1, kind: informs }
  - { from: hub, to: g, kind: informs }
`);
		const points = findFragile(model);
		expect(points.map((f) => [f.id, f.cuts_off, f.unsure])).toEqual([
			['t1', [], ['hub', 'g']],
			['hub', [], ['g']]
		]);
		expect(points.find((f) => f.id === 'hub')?.sentence).toBe(
			'If Hub went, nothing the map records would join G to the rest of the system; but the map does not record all the seats that might.'
		);
	});
});

describe('findFragile on the report’s maps', () => {
	it('Abingdon: the pilot co-ordinator is a single point of failure (Appendix 2c)', () => {
		// He "had been doing much of the link work" with the local services, and when he left
		// "took a lot of that knowledge with him". Whether the map can say so for sure or only
		// on its record, he is listed, and the local services he linked with are what he holds.
		const coordinator = findFragile(reportMap('abingdon')).find((f) => f.id === 'pilot-coordinator');
		expect(coordinator).toBeDefined();
		expect([...(coordinator?.cuts_off ?? []), ...(coordinator?.unsure ?? [])]).toContain('local-services');
	});
});

describe('findFragile at scale and against a search of every point', () => {
	/** What the old search did for every articulation point: search the pieces again, and take all but the largest. */
	function bruteForce(adj: Adjacency): Map<string, string[]> {
		const out = new Map<string, string[]>();
		const before = piecesWithout(adj, -1);
		for (const v of articulationPointIndices(adj)) {
			const after = piecesWithout(adj, v);
			const sizes = new Map<number, number>();
			for (let i = 0; i < adj.ids.length; i++) if (i !== v && before.piece[i] === before.piece[v]) sizes.set(after.piece[i], after.sizes[after.piece[i]]);
			const largest = Math.max(...sizes.values());
			const tops = [...sizes].filter(([, s]) => s === largest);
			const main = tops.length === 1 ? tops[0][0] : -1;
			const cut: string[] = [];
			for (let i = 0; i < adj.ids.length; i++) if (i !== v && before.piece[i] === before.piece[v] && after.piece[i] !== main) cut.push(adj.ids[i]);
			out.set(adj.ids[v], cut);
		}
		return out;
	}

	it('finds the same points and the same cut-off items as searching every point again, on 60 seeded random maps', () => {
		let a = 0x1f2e3d;
		const random = () => {
			a = (a + 0x6d2b79f5) | 0;
			let t = Math.imul(a ^ (a >>> 15), 1 | a);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		};
		for (let k = 0; k < 60; k++) {
			const n = 2 + Math.floor(random() * 40);
			const ids = Array.from({ length: n }, (_, i) => `n${i}`);
			const edges = new Set<string>();
			for (let i = 1; i < n; i++) if (random() < 0.9) edges.add(`${ids[Math.floor(random() * i)]}-${ids[i]}`);
			for (let e = 0; e < n / 4; e++) {
				const [x, y] = [Math.floor(random() * n), Math.floor(random() * n)];
				if (x < y) edges.add(`${ids[x]}-${ids[y]}`);
			}
			const model = agencyMap(ids.join(' '), [...edges].join(' '));
			const expected = bruteForce(tieGraph(model));
			const found = new Map(findFragile(model).map((f) => [f.id as string, [...f.cuts_off] as string[]]));
			expect(found, `map ${k}`).toEqual(expected);
		}
	});

	it('a chain of 20,000 items: every inner item is a point, found in one pass, each naming at most LIST_LIMIT items but counting all', () => {
		const n = 20_000;
		const ids = Array.from({ length: n }, (_, i) => `c${i}`);
		const model = agencyMap(ids.join(' '), ids.slice(1).map((id, i) => `${ids[i]}-${id}`).join(' '));
		const points = findFragile(model);
		expect(points).toHaveLength(n - 2);
		// The middle item cuts off the smaller half: c10000 leaves c0..c9999 (10,000) and c10001..c19999 (9,999).
		const middle = points.find((p) => p.id === 'c10000')!;
		expect(middle.cutOffCount).toBe(9_999);
		expect(middle.cuts_off).toHaveLength(LIST_LIMIT);
		expect(middle.sentence).toMatch(/^If C10000 went, C10001, C10002, C10003 and 9996 more would be cut off/);
		// Most cut off first.
		expect(points[0].cutOffCount).toBe(9_999);
	});
});
