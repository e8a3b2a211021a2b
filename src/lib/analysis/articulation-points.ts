/**
 * The articulation points of an undirected graph: the nodes whose removal splits a
 * connected part in two. Hopcroft and Tarjan's depth-first search, written iteratively on
 * typed arrays, because the recursive versions (cytoscape's among them) overflow the call
 * stack near 5,000 nodes, and graphology has none. Tested against cytoscape on random graphs.
 * Runs on the tie graph (`tie-graph.ts`), or any compressed adjacency.
 */
/** The graph as compressed adjacency lists: the neighbours of node i are targets[offsets[i] .. offsets[i + 1]). */
export interface Adjacency {
	readonly ids: readonly string[];
	readonly offsets: Int32Array;
	readonly targets: Int32Array;
}

/**
 * One depth-first search over every part, iterative: each node's discovery time (its place
 * in preorder), low point, parent, subtree size and part, and whether it is an
 * articulation point. A subtree is the run `preorder[discovered[v] .. discovered[v] + size[v])`.
 * O(n + t).
 */
export interface DepthFirst {
	readonly discovered: Int32Array;
	readonly low: Int32Array;
	readonly parent: Int32Array;
	readonly size: Int32Array;
	/** The node discovered at each time. */
	readonly preorder: Int32Array;
	/** The root of each node's part (the part's first node in file order). */
	readonly root: Int32Array;
	readonly cut: Uint8Array;
}

export function depthFirst({ ids, offsets, targets }: Adjacency): DepthFirst {
	const n = ids.length;
	const discovered = new Int32Array(n).fill(-1);
	const low = new Int32Array(n);
	const parent = new Int32Array(n).fill(-1);
	const size = new Int32Array(n).fill(1);
	const preorder = new Int32Array(n);
	const root = new Int32Array(n);
	const next = new Int32Array(n);
	const children = new Int32Array(n);
	const cut = new Uint8Array(n);
	const stack = new Int32Array(n);
	let time = 0;
	for (let r = 0; r < n; r++) {
		if (discovered[r] !== -1) continue;
		let top = 0;
		stack[0] = r;
		root[r] = r;
		preorder[time] = r;
		discovered[r] = low[r] = time++;
		next[r] = offsets[r];
		while (top >= 0) {
			const v = stack[top];
			if (next[v] < offsets[v + 1]) {
				const w = targets[next[v]++];
				if (discovered[w] === -1) {
					parent[w] = v;
					root[w] = r;
					children[v]++;
					preorder[time] = w;
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
					size[p] += size[v];
					if (low[v] < low[p]) low[p] = low[v];
					if (parent[p] !== -1 && low[v] >= discovered[p]) cut[p] = 1;
				}
			}
		}
		if (children[r] > 1) cut[r] = 1;
	}
	return { discovered, low, parent, size, preorder, root, cut };
}

/** Indices of the articulation points, ascending. */
export function articulationPointIndices(adj: Adjacency): number[] {
	const { cut } = depthFirst(adj);
	const out: number[] = [];
	for (let i = 0; i < cut.length; i++) if (cut[i]) out.push(i);
	return out;
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
