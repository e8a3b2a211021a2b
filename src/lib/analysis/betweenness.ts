/**
 * Betweenness centrality on a tie graph: for each item, the share of shortest paths between
 * two other items that pass through it, normalised to 0..1 as graphology-metrics does
 * (`normalized: true`): the sum over ordered pairs of sources and targets, divided by
 * (n - 1)(n - 2). Brandes' algorithm on typed arrays, accumulating through the distance
 * layers instead of predecessor lists: O(n t) time for n items and t ties, O(n + t) memory.
 *
 * Past `exactUpTo` items, Brandes' algorithm from every source costs too much (a county map
 * of 20,000 items would take minutes), so it runs from `sources` sources drawn at random
 * with a fixed seed, and scales the sum by n / sources: an unbiased estimate (Brandes and
 * Pich, 2007). Each item's estimate is within ±sqrt(ln(2/δ) / (2 k)) of the exact value with
 * probability 1 − δ for k sources (Hoeffding's inequality, each source's share lying in
 * 0..1): for k = 1,000 and δ = 0.01, ±0.052. Time O(k t). Tested against graphology's exact
 * result on small graphs, and against our own exact result where sampled.
 */
import type { TieGraph } from './tie-graph';

export interface BetweennessOptions {
	/** Exact up to this many items (default 2,500). */
	readonly exactUpTo?: number;
	/** Sources sampled past that (default 1,000). */
	readonly sources?: number;
}

export interface Betweenness {
	readonly values: Float64Array;
	/** Exact, or estimated from `sources` sources with the error bound above. */
	readonly exact: boolean;
	readonly sources: number;
}

export const DEFAULT_EXACT_UP_TO = 2500;
export const DEFAULT_SOURCES = 1000;

/** The stated error bound: half-width of the interval holding each estimate with probability 1 − δ. */
export function samplingError(sources: number, delta = 0.01): number {
	return Math.sqrt(Math.log(2 / delta) / (2 * sources));
}

export function betweenness(g: Pick<TieGraph, 'offsets' | 'targets'>, options: BetweennessOptions = {}): Betweenness {
	const n = g.offsets.length - 1;
	const values = new Float64Array(n);
	if (n <= 2) return { values, exact: true, sources: n };
	const exact = n <= (options.exactUpTo ?? DEFAULT_EXACT_UP_TO);
	const sourceList = exact ? Int32Array.from({ length: n }, (_, i) => i) : sampleSources(n, Math.min(n, options.sources ?? DEFAULT_SOURCES));
	const { offsets, targets } = g;
	const sigma = new Float64Array(n);
	const delta = new Float64Array(n);
	const dist = new Int32Array(n);
	const order = new Int32Array(n);
	for (const s of sourceList) {
		dist.fill(-1);
		sigma.fill(0);
		delta.fill(0);
		dist[s] = 0;
		sigma[s] = 1;
		let head = 0;
		let tail = 0;
		order[tail++] = s;
		while (head < tail) {
			const v = order[head++];
			for (let e = offsets[v]; e < offsets[v + 1]; e++) {
				const w = targets[e];
				if (dist[w] < 0) {
					dist[w] = dist[v] + 1;
					order[tail++] = w;
				}
				if (dist[w] === dist[v] + 1) sigma[w] += sigma[v];
			}
		}
		// Back through the layers: each node passes its dependency to the neighbours one step nearer the source.
		for (let k = tail - 1; k > 0; k--) {
			const w = order[k];
			const share = (1 + delta[w]) / sigma[w];
			for (let e = offsets[w]; e < offsets[w + 1]; e++) {
				const v = targets[e];
				if (dist[v] === dist[w] - 1) delta[v] += sigma[v] * share;
			}
			values[w] += delta[w];
		}
	}
	const scale = (exact ? 1 : n / sourceList.length) / ((n - 1) * (n - 2));
	for (let i = 0; i < n; i++) values[i] *= scale;
	return { values, exact, sources: sourceList.length };
}

/** `k` distinct sources of `n`, drawn with a fixed seed so the same map always gives the same audit. */
function sampleSources(n: number, k: number): Int32Array {
	const all = Int32Array.from({ length: n }, (_, i) => i);
	let state = 0x9e3779b9 ^ n;
	const random = () => {
		// mulberry32
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	for (let i = 0; i < k; i++) {
		const j = i + Math.floor(random() * (n - i));
		[all[i], all[j]] = [all[j], all[i]];
	}
	return all.slice(0, k);
}
