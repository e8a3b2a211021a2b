/**
 * Hubs (report 3.8, Appendix 2a): the items the system runs through. Degree counts an
 * item's direct ties; betweenness counts how often it lies on the shortest paths between
 * two others, so a high score means that, without it, many pairs would have to go the long
 * way round or could not reach each other at all (Banbury's Sunshine Centre "acting as a
 * communication hub taking the strain for the local schools", 5.2).
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { ItemId, ItemKind, LocalityModel } from '../model/locality-model';
import { structureGraph, type StructureGraph } from './structure-graph';

export interface Hub {
	readonly id: ItemId;
	readonly name: string;
	readonly kind: ItemKind;
	/** Ties as a share of all possible ties, 0 to 1. */
	readonly degree: number;
	/** Share of the shortest paths between other pairs that pass through this item, 0 to 1. */
	readonly betweenness: number;
	/** How many direct ties. */
	readonly ties: number;
	/** Held by a post on short-term funding: the hub could vanish with the money. */
	readonly insecure: boolean;
	readonly sentence: string;
}

export interface HubOptions {
	/** How many to return; all items when absent. */
	readonly top?: number;
}

/** Highest betweenness first, then most ties, then name: a stable order. */
export function findHubs(model: LocalityModel, options: HubOptions = {}, graph: StructureGraph = structureGraph(model)): Hub[] {
	const n = graph.order;
	const betweenness = n > 2 ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }) : {};
	const shortTerm = new Set(model.roles.filter((r) => r.funding === 'short-term').map((r) => r.id as string));
	const hubs = graph.mapNodes((id, attributes) => {
		const ties = graph.degree(id);
		return {
			id: id as ItemId,
			name: attributes.name,
			kind: attributes.kind,
			degree: round(n > 1 ? ties / (n - 1) : 0),
			betweenness: round(betweenness[id] ?? 0),
			ties,
			insecure: shortTerm.has(id),
			sentence: ''
		};
	});
	hubs.sort((a, b) => b.betweenness - a.betweenness || b.ties - a.ties || a.name.localeCompare(b.name));
	const ranked = hubs.map((hub, i) => ({ ...hub, sentence: hubSentence(hub, i, hubs) }));
	return options.top === undefined ? ranked : ranked.slice(0, options.top);
}

function hubSentence(hub: Omit<Hub, 'sentence'>, rank: number, all: readonly Omit<Hub, 'sentence'>[]): string {
	const share = Math.round(hub.betweenness * 100);
	const insecure = hub.insecure ? ' It is a short-term funded post, so this hub is insecure.' : '';
	if (hub.ties === 0) return `${hub.name} has no ties to anyone in the map.`;
	if (rank === 0 && hub.betweenness > 0 && (all[1]?.betweenness ?? 0) < hub.betweenness) {
		return `${hub.name} sits on more paths between others than anyone else: ${share}% of the shortest routes between two other items pass through it.${insecure}`;
	}
	if (hub.betweenness === 0) return `${hub.name} has ${hub.ties} direct tie${hub.ties === 1 ? '' : 's'} but no one needs it to reach anyone else.${insecure}`;
	return `${share}% of the shortest routes between two other items pass through ${hub.name}, which has ${hub.ties} direct tie${hub.ties === 1 ? '' : 's'}.${insecure}`;
}

function round(n: number): number {
	return Math.round(n * 1000) / 1000;
}
