/**
 * Hubs: degree and betweenness of small maps worked by hand, then the report's own maps.
 *
 * Normalisation, as graphology does it for an undirected graph of n items:
 * - degree = ties / (n - 1), the share of the other items it is tied to;
 * - betweenness = (sum over unordered pairs {s, t} of other items of the share of the
 *   shortest s-t paths that pass through the item) / ((n - 1)(n - 2) / 2), the number of
 *   such pairs. (graphology sums over ordered pairs, each pair twice, and divides by
 *   (n - 1)(n - 2): the same.) Both rounded to 3 decimals.
 *
 * Ranked by most ties, then highest betweenness, then name: a hub is what the most spokes
 * run through (the City's Core Group, Appendix 2d), and betweenness breaks ties in degree.
 */
import { describe, expect, it } from 'vitest';
import { agencyMap, mapOf, reportMap } from '../../../tests/unit/helpers/maps';
import { findHubs } from './find-hubs';

/** [id, degree, betweenness, ties] of each hub, in rank order. */
const scores = (model: Parameters<typeof findHubs>[0]) => findHubs(model).map((h) => [h.id, h.degree, h.betweenness, h.ties]);

describe('findHubs on hand-made maps', () => {
	it('an empty map has no hubs', () => {
		expect(findHubs(mapOf(''))).toEqual([]);
		expect(findHubs(mapOf('agencies: []\nroles: []\ngroups: []\nlinks: []\n'))).toEqual([]);
	});

	it('one item alone: degree 0, betweenness 0, and says it has no ties', () => {
		expect(findHubs(agencyMap('a', ''))).toEqual([
			{ id: 'a', name: 'A', kind: 'agency', degree: 0, betweenness: 0, ties: 0, insecure: false, sentence: 'A has no ties to anyone in the map.' }
		]);
	});

	it('two tied items: degree 1 each (1 of 1 possible tie), betweenness 0 (no third item)', () => {
		expect(scores(agencyMap('a b', 'a-b'))).toEqual([
			['a', 1, 0, 1],
			['b', 1, 0, 1]
		]);
		expect(findHubs(agencyMap('a b', 'a-b'))[0].sentence).toBe('A has 1 direct tie but no one needs it to reach anyone else.');
	});

	it('a star: the centre has degree 1 and betweenness 1, the leaves degree 1/4 and betweenness 0', () => {
		// 5 items. The centre is tied to all 4 others: 4/4 = 1. Every one of the
		// 4·3/2 = 6 pairs of leaves goes through it, and only through it: 6/6 = 1.
		expect(scores(agencyMap('hub a b c d', 'hub-a hub-b hub-c hub-d'))).toEqual([
			['hub', 1, 1, 4],
			['a', 0.25, 0, 1],
			['b', 0.25, 0, 1],
			['c', 0.25, 0, 1],
			['d', 0.25, 0, 1]
		]);
		expect(findHubs(agencyMap('hub a b c d', 'hub-a hub-b hub-c hub-d'))[0].sentence).toBe(
			'HUB is tied directly to more of the system than anything else (4 direct ties), and 100% of the shortest routes between two other items pass through it.'
		);
	});

	it('a path a-b-c-d: the inner nodes 2/3 each, the ends 0', () => {
		// n = 4, so (n-1)(n-2)/2 = 3 pairs of other items for each node.
		// b: pairs {a,c}, {a,d}, {c,d}; the only a-c and a-d paths go through b, c-d does not:
		//    2/3 = 0.667. c likewise ({a,d}, {b,d}): 2/3. a and d lie on no path between others.
		// Degree: b and c have 2 of 3 possible ties (0.667), a and d 1 of 3 (0.333).
		// b and c tie on betweenness and ties, so they stand by name: B before C.
		expect(scores(agencyMap('a b c d', 'a-b b-c c-d'))).toEqual([
			['b', 0.667, 0.667, 2],
			['c', 0.667, 0.667, 2],
			['a', 0.333, 0, 1],
			['d', 0.333, 0, 1]
		]);
		// B has no more ties than C, so it is not called the single top hub.
		expect(findHubs(agencyMap('a b c d', 'a-b b-c c-d')).map((h) => h.sentence)).toEqual([
			'B has 2 direct ties, and 67% of the shortest routes between two other items pass through it.',
			'C has 2 direct ties, and 67% of the shortest routes between two other items pass through it.',
			'A has 1 direct tie but no one needs it to reach anyone else.',
			'D has 1 direct tie but no one needs it to reach anyone else.'
		]);
	});

	it('two triangles joined through one node: the most ties rank first, though another is more between', () => {
		// a-b-c triangle, c-x-d, d-e-f triangle: n = 7, 6·5/2 = 15 pairs of other items each.
		// x: every pair with one end in {a,b,c} and the other in {d,e,f}: 3·3 = 9 -> 9/15 = 0.6.
		// c: every pair with one end in {a,b} and the other in {x,d,e,f}: 2·4 = 8 -> 8/15 = 0.533.
		// d: the mirror of c: {e,f} × {a,b,c,x} = 8 -> 0.533.
		// a, b, e, f: each pair of their neighbours is tied directly, so 0.
		// Degree: c and d 3/6 = 0.5; the others 2/6 = 0.333. x has fewer ties than c but is more
		// between: c and d (3 ties, by name) come first, then x, the most between of those with 2.
		expect(scores(agencyMap('a b c x d e f', 'a-b b-c c-a c-x x-d d-e e-f f-d'))).toEqual([
			['c', 0.5, 0.533, 3],
			['d', 0.5, 0.533, 3],
			['x', 0.333, 0.6, 2],
			['a', 0.333, 0, 2],
			['b', 0.333, 0, 2],
			['e', 0.333, 0, 2],
			['f', 0.333, 0, 2]
		]);
	});

	it('a cycle of 4 shares each pair between the two ways round', () => {
		// a-b-c-d-a. For b the other pairs are {a,c}, {a,d}, {c,d}; only a-c can go through b,
		// and it has two shortest paths (via b or via d), so b gets 1/2: 0.5/3 = 0.167.
		// Every node alike; degree 2/3. All tie, so they stand by name.
		expect(scores(agencyMap('a b c d', 'a-b b-c c-d d-a'))).toEqual([
			['a', 0.667, 0.167, 2],
			['b', 0.667, 0.167, 2],
			['c', 0.667, 0.167, 2],
			['d', 0.667, 0.167, 2]
		]);
	});

	it('normalises by the whole map even when it is in pieces', () => {
		// a-b-c and a lone d: n = 4, so 3 pairs of others for b; b lies on {a,c} only: 1/3.
		// Degree of b: 2 of 3 possible ties.
		expect(scores(agencyMap('a b c d', 'a-b b-c'))).toEqual([
			['b', 0.667, 0.333, 2],
			['a', 0.333, 0, 1],
			['c', 0.333, 0, 1],
			['d', 0, 0, 0]
		]);
	});

	it('ranks by most ties, then by betweenness, then by name', () => {
		// A triangle a-b-c and a pendant d on a: a has 3 ties and is the only item between (d
		// with b, d with c): 2 of 3 pairs -> 0.667. b and c have 2 ties, betweenness 0, and stand
		// by name; d has 1, so d comes last.
		expect(findHubs(agencyMap('d c b a', 'a-b b-c c-a a-d')).map((h) => h.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('returns the top n only when asked', () => {
		const model = agencyMap('a b c d', 'a-b b-c c-d');
		expect(findHubs(model, { top: 1 }).map((h) => h.id)).toEqual(['b']);
		expect(findHubs(model, { top: 0 })).toEqual([]);
		expect(findHubs(model)).toHaveLength(4);
	});

	it('counts a post in its agency, a membership, a chair and a link as ties, each pair once', () => {
		// head (post of schools) chairs and sits on the panel and is linked to it: one tie to
		// the panel, one to schools. The panel: head, camhs. n = 4, 3 pairs of others each.
		// head lies between schools and panel, schools and camhs: 2/3. panel between head and
		// camhs, schools and camhs: 2/3. Equal, and 2 ties each: by name, Head before Panel.
		const model = mapOf(`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
roles:
  - { id: head, name: Head, agency: schools }
groups:
  - { id: panel, name: Panel, type: panel, chair: head, members: [head, camhs] }
links:
  - { from: head, to: panel, kind: refers }
  - { from: panel, to: head, kind: informs }
`);
		expect(scores(model)).toEqual([
			['head', 0.667, 0.667, 2],
			['panel', 0.667, 0.667, 2],
			['camhs', 0.333, 0, 1],
			['schools', 0.333, 0, 1]
		]);
		expect(findHubs(model).map((h) => h.kind)).toEqual(['role', 'group', 'agency', 'agency']);
	});

	it('flags a hub held by a short-term funded post as insecure', () => {
		const model = mapOf(`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
roles:
  - { id: hsclw, name: Link worker, agency: schools, funding: short-term }
  - { id: head, name: Head, agency: schools, funding: core }
links:
  - { from: hsclw, to: camhs, kind: refers }
`);
		// schools - hsclw - camhs, and schools - head. n = 4, 3 pairs of others each.
		// schools: {hsclw, head}, {head, camhs}: 2/3. hsclw: {schools, camhs}, {head, camhs}: 2/3.
		// Equal betweenness and ties (2 each): by name, Link worker before Schools.
		const hubs = findHubs(model);
		expect(hubs.map((h) => [h.id, h.betweenness, h.insecure])).toEqual([
			['hsclw', 0.667, true],
			['schools', 0.667, false],
			['camhs', 0, false],
			['head', 0, false]
		]);
		expect(hubs[0].sentence).toBe(
			'Link worker has 2 direct ties, and 67% of the shortest routes between two other items pass through it. It is a short-term funded post, so this hub is insecure.'
		);
	});
});

describe('findHubs on the report’s maps', () => {
	it('Banbury: the Sunshine Centre is the top hub, ahead of everyone else (5.2, Appendix 2a)', () => {
		// "acting as a communication hub taking the strain for the local schools" (5.2).
		const [first, second] = findHubs(reportMap('banbury'));
		expect(first.id).toBe('sunshine-centre');
		expect(first.ties).toBeGreaterThan(second.ties);
		expect(first.sentence).toMatch(/^Sunshine Centre.* is tied directly to more of the system than anything else/);
	});

	it('Kidlington: the network is the top hub, ahead of everyone else (Appendix 2e)', () => {
		const [first, second] = findHubs(reportMap('kidlington'));
		expect(first.id).toBe('network');
		expect(first.ties).toBeGreaterThan(second.ties);
	});

	it('the City before the pilot: the Excellence Cluster Core Group is the top hub (Appendix 2d)', () => {
		// The structure "had at its hub, the Excellence Cluster 'Core Group'".
		expect(findHubs(reportMap('city-2004'))[0].id).toBe('core-group');
	});
});
