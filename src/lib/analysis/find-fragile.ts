/**
 * Single points of failure (report 3.8, 5.2; Appendix 2c, where Abingdon's co-ordinator "had
 * been doing much of the link work" and "took a lot of that knowledge with him"): every item
 * whose loss would cut others off from the rest of the system, with who would be cut off,
 * most first. A post on short-term funding holding such a place is flagged insecure (5.2).
 *
 * Only what the map records is asserted. A piece that would be cut off is counted only when
 * the map records in full where each of its items sits: a group whose members are not
 * recorded may well have a member who joins it to the rest. Such pieces are listed apart as
 * `unsure`, and a point that holds only such pieces is said to hold them on what the map
 * records, not asserted to cut them off. A post and its employer go together: an agency whose
 * loss cuts off nothing but its own posts, or a post whose loss cuts off nothing but its own
 * agency, is no finding.
 *
 * Linear: one depth-first search gives, for every articulation point, the pieces its loss
 * leaves (each child subtree it separates, and the rest of its part) with their sizes and
 * counts of unsure items from prefix sums over the preorder, so no piece is searched again.
 * O(n + t + Σ deg log deg) for n items and t ties, plus the names listed, at most
 * LIST_LIMIT a point.
 */
import { seatsRecorded, type ItemId, type ItemKind, type LocalityModel } from '../model/locality-model';
import { listWords } from '../format/words';
import { depthFirst } from './articulation-points';
import { tieGraph, type TieGraph } from './tie-graph';

export interface FragilePoint {
	readonly id: ItemId;
	readonly name: string;
	readonly kind: ItemKind;
	/** Items no longer joined to the largest remaining part once this item has gone (at most LIST_LIMIT, in file order). */
	readonly cuts_off: readonly ItemId[];
	/** How many items that is, listed or not. */
	readonly cutOffCount: number;
	/** Items that would be cut off too, by what the map records, but whose seats it does not record in full (at most LIST_LIMIT). */
	readonly unsure: readonly ItemId[];
	readonly unsureCount: number;
	readonly insecure: boolean;
	readonly sentence: string;
}

/** At most this many items are named for one point; the counts are always whole. */
export const LIST_LIMIT = 200;

interface Piece {
	/** Preorder runs [from, to) that make up the piece, less the point itself. */
	readonly runs: [number, number][];
	readonly size: number;
	readonly unsure: number;
	own: number;
}

