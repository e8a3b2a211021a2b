/**
 * Articulation points (the nodes whose loss splits a connected part): small maps worked by
 * hand, then our iterative Hopcroft–Tarjan against cytoscape's recursive one on seeded
 * pseudo-random graphs, then a path long enough to overflow any recursive version.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../tests/unit/helpers/fixtures';
import { HEAD, agencyMapBody } from '../../../tests/unit/helpers/maps';
import { articulationPointIndices, piecesWithout } from './articulation-points';
import { adjacency, articulationPoints, structureGraph } from '../../../tests/unit/helpers/graphology';

/** The structure graph of a map written inline (the locality header added). */
const graphOf = (body: string) => structureGraph(modelOf(HEAD + body));

const agencyGraph = (ids: string, edges: string) => graphOf(agencyMapBody(ids, edges));

describe('adjacency', () => {
	it('lists the neighbours of each node in compressed rows, in node and edge order', () => {
		// a-b-c: a has [b]; b has [a, c]; c has [b]. Rows start at 0, 1, 3 and end at 4.
		const adj = agencyGraph('a b c', 'a-b b-c');
		const { ids, offsets, targets } = adjacency(adj);
		expect(ids).toEqual(['a', 'b', 'c']);
		expect([...offsets]).toEqual([0, 1, 3, 4]);
		expect([...targets]).toEqual([1, 0, 2, 1]);
	});

	it('of an empty map is empty', () => {
		const { ids, offsets, targets } = adjacency(graphOf(''));
		expect(ids).toEqual([]);
		expect([...offsets]).toEqual([0]);
		expect([...targets]).toEqual([]);
	});
});

describe('articulation points of hand-made maps', () => {
	it('an empty map has none', () => {
		expect(articulationPoints(graphOf(''))).toEqual([]);
		expect(articulationPointIndices(adjacency(graphOf('')))).toEqual([]);
	});

	it('one item, or two tied items, have none', () => {
		expect(articulationPoints(agencyGraph('a', ''))).toEqual([]);
		expect(articulationPoints(agencyGraph('a b', 'a-b'))).toEqual([]);
	});

	it('a star has its centre only', () => {
		expect(articulationPoints(agencyGraph('hub a b c d', 'hub-a hub-b hub-c hub-d'))).toEqual(['hub']);
	});

	it('a path a-b-c-d has its two inner nodes', () => {
		expect(articulationPoints(agencyGraph('a b c d', 'a-b b-c c-d'))).toEqual(['b', 'c']);
	});

	it('finds the root of the search when it has two subtrees, and not when it has one', () => {
		// The search starts at the first node. Listing b first makes b the root of a-b-c,
		// with two children a and c: a cut vertex by the root rule. Listing a first makes a
		// the root with the one child b: not a cut vertex, b found by the low-point rule.
		expect(articulationPoints(agencyGraph('b a c', 'a-b b-c'))).toEqual(['b']);
		expect(articulationPoints(agencyGraph('a b c', 'a-b b-c'))).toEqual(['b']);
		expect(articulationPointIndices(adjacency(agencyGraph('b a c', 'a-b b-c')))).toEqual([0]);
	});

	it('a cycle has none', () => {
		expect(articulationPoints(agencyGraph('a b c d e', 'a-b b-c c-d d-e e-a'))).toEqual([]);
	});

	it('two triangles joined through one node: both ends of the bridge and the node between', () => {
		// a-b-c triangle, c-x-d, d-e-f triangle: removing c, x or d splits the graph.
		const graph = agencyGraph('a b c x d e f', 'a-b b-c c-a c-x x-d d-e e-f f-d');
		expect(articulationPoints(graph)).toEqual(['c', 'x', 'd']);
		expect(articulationPointIndices(adjacency(graph))).toEqual([2, 3, 4]);
	});

	it('two triangles sharing one node (a bow tie): the shared node', () => {
		expect(articulationPoints(agencyGraph('a b x c d', 'a-b b-x x-a x-c c-d d-x'))).toEqual(['x']);
	});

	it('looks at every connected part', () => {
		// A triangle (none) and, apart, a path p-q-r (q) and a lone item z (none).
		expect(articulationPoints(agencyGraph('a b c p q r z', 'a-b b-c c-a p-q q-r'))).toEqual(['q']);
	});

	it('counts every kind of tie: membership, chair, link and a post in its agency', () => {
		// schools - head (post) - panel (chair) - camhs (member) ; panel -> social-care (link).
		// head ties schools to the panel; the panel ties head, camhs and social-care together.
		const graph = graphOf(`agencies:
  - { id: schools, name: Schools, sector: education }
  - { id: camhs, name: CAMHS, sector: mental-health }
  - { id: social-care, name: Social care, sector: social-care }
roles:
  - { id: head, name: Head, agency: schools }
groups:
  - { id: panel, name: Panel, type: panel, chair: head, members: [camhs] }
links:
  - { from: panel, to: social-care, kind: refers }
`);
		expect(articulationPoints(graph)).toEqual(['head', 'panel']);
	});
});

