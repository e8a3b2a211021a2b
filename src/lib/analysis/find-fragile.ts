/**
 * Single points of failure (Appendix 2c: when Abingdon's co-ordinator "moved to a new job
 * ... he took a lot of that knowledge with him"): every item whose loss would cut others
 * off from the rest of the system, with who would be cut off, most first. A post on
 * short-term funding holding such a place is flagged insecure (report 5.2).
 */
import type { ItemId, ItemKind, LocalityModel } from '../model/locality-model';
import { adjacency, articulationPointIndices, piecesWithout } from './articulation-points';
import { structureGraph, type StructureGraph } from './structure-graph';

export interface FragilePoint {
	readonly id: ItemId;
	readonly name: string;
	readonly kind: ItemKind;
	/** Items no longer joined to the largest remaining part once this item has gone. */
	readonly cuts_off: readonly ItemId[];
	readonly insecure: boolean;
	readonly sentence: string;
}

export function findFragile(model: LocalityModel, graph: StructureGraph = structureGraph(model)): FragilePoint[] {
	const adj = adjacency(graph);
	const before = piecesWithout(adj, -1);
	const shortTerm = new Set<string>(model.roles.filter((r) => r.funding === 'short-term').map((r) => r.id));
	const points = articulationPointIndices(adj).map((v) => {
		const after = piecesWithout(adj, v);
		const home = before.piece[v];
		// The main part is the largest piece left of the part this item belonged to. Where two or
		// more pieces tie for largest there is no main part: every piece is cut off from the others.
		const sizes = new Map<number, number>();
		for (let i = 0; i < adj.ids.length; i++) {
			if (i !== v && before.piece[i] === home) sizes.set(after.piece[i], after.sizes[after.piece[i]]);
		}
		const largest = Math.max(...sizes.values());
		const tops = [...sizes].filter(([, size]) => size === largest);
		const main = tops.length === 1 ? tops[0][0] : -1;
		const cut: ItemId[] = [];
		for (let i = 0; i < adj.ids.length; i++) {
			if (i !== v && before.piece[i] === home && after.piece[i] !== main) cut.push(adj.ids[i] as ItemId);
		}
		const id = adj.ids[v] as ItemId;
		const attributes = graph.getNodeAttributes(id);
		const names = cut.map((c) => graph.getNodeAttribute(c, 'name'));
		const insecure = shortTerm.has(id);
		return {
			id,
			name: attributes.name,
			kind: attributes.kind,
			cuts_off: cut,
			insecure,
			sentence:
				(main === -1
					? `If ${attributes.name} went, what it joins would fall into ${tops.length} separate parts of the same size: ${list(names)} would lose touch with each other.`
					: `If ${attributes.name} went, ${list(names)} would be cut off from the rest of the system.`) + (insecure ? ' It is a short-term funded post.' : '')
		};
	});
	return points.sort((a, b) => b.cuts_off.length - a.cuts_off.length || a.name.localeCompare(b.name));
}

function list(names: readonly string[]): string {
	if (names.length <= 3) return names.length < 2 ? (names[0] ?? 'nobody') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}
