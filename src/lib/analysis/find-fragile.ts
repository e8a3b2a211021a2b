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
 * records, not asserted to cut them off. A post and its employer go together: an agency whose loss cuts off nothing but its
 * own posts, or a post whose loss cuts off nothing but its own agency, is no finding.
 */
import { listWords } from '../format/words';
import { indexItems, seatsRecorded, type Item, type ItemId, type ItemKind, type LocalityModel } from '../model/locality-model';
import { adjacency, articulationPointIndices, piecesWithout } from './articulation-points';
import { structureGraph, type StructureGraph } from './structure-graph';

export interface FragilePoint {
	readonly id: ItemId;
	readonly name: string;
	readonly kind: ItemKind;
	/** Items no longer joined to the largest remaining part once this item has gone. */
	readonly cuts_off: readonly ItemId[];
	/** Items that would be cut off too, by what the map records, but whose seats it does not record in full. */
	readonly unsure: readonly ItemId[];
	readonly insecure: boolean;
	readonly sentence: string;
}

export function findFragile(model: LocalityModel, graph: StructureGraph = structureGraph(model)): FragilePoint[] {
	const index = indexItems(model);
	const adj = adjacency(graph);
	const n = adj.ids.length;
	const items = adj.ids.map((id) => index.get(id as ItemId) as Item);
	const before = piecesWithout(adj, -1);
	// A post or an agency may sit, unrecorded, on a group whose members the map does not record in full.
	const openGroups = model.groups.filter((g) => g.members_recorded !== 'complete').length;
	const points: FragilePoint[] = [];
	for (const v of articulationPointIndices(adj)) {
		const after = piecesWithout(adj, v);
		const home = before.piece[v];
		// The main part is the largest piece left of the part this item belonged to. Where two or
		// more pieces tie for largest there is no main part: every piece is cut off from the others.
		const sizes = new Map<number, number>();
		for (let i = 0; i < n; i++) if (i !== v && before.piece[i] === home) sizes.set(after.piece[i], after.sizes[after.piece[i]]);
		const largest = Math.max(...sizes.values());
		const tops = [...sizes].filter(([, size]) => size === largest);
		const main = tops.length === 1 ? tops[0][0] : -1;
		// Each piece cut off, judged whole: sure when every item in it is recorded in full; no
		// finding when it is only v's own posts or v's own employer, which go with v as one unit.
		const pieces = new Map<number, { ids: number[]; sure: boolean; own: boolean }>();
		for (let i = 0; i < n; i++) {
			if (i === v || before.piece[i] !== home || after.piece[i] === main) continue;
			const p = pieces.get(after.piece[i]) ?? { ids: [], sure: true, own: true };
			const item = items[i];
			const point = items[v];
			p.ids.push(i);
			p.sure &&= seatsRecorded(item) === 'complete' && (item.kind === 'group' || openGroups === 0);
			p.own &&= (item.kind === 'role' && item.agency === point.id) || (point.kind === 'role' && point.agency === item.id);
			pieces.set(after.piece[i], p);
		}
		const counted = [...pieces.values()].filter((p) => !p.own);
		const cut = counted.filter((p) => p.sure).flatMap((p) => p.ids).sort((a, b) => a - b);
		const unsure = counted.filter((p) => !p.sure).flatMap((p) => p.ids).sort((a, b) => a - b);
		if (cut.length === 0 && unsure.length === 0) continue;
		const item = items[v];
		const insecure = item.kind === 'role' && item.funding === 'short-term';
		points.push({
			id: item.id,
			name: item.name,
			kind: item.kind,
			cuts_off: cut.map((i) => items[i].id),
			unsure: unsure.map((i) => items[i].id),
			insecure,
			sentence: sentence(item.name, cut.map((i) => items[i].name), unsure.map((i) => items[i].name), main === -1 ? tops.length : 0, insecure)
		});
	}
	return points.sort((a, b) => b.cuts_off.length - a.cuts_off.length || b.unsure.length - a.unsure.length || a.name.localeCompare(b.name));
}

function sentence(name: string, cut: readonly string[], unsure: readonly string[], equalParts: number, insecure: boolean): string {
	if (cut.length === 0) {
		return `If ${name} went, nothing the map records would join ${list(unsure)} to the rest of the system; but the map does not record all the seats that might.${insecure ? ' It is a short-term funded post.' : ''}`;
	}
	const sure =
		equalParts > 0
				? `If ${name} went, what it joins would fall into ${equalParts} separate parts of the same size: ${list(cut)} would lose touch with each other.`
				: `If ${name} went, ${list(cut)} would be cut off from the rest of the system.`;
	const maybe = unsure.length > 0 ? ` ${list(unsure)} might be too, unless seats the map does not record join ${unsure.length === 1 ? 'it' : 'them'} to the rest.` : '';
	return sure + maybe + (insecure ? ' It is a short-term funded post.' : '');
}

const list = (names: readonly string[]) => listWords(names, { most: 3, none: 'nobody' });
