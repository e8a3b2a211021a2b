/**
 * Single points of failure: each articulation point with the items its loss cuts off from
 * the main part (the largest piece left of the part it was in; on a tie in size, the piece
 * holding the item that comes first in the file: agencies, then roles, then groups).
 */
import { describe, expect, it } from 'vitest';
import { agencyMap, mapOf, reportMap } from './test-maps';
import { findFragile } from './find-fragile';



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
		// families - hsclw (post of schools) - schools - camhs: a path.
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
				insecure: true,
				sentence: 'If Link worker went, Families would be cut off from the rest of the system. It is a short-term funded post.'
			},
			{
				id: 'schools',
				name: 'Schools',
				kind: 'agency',
				cuts_off: ['camhs'],
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
		expect(findFragile(model)).toEqual([
			{
				id: 'panel',
				name: 'Panel',
				kind: 'group',
				cuts_off: ['a', 'b', 'c'],
				insecure: false,
				sentence: 'If Panel went, what it joins would fall into 3 separate parts of the same size: A, B and C would lose touch with each other.'
			}
		]);
	});
});

describe('findFragile on the report’s maps', () => {
	it('Abingdon: the pilot co-ordinator is a single point of failure (Appendix 2c)', () => {
		const coordinator = findFragile(reportMap('abingdon')).find((f) => f.id === 'pilot-coordinator');
		// Without him the pilot project (his employer) and the local services he mapped are
		// tied to nobody: the links to them are his.
		expect(coordinator?.cuts_off).toEqual(['iss-pilot', 'local-services']);
	});
});