export function findFragile(model: LocalityModel, graph: TieGraph = tieGraph(model)): FragilePoint[] {
	const n = graph.ids.length;
	const { items, offsets, targets } = graph;
	const dfs = depthFirst(graph);
	const { discovered, low, parent, size, preorder, root } = dfs;
	// A post or an agency may sit, unrecorded, on a group whose members the map does not record in full.
	const openGroups = model.groups.some((g) => g.members_recorded !== 'complete');
	const unsureBefore = new Int32Array(n + 1);
	for (let t = 0; t < n; t++) {
		const item = items[preorder[t]];
		const unsure = seatsRecorded(item) !== 'complete' || (item.kind !== 'group' && openGroups);
		unsureBefore[t + 1] = unsureBefore[t] + (unsure ? 1 : 0);
	}
	const unsureIn = (from: number, to: number) => unsureBefore[to] - unsureBefore[from];
	// Each node's children in the search, in the order found (so their preorder runs ascend).
	const firstChild = new Int32Array(n).fill(-1);
	const nextSibling = new Int32Array(n).fill(-1);
	for (let t = n - 1; t >= 0; t--) {
		const v = preorder[t];
		const p = parent[v];
		if (p !== -1) {
			nextSibling[v] = firstChild[p];
			firstChild[p] = v;
		}
	}

	const points: FragilePoint[] = [];
	for (let v = 0; v < n; v++) {
		if (!dfs.cut[v]) continue;
		const r = root[v];
		const [partFrom, partTo] = [discovered[r], discovered[r] + size[r]];
		const here = discovered[v];
		// The pieces: each child subtree v separates from the rest, then the rest of the part.
		const pieces: Piece[] = [];
		const separated: number[] = [];
		for (let c = firstChild[v]; c !== -1; c = nextSibling[c]) {
			if (parent[v] !== -1 && low[c] < here) continue;
			separated.push(c);
			const [from, to] = [discovered[c], discovered[c] + size[c]];
			pieces.push({ runs: [[from, to]], size: size[c], unsure: unsureIn(from, to), own: 0 });
		}
		const restRuns: [number, number][] = [];
		let cursor = partFrom;
		for (const [from, to] of [[here, here + 1] as [number, number], ...pieces.map((p) => p.runs[0])].sort((a, b) => a[0] - b[0])) {
			if (cursor < from) restRuns.push([cursor, from]);
			cursor = Math.max(cursor, to);
		}
		if (cursor < partTo) restRuns.push([cursor, partTo]);
		const restSize = restRuns.reduce((sum, [from, to]) => sum + to - from, 0);
		if (restSize > 0) pieces.push({ runs: restRuns, size: restSize, unsure: restRuns.reduce((sum, [from, to]) => sum + unsureIn(from, to), 0), own: 0 });
		// A post and its employer go together: count, in each piece, the items that are v's own.
		const point = items[v];
		const separatedStarts = separated.map((c) => discovered[c]);
		for (let e = offsets[v]; e < offsets[v + 1]; e++) {
			const w = targets[e];
			const other = items[w];
			const own = (other.kind === 'role' && other.agency === point.id) || (point.kind === 'role' && point.agency === other.id);
			if (!own) continue;
			const k = pieceOf(discovered[w], separatedStarts, separated.map((c) => size[c]));
			pieces[k === -1 ? pieces.length - 1 : k].own++;
		}
		// The main part is the largest piece; where two or more tie for largest there is none.
		const largest = Math.max(...pieces.map((p) => p.size));
		const tops = pieces.filter((p) => p.size === largest);
		const main = tops.length === 1 ? tops[0] : undefined;
		const counted = pieces.filter((p) => p !== main && p.own < p.size);
		const sure = counted.filter((p) => p.unsure === 0);
		const notSure = counted.filter((p) => p.unsure > 0);
		if (sure.length === 0 && notSure.length === 0) continue;
		const cut = listed(sure, preorder);
		const unsure = listed(notSure, preorder);
		const cutOffCount = sure.reduce((sum, p) => sum + p.size, 0);
		const unsureCount = notSure.reduce((sum, p) => sum + p.size, 0);
		const insecure = point.kind === 'role' && point.funding === 'short-term';
		points.push({
			id: point.id,
			name: point.name,
			kind: point.kind,
			cuts_off: cut.map((i) => items[i].id),
			cutOffCount,
			unsure: unsure.map((i) => items[i].id),
			unsureCount,
			insecure,
			sentence: sentence(point.name, names(cut, cutOffCount, graph), names(unsure, unsureCount, graph), main ? 0 : tops.length, insecure)
		});
	}
	return points.sort((a, b) => b.cutOffCount - a.cutOffCount || b.unsureCount - a.unsureCount || a.name.localeCompare(b.name));
}

/** Which separated child's run holds preorder time t (binary search over ascending starts), or -1 for the rest. */
function pieceOf(t: number, starts: readonly number[], sizes: readonly number[]): number {
	let [lo, hi] = [0, starts.length - 1];
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (starts[mid] <= t) lo = mid + 1;
		else hi = mid - 1;
	}
	return hi >= 0 && t < starts[hi] + sizes[hi] ? hi : -1;
}

/** The nodes of some pieces, at most LIST_LIMIT, in file order. */
function listed(pieces: readonly Piece[], preorder: Int32Array): number[] {
	const out: number[] = [];
	for (const piece of pieces) {
		for (const [from, to] of piece.runs) {
			for (let t = from; t < to && out.length < LIST_LIMIT; t++) out.push(preorder[t]);
		}
	}
	return out.sort((a, b) => a - b);
}

/** The names of some nodes, with how many there are in all. */
function names(nodes: readonly number[], count: number, graph: TieGraph): { names: string[]; count: number } {
	return { names: nodes.map((i) => graph.items[i].name), count };
}

function sentence(name: string, cut: { names: string[]; count: number }, unsure: { names: string[]; count: number }, equalParts: number, insecure: boolean): string {
	const list = ({ names, count }: { names: string[]; count: number }) =>
		count <= 3 ? listWords(names, { none: 'nobody' }) : `${names.slice(0, 3).join(', ')} and ${count - 3} more`;
	const funded = insecure ? ' It is a short-term funded post.' : '';
	if (cut.count === 0) {
		return `If ${name} went, nothing the map records would join ${list(unsure)} to the rest of the system; but the map does not record all the seats that might.${funded}`;
	}
	const sure =
		equalParts > 0
			? `If ${name} went, what it joins would fall into ${equalParts} separate parts of the same size: ${list(cut)} would lose touch with each other.`
			: `If ${name} went, ${list(cut)} would be cut off from the rest of the system.`;
	const maybe = unsure.count > 0 ? ` ${list(unsure)} might be too, unless seats the map does not record join ${unsure.count === 1 ? 'it' : 'them'} to the rest.` : '';
	return sure + maybe + funded;
}
