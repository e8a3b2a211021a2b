/**
 * The tie graph as a graphology graph, for tests only: the reference the audit's own typed
 * arrays (src/lib/analysis/tie-graph.ts, betweenness.ts, articulation-points.ts) are checked
 * against. Keyed by item id, so it is never used on hostile ids.
 */
import Graph from 'graphology';
import { articulationPointIndices, type Adjacency } from '../../../src/lib/analysis/articulation-points';
import { allItems, type ItemKind, type LocalityModel } from '../../../src/lib/model/locality-model';
import { tiedPairs } from '../../../src/lib/model/ties';

export interface NodeAttributes {
	readonly kind: ItemKind;
	readonly name: string;
}

export type StructureGraph = Graph<NodeAttributes>;

export function structureGraph(model: LocalityModel): StructureGraph {
	const graph: StructureGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	for (const item of allItems(model)) graph.addNode(item.id, { kind: item.kind, name: item.name });
	for (const [a, b] of tiedPairs(model)) if (graph.hasNode(a) && graph.hasNode(b)) graph.addEdge(a, b);
	return graph;
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


export function articulationPoints(graph: Graph): string[] {
	const adj = adjacency(graph);
	return articulationPointIndices(adj).map((i) => adj.ids[i]);
}
