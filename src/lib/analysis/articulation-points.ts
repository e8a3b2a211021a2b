/**
 * The articulation points of an undirected graph: the nodes whose removal splits a
 * connected part in two. Hopcroft and Tarjan's depth-first search, written iteratively on
 * typed arrays, because the recursive versions (cytoscape's among them) overflow the call
 * stack near 5,000 nodes, and graphology has none. Tested against cytoscape on random graphs.
 */
import type Graph from 'graphology';

/** The graph as compressed adjacency lists: the neighbours of node i are targets[offsets[i] .. offsets[i + 1]). */
export interface Adjacency {
	readonly ids: readonly string[];
	readonly offsets: Int32Array;
	readonly targets: Int32Array;
}

export function adjacency(graph: Graph): Adjacency {
	const ids = graph.nodes();
	const index = new Map(ids.map((id, i) => [id, i]));
	const offsets = new Int32Array(ids.length + 1);
	ids.forEach((id, i) => (offsets[i + 1] = offsets[i] + graph.degree(id)));
	const targets = new Int32Array(offsets[ids.length]);
	const fill = offsets.slice(0, ids.length);
	graph.forEachEdge((_edge, _attributes, source, target) => {
		const s = index.get(source)!;
		const t = index.get(target)!;
		targets[fill[s]++] = t;
		targets[fill[t]++] = s;
	});
	return { ids, offsets, targets };
}

/** Indices of the articulation points, ascending. */
export function articulationPointIndices({ ids, offsets, targets }: Adjacency): number[] {
	const n = ids.length;
	const discovered = new Int32Array(n).fill(-1);
	const low = new Int32Array(n);
	const parent = new Int32Array(n).fill(-1);
	const next = new Int32Array(n);
	const children = new Int32Array(n);
	const cut = new Uint8Array(n);
	const stack = new Int32Array(n);
	let time = 0;
	for (let root = 0; root < n; root++) {
		if (discovered[root] !== -1) continue;
		let top = 0;
		stack[0] = root;
		discovered[root] = low[root] = time++;
		next[root] = offsets[root];
		while (top >= 0) {
			const v = stack[top];
			if (next[v] < offsets[v + 1]) {
				const w = targets[next[v]++];
				if (discovered[w] === -1) {
					parent[w] = v;
					children[v]++;
					discovered[w] = low[w] = time++;
					next[w] = offsets[w];
					stack[++top] = w;
				} else if (w !== parent[v] && discovered[w] < low[v]) {
					low[v] = discovered[w];
				}
			} else {
				top--;
				const p = parent[v];
				if (p !== -1) {
					if (low[v] < low[p]) low[p] = low[v];
					if (parent[p] !== -1 && low[v] >= discovered[p]) cut[p] = 1;
				}
			}
		}
		if (children[root] > 1) cut[root] = 1;
	}
	const out: number[] = [];
	for (let i = 0; i < n; i++) if (cut[i]) out.push(i);
	return out;
}

export function articulationPoints(graph: Graph): string[] {
	const adj = adjacency(graph);
	return articulationPointIndices(adj).map((i) => adj.ids[i]);
}

/**
 * The connected pieces of the graph with the node `removed` taken out (-1 for none), as a
 * piece number per node (-1 for the removed node).
 */
export function piecesWithout({ ids, offsets, targets }: Adjacency, removed: number): { piece: Int32Array; sizes: number[] } {
	const n = ids.length;
	const piece = new Int32Array(n).fill(-1);
	const queue = new Int32Array(n);
	const sizes: number[] = [];
	for (let start = 0; start < n; start++) {
		if (start === removed || piece[start] !== -1) continue;
		const id = sizes.length;
		let head = 0;
		let tail = 0;
		queue[tail++] = start;
		piece[start] = id;
		while (head < tail) {
			const v = queue[head++];
			for (let e = offsets[v]; e < offsets[v + 1]; e++) {
				const w = targets[e];
				if (w !== removed && piece[w] === -1) {
					piece[w] = id;
					queue[tail++] = w;
				}
			}
		}
		sizes.push(tail);
	}
	return { piece, sizes };
}
