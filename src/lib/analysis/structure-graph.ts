/**
 * The locality as one undirected graph of who is tied to whom, for the measures of
 * structure (hubs, components, single points of failure). A tie is a membership, a chair,
 * a link in either direction, or a post's place in its agency: each is a path along which
 * people talk. Built with graphology, whose algorithms are fast at county scale.
 */
import Graph from 'graphology';
import { allItems, type ItemId, type ItemKind, type LocalityModel } from '../model/locality-model';

export interface NodeAttributes {
	readonly kind: ItemKind;
	readonly name: string;
}

export type StructureGraph = Graph<NodeAttributes>;

export function structureGraph(model: LocalityModel): StructureGraph {
	const graph: StructureGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	for (const item of allItems(model)) graph.addNode(item.id, { kind: item.kind, name: item.name });
	const tie = (a: ItemId, b: ItemId) => {
		if (a !== b && graph.hasNode(a) && graph.hasNode(b) && !graph.hasEdge(a, b)) graph.addEdge(a, b);
	};
	for (const role of model.roles) tie(role.id, role.agency);
	for (const group of model.groups) {
		for (const member of group.members) tie(member.id, group.id);
		if (group.chair) tie(group.chair, group.id);
	}
	for (const link of model.links) tie(link.from, link.to);
	return graph;
}