describe('piecesWithout', () => {
	const adj = adjacency(agencyGraph('a b c d', 'a-b b-c c-d'));

	it('with nothing removed, numbers the connected parts', () => {
		const { piece, sizes } = piecesWithout(adj, -1);
		expect([...piece]).toEqual([0, 0, 0, 0]);
		expect(sizes).toEqual([4]);
	});

	it('with b removed from a-b-c-d, leaves {a} and {c, d}', () => {
		const { piece, sizes } = piecesWithout(adj, 1);
		expect([...piece]).toEqual([0, -1, 1, 1]);
		expect(sizes).toEqual([1, 2]);
	});

	it('with an end removed, leaves one piece', () => {
		const { piece, sizes } = piecesWithout(adj, 0);
		expect([...piece]).toEqual([-1, 0, 0, 0]);
		expect(sizes).toEqual([3]);
	});

	it('of an empty graph is empty', () => {
		const { piece, sizes } = piecesWithout(adjacency(graphOf('')), -1);
		expect([...piece]).toEqual([]);
		expect(sizes).toEqual([]);
	});
});

/** A small seeded PRNG (mulberry32): the same graphs on every run, no Math.random. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface RandomGraph {
	readonly n: number;
	readonly edges: readonly (readonly [number, number])[];
}

/**
 * Graph `k` of the sample: 1 to 40 nodes (each size at least once); an Erdős–Rényi graph at one of several densities,
 * or (one in four) a random tree with a few extra edges, so that cut vertices are common.
 */
function randomGraph(k: number): RandomGraph {
	const random = mulberry32(0x5eed + k * 7919);
	// The first 40 graphs take every size from 1 to 40 in turn; the rest a random size.
	const n = k < 40 ? k + 1 : 1 + Math.floor(random() * 40);
	const edges: [number, number][] = [];
	const seen = new Set<string>();
	const add = (a: number, b: number) => {
		if (a === b) return;
		const key = a < b ? `${a},${b}` : `${b},${a}`;
		if (seen.has(key)) return;
		seen.add(key);
		edges.push([a, b]);
	};
	if (k % 4 === 3) {
		for (let v = 1; v < n; v++) add(v, Math.floor(random() * v));
		const extra = Math.floor(random() * 4);
		for (let e = 0; e < extra; e++) add(Math.floor(random() * n), Math.floor(random() * n));
	} else {
		const densities = [0.02, 0.04, 0.06, 0.08, 0.12, 0.2, 0.3, 0.5];
		const p = densities[Math.floor(random() * densities.length)];
		for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (random() < p) add(a, b);
	}
	return { n, edges };
}

/** Node names shuffled against the index order, so the two searches do not start alike by accident. */
const nodeId = (i: number) => `n${(i * 17) % 41}-${i}`;

function ours({ n, edges }: RandomGraph): string[] {
	const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	for (let i = 0; i < n; i++) graph.addNode(nodeId(i));
	for (const [a, b] of edges) graph.addEdge(nodeId(a), nodeId(b));
	return articulationPoints(graph).sort();
}

function cytoscapes({ n, edges }: RandomGraph): string[] {
	const elements: ElementDefinition[] = [
		...Array.from({ length: n }, (_, i) => ({ data: { id: nodeId(i) } })),
		...edges.map(([a, b], e) => ({ data: { id: `e${e}`, source: nodeId(a), target: nodeId(b) } }))
	];
	const cy = cytoscape({ headless: true, elements });
	const cut = cy.elements().htbc().cut.map((node) => node.id());
	cy.destroy();
	return cut.sort();
}

describe('against cytoscape on seeded pseudo-random graphs', () => {
	const GRAPHS = 240;

	it(`agrees on all ${GRAPHS} graphs of 1 to 40 nodes`, () => {
		let withCuts = 0;
		let largest = 0;
		for (let k = 0; k < GRAPHS; k++) {
			const g = randomGraph(k);
			const expected = cytoscapes(g);
			expect(ours(g), `graph ${k}: ${g.n} nodes, edges ${JSON.stringify(g.edges)}`).toEqual(expected);
			if (expected.length > 0) withCuts++;
			largest = Math.max(largest, g.n);
		}
		// The sample is not trivial: many graphs have cut vertices, and some are near 40 nodes.
		expect(withCuts).toBeGreaterThan(GRAPHS / 3);
		expect(largest).toBeGreaterThanOrEqual(38);
	}, 60_000);

	it('the sample covers 1 node, empty graphs and dense graphs', () => {
		const sample = Array.from({ length: GRAPHS }, (_, k) => randomGraph(k));
		expect(sample.some((g) => g.n === 1)).toBe(true);
		expect(sample.some((g) => g.n > 1 && g.edges.length === 0)).toBe(true);
		expect(sample.some((g) => g.n > 10 && g.edges.length > 0.4 * ((g.n * (g.n - 1)) / 2))).toBe(true);
	});
});

describe('a long path', () => {
	it('of 20,000 nodes gives its 19,998 inner nodes without overflowing the stack', () => {
		const n = 20_000;
		const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
		for (let i = 0; i < n; i++) graph.addNode(String(i));
		for (let i = 1; i < n; i++) graph.addEdge(String(i - 1), String(i));
		const indices = articulationPointIndices(adjacency(graph));
		expect(indices).toHaveLength(19_998);
		expect(indices[0]).toBe(1);
		expect(indices.at(-1)).toBe(19_998);
		// Taking out the middle node leaves two halves: 0..9999 and 10001..19999.
		expect(piecesWithout(adjacency(graph), 10_000).sizes).toEqual([10_000, 9_999]);
	});
});
