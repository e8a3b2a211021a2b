/**
 * Seats: who sits on a group. A group's seats are its members and its chair, each once; a
 * chair who is not listed as a member still sits on the group (and attends it as chair).
 * Every analysis, view, tooltip and panel asks this module, so "sits on" means one thing.
 */
import type { Attendance } from '../format/vocabulary';
import type { Group, ItemId, LocalityModel } from './locality-model';

export interface Seat {
	readonly group: Group;
	/** The item that sits there: a role or an agency. */
	readonly id: ItemId;
	readonly attendance: Attendance;
	readonly chair: boolean;
	/** Listed among the members (a chair may sit without being listed). */
	readonly member: boolean;
}

/** Everyone who sits on the group, members in file order then a chair who is not a member. */
export function seatsOf(group: Group): Map<ItemId, Seat> {
	const seats = new Map<ItemId, Seat>();
	for (const m of group.members) seats.set(m.id, { group, id: m.id, attendance: m.attendance, chair: m.id === group.chair, member: true });
	if (group.chair && !seats.has(group.chair)) seats.set(group.chair, { group, id: group.chair, attendance: 'regular', chair: true, member: false });
	return seats;
}

/** The ids of everyone who sits on the group. */
export function seatIds(group: Group): Set<ItemId> {
	return new Set(seatsOf(group).keys());
}

/** For every item that sits anywhere, its seats in the order of the groups in the file. */
export function seatsByItem(model: LocalityModel): Map<ItemId, Seat[]> {
	const out = new Map<ItemId, Seat[]>();
	for (const group of model.groups) {
		for (const seat of seatsOf(group).values()) {
			const list = out.get(seat.id);
			if (list) list.push(seat);
			else out.set(seat.id, [seat]);
		}
	}
	return out;
}

/** The seats one item holds itself (not through its agency), in file order. */
export function seatsHeldBy(model: LocalityModel, id: ItemId): Seat[] {
	const out: Seat[] = [];
	for (const group of model.groups) {
		const seat = seatsOf(group).get(id);
		if (seat) out.push(seat);
	}
	return out;
}

/** How much two sets have in common: the Jaccard index |A ∩ B| / |A ∪ B|, 0 when both are empty. */
export interface Overlap<T> {
	readonly shared: readonly T[];
	readonly union: number;
	readonly jaccard: number;
}
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Overlap<T> {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	const shared = [...a].filter((x) => (small === a ? large.has(x) : small.has(x)));
	const union = a.size + b.size - shared.length;
	return { shared, union, jaccard: union === 0 ? 0 : shared.length / union };
}
