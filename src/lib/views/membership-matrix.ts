/**
 * Who sits where, at a glance (report 3.2, 3.9): groups against the posts and agencies on
 * them, as members or as chair (the model's seats, so the matrix agrees with the tooltip, the
 * details panel and the induction tour). Sorted by overlap, the groups that share most of their members come first and the
 * posts on most groups come first, so duplicated meetings and over-committed posts stand out.
 */
import type { Attendance, GroupType } from '../format/vocabulary';
import type { ItemId, ItemKind, LocalityModel } from '../model/locality-model';
import { jaccard, seatsOf } from '../model/seats';

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
	const ids = seats.map((s) => new Set(s.keys()));
	const overlap = ids.map((mine, i) => ids.reduce((sum, other, j) => (i === j ? sum : sum + jaccard(mine, other).jaccard), 0));
	let rows: MatrixRow[] = model.groups.map((g, i) => ({ id: g.id, name: g.name, type: g.type, overlap: Math.round(overlap[i] * 1000) / 1000 }));
	const count = new Map<ItemId, number>();
	for (const s of seats) for (const id of s.keys()) count.set(id, (count.get(id) ?? 0) + 1);
	let columns: MatrixColumn[] = [...model.roles, ...model.agencies]
		.filter((item) => count.has(item.id))
		.map((item) => ({ id: item.id, name: item.name, kind: item.kind, seats: count.get(item.id)! }));
	if (order === 'overlap') {
		rows = rows.map((r, i) => ({ r, i })).sort((a, b) => b.r.overlap - a.r.overlap || a.i - b.i).map((x) => x.r);
		columns = columns.map((c, i) => ({ c, i })).sort((a, b) => b.c.seats - a.c.seats || a.i - b.i).map((x) => x.c);
	}
	const seatsById = new Map(model.groups.map((g, i) => [g.id, seats[i]]));
	const cells = rows.map((row) =>
		columns.map((col) => {
			const seat = seatsById.get(row.id)!.get(col.id);
			return seat ? { attendance: seat.attendance, chair: seat.chair } : null;
		})
	);
	return { rows, columns, cells };
}

/** The top left of a matrix, and the size of the whole: what a large map's page shows of it at a time. */
export interface MatrixPart {
	/** The first rows and columns, with their cells. */
	readonly matrix: Matrix;
	/** Rows (groups) in the whole matrix. */
	readonly rows: number;
	/** Columns (posts and agencies) in the whole matrix. */
	readonly columns: number;
}

/**
 * The first `rows` groups against the first `columns` posts and agencies. Sorted by overlap, the
 * top left is where the groups that share most members meet the posts on most groups, so the
 * first page of a large matrix shows what the matrix is for.
 */
export function matrixPart(matrix: Matrix, rows: number, columns: number): MatrixPart {
	const whole = { rows: matrix.rows.length, columns: matrix.columns.length };
	if (rows >= whole.rows && columns >= whole.columns) return { matrix, ...whole };
	return {
		matrix: { rows: matrix.rows.slice(0, rows), columns: matrix.columns.slice(0, columns), cells: matrix.cells.slice(0, rows).map((row) => row.slice(0, columns)) },
		...whole
	};
}
