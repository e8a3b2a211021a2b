/**
 * Who sits where, at a glance (report 3.2, 3.9): groups against the posts and agencies on
 * them. Sorted by overlap, the groups that share most of their members come first and the
 * posts on most groups come first, so duplicated meetings and over-committed posts stand out.
 */
import { seatsOf } from '../analysis/find-overlaps';
import type { Attendance, GroupType } from '../format/vocabulary';
import type { ItemId, ItemKind, LocalityModel } from '../model/locality-model';

export interface MatrixRow {
	readonly id: ItemId;
	readonly name: string;
	readonly type: GroupType;
	/** Sum of this group's Jaccard indexes with every other group. */
	readonly overlap: number;
}
export interface MatrixColumn {
	readonly id: ItemId;
	readonly name: string;
	readonly kind: Exclude<ItemKind, 'group'>;
	/** How many groups it sits on. */
	readonly seats: number;
}
export interface MatrixCell {
	readonly attendance: Attendance;
	readonly chair: boolean;
}
export interface Matrix {
	readonly rows: readonly MatrixRow[];
	readonly columns: readonly MatrixColumn[];
	/** cells[row][column], null where the column does not sit on the row's group. */
	readonly cells: readonly (readonly (MatrixCell | null)[])[];
}

export type MatrixOrder = 'map' | 'overlap';

export function membershipMatrix(model: LocalityModel, order: MatrixOrder = 'overlap'): Matrix {
	const seats = model.groups.map(seatsOf);
	const overlap = model.groups.map((_, i) =>
		seats.reduce((sum, other, j) => {
			if (i === j) return sum;
			const shared = [...seats[i]].filter((id) => other.has(id)).length;
			const union = seats[i].size + other.size - shared;
			return sum + (union ? shared / union : 0);
		}, 0)
	);
	let rows: MatrixRow[] = model.groups.map((g, i) => ({ id: g.id, name: g.name, type: g.type, overlap: Math.round(overlap[i] * 1000) / 1000 }));
	const count = new Map<ItemId, number>();
	for (const s of seats) for (const id of s) count.set(id, (count.get(id) ?? 0) + 1);
	let columns: MatrixColumn[] = [...model.roles, ...model.agencies]
		.filter((item) => count.has(item.id))
		.map((item) => ({ id: item.id, name: item.name, kind: item.kind, seats: count.get(item.id)! }));
	if (order === 'overlap') {
		rows = rows.map((r, i) => ({ r, i })).sort((a, b) => b.r.overlap - a.r.overlap || a.i - b.i).map((x) => x.r);
		columns = columns.map((c, i) => ({ c, i })).sort((a, b) => b.c.seats - a.c.seats || a.i - b.i).map((x) => x.c);
	}
	const byId = new Map(model.groups.map((g) => [g.id, g]));
	const cells = rows.map((row) => {
		const group = byId.get(row.id)!;
		return columns.map((col) => {
			const member = group.members.find((m) => m.id === col.id);
			const chair = group.chair === col.id;
			if (!member && !chair) return null;
			return { attendance: member?.attendance ?? 'regular', chair };
		});
	});
	return { rows, columns, cells };
}
