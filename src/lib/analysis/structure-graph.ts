/**
 * The locality as one undirected graph of who is tied to whom, for the measures of
 * structure (hubs, components, single points of failure). The ties are the model's
 * (`model/ties.ts`): a membership, a chair, a link in either direction, or a post's place in
 * its agency, the same ties the map draws. Built with graphology, whose algorithms are fast
 * at county scale.
 */
import Graph from 'graphology';
import { allItems, type ItemKind, type LocalityModel } from '../model/locality-model';
import { tiedPairs } from '../model/ties';

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
