/**
 * The locality as one undirected network of who is tied to whom, for the measures of
 * structure (hubs, separate parts, single points of failure): one node per item, one edge
 * per pair of items tied in any way (`model/ties.ts`: a post in its agency, a seat, a chair,
 * a link either way), the ties the map draws.
 *
 * Held as compressed adjacency rows on typed arrays, with ids only in a `Map` and an array:
 * an id is data, never the key of a plain object, so `constructor` or `__proto__` is an
 * ordinary item. Built in O(n + t log t) for n items and t ties; every measure on it is
 * linear in its size, but betweenness (see `betweenness.ts`).
 */
import { allItems, type Item, type ItemId, type LocalityModel } from '../model/locality-model';
import { tiedPairs } from '../model/ties';

export interface TieGraph {
	/** Node i is the item `items[i]`, in file order: agencies, roles, groups. */
	readonly items: readonly Item[];
	readonly ids: readonly ItemId[];
	readonly index: ReadonlyMap<ItemId, number>;
	/** The neighbours of node i are `targets[offsets[i] .. offsets[i + 1])`. */
	readonly offsets: Int32Array;
	readonly targets: Int32Array;
	/** How many pairs are tied. */
	readonly edges: number;
}

export function tieGraph(model: LocalityModel): TieGraph {
	const items = allItems(model);
	const ids = items.map((i) => i.id);
	const index = new Map<ItemId, number>(ids.map((id, i) => [id, i]));
	const pairs: [number, number][] = [];
	for (const [a, b] of tiedPairs(model)) {
		const [i, j] = [index.get(a), index.get(b)];
		if (i !== undefined && j !== undefined && i !== j) pairs.push([i, j]);
	}
	const n = ids.length;
	const offsets = new Int32Array(n + 1);
	for (const [i, j] of pairs) {
		offsets[i + 1]++;
		offsets[j + 1]++;
	}
	for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
	const targets = new Int32Array(offsets[n]);
	const fill = offsets.slice(0, n);
	for (const [i, j] of pairs) {
		targets[fill[i]++] = j;
		targets[fill[j]++] = i;
	}
	return { items, ids, index, offsets, targets, edges: pairs.length };
}

export const degreeOf = (g: TieGraph, i: number) => g.offsets[i + 1] - g.offsets[i];

/** Ties as a share of all possible ties, n(n-1)/2; 0 with fewer than two items. */
export function densityOf(g: TieGraph): number {
	const n = g.ids.length;
	return n < 2 ? 0 : (2 * g.edges) / (n * (n - 1));
}
