/**
 * Betweenness on typed arrays against graphology-metrics' exact result on seeded random
 * graphs (normalised the same way), then the sampled estimate against our exact result
 * within the stated error bound.
 */
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { adjacency } from '../../../tests/unit/helpers/graphology';
import { betweenness, samplingError } from './betweenness';

function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A graph of n nodes: a random tree plus `extra` random edges (no loops, no repeats), sometimes in pieces. */
function randomGraph(seed: number, n: number, extra: number, pieces = false): Graph {
	const random = mulberry32(seed);
	const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
	for (let i = 1; i < n; i++) {
		if (pieces && random() < 0.1) continue;
		graph.addEdge(`n${i}`, `n${Math.floor(random() * i)}`);
	}
	for (let k = 0; k < extra; k++) {
		const [a, b] = [Math.floor(random() * n), Math.floor(random() * n)];
		if (a !== b && !graph.hasEdge(`n${a}`, `n${b}`)) graph.addEdge(`n${a}`, `n${b}`);
	}
	return graph;
}

describe('betweenness', () => {
	it('is 0 for every node of a graph of two nodes or fewer', () => {
		expect([...betweenness(adjacency(randomGraph(1, 2, 0))).values]).toEqual([0, 0]);
		expect(betweenness(adjacency(randomGraph(1, 0, 0))).values.length).toBe(0);
	});

	it('a star: the centre carries every pair (1), the leaves none', () => {
		const g = new Graph({ type: 'undirected' });
		for (const id of ['c', 'a', 'b', 'd', 'e']) g.addNode(id);
		for (const leaf of ['a', 'b', 'd', 'e']) g.addEdge('c', leaf);
		expect([...betweenness(adjacency(g)).values]).toEqual([1, 0, 0, 0, 0]);
	});

	it('equals graphology-metrics’ exact result on 120 seeded random graphs, connected or in pieces', () => {
		for (let k = 0; k < 120; k++) {
			const n = 3 + (k % 60);
			const graph = randomGraph(0xbe7 + k, n, k % 5 === 0 ? 0 : Math.floor(n / (1 + (k % 3))), k % 4 === 0);
			const adj = adjacency(graph);
			const ours = betweenness(adj);
			const theirs = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
			expect(ours.exact).toBe(true);
			adj.ids.forEach((id, i) => expect(ours.values[i], `graph ${k}, node ${id}`).toBeCloseTo(theirs[id], 10));
		}
	});

	it('estimates from sampled sources past the exact limit, within the stated bound, the same on every run', () => {
		const graph = randomGraph(0x5a3, 600, 900);
		const adj = adjacency(graph);
		const exact = betweenness(adj);
		const sampled = betweenness(adj, { exactUpTo: 100, sources: 300 });
		expect(sampled.exact).toBe(false);
		expect(sampled.sources).toBe(300);
		// ±0.094 for 300 sources at δ = 0.01; the largest error over 600 nodes stays inside it.
		const bound = samplingError(300);
		expect(bound).toBeCloseTo(0.0939, 3);
		let worst = 0;
		for (let i = 0; i < exact.values.length; i++) worst = Math.max(worst, Math.abs(sampled.values[i] - exact.values[i]));
		expect(worst).toBeLessThan(bound);
		expect([...betweenness(adj, { exactUpTo: 100, sources: 300 }).values]).toEqual([...sampled.values]);
	});

	it('with as many sources as nodes, sampling gives the exact result', () => {
		const adj = adjacency(randomGraph(0x77, 80, 60));
		const exact = betweenness(adj).values;
		const all = betweenness(adj, { exactUpTo: 10, sources: 80 }).values;
		exact.forEach((v, i) => expect(all[i]).toBeCloseTo(v, 10));
	});
});
