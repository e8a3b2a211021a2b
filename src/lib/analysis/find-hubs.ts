/**
 * Hubs (report 3.8, 5.2, Appendix 2a, 2d): the items the system runs through, as the spokes
 * of a wheel run through its hub. Banbury's Sunshine Centre was "acting as a communication
 * hub taking the strain for the local schools" (5.2); the City's system "had at its hub, the
 * Excellence Cluster 'Core Group'" (Appendix 2d), the clearing house every school's
 * consultation team reported to. Degree counts an item's direct ties, and ranks the hubs;
 * betweenness counts how often it lies on the shortest paths between two others (without it,
 * many pairs would have to go the long way round), and breaks ties in degree. An item no one
 * needs to reach anyone else (betweenness 0) is no hub, however many ties it has.
 */
import type { ItemId, ItemKind, LocalityModel } from '../model/locality-model';
import { betweenness } from './betweenness';
import { degreeOf, tieGraph, type TieGraph } from './tie-graph';

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

/** Most ties first, then highest betweenness, then name: a stable order. */
export function findHubs(model: LocalityModel, options: HubOptions = {}, graph: TieGraph = tieGraph(model)): Hub[] {
	const n = graph.ids.length;
	const between = betweenness(graph).values;
	const hubs = graph.items.map((item, i) => {
		const ties = degreeOf(graph, i);
		return {
			id: item.id,
			name: item.name,
			kind: item.kind,
			degree: round(n > 1 ? ties / (n - 1) : 0),
			betweenness: round(between[i]),
			ties,
			insecure: item.kind === 'role' && item.funding === 'short-term',
			sentence: ''
		};
	});
	hubs.sort((a, b) => b.ties - a.ties || b.betweenness - a.betweenness || a.name.localeCompare(b.name));
	const ranked = hubs.map((hub, i) => ({ ...hub, sentence: hubSentence(hub, i, hubs) }));
	return options.top === undefined ? ranked : ranked.slice(0, options.top);
}

/** The hubs the audit names: the first `count` in rank that someone needs to reach someone else (betweenness above 0). */
export function topHubs(hubs: readonly Hub[], count = 3): Hub[] {
	return hubs.filter((h) => h.betweenness > 0).slice(0, count);
}

function hubSentence(hub: Omit<Hub, 'sentence'>, rank: number, all: readonly Omit<Hub, 'sentence'>[]): string {
	const share = Math.round(hub.betweenness * 100);
	const insecure = hub.insecure ? ' It is a short-term funded post, so this hub is insecure.' : '';
	const ties = `${hub.ties} direct tie${hub.ties === 1 ? '' : 's'}`;
	if (hub.ties === 0) return `${hub.name} has no ties to anyone in the map.`;
	if (hub.betweenness === 0) return `${hub.name} has ${ties} but no one needs it to reach anyone else.${insecure}`;
	if (rank === 0 && (all[1]?.ties ?? 0) < hub.ties) {
		return `${hub.name} is tied directly to more of the system than anything else (${ties}), and ${share}% of the shortest routes between two other items pass through it.${insecure}`;
	}
	return `${hub.name} has ${ties}, and ${share}% of the shortest routes between two other items pass through it.${insecure}`;
}

function round(n: number): number {
	return Math.round(n * 1000) / 1000;
}
