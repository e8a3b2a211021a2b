/**
 * Overlaps (report 3.2, 3.9): "a plethora of meetings ... all with different but very
 * often, overlapping purposes, some with very similar personnel". Three measures: pairs
 * of groups whose seats largely coincide (the Jaccard index of who sits on each), pairs of
 * groups of the same type and focus (overlapping purpose), and the meeting load each post
 * and agency carries. Seats, the Jaccard index and meetings a year are the model's.
 */
import { groupTypes, meetingsPerYear } from '../format/vocabulary';
import { seatsRecorded, type Group, type ItemId, type ItemKind, type LocalityModel } from '../model/locality-model';
import { jaccard, seatIds, seatsByItem } from '../model/seats';

export interface MemberOverlap {
	readonly groups: readonly [ItemId, ItemId];
	readonly shared: readonly ItemId[];
	/** Shared seats over all seats of either group, 0 to 1. */
	readonly jaccard: number;
	readonly sentence: string;
}

export interface PurposeOverlap {
	readonly groups: readonly [ItemId, ItemId];
	readonly type: Group['type'];
	readonly focus: NonNullable<Group['focus']>;
	readonly sentence: string;
}

export interface MeetingLoad {
	readonly id: ItemId;
	readonly name: string;
	readonly kind: Exclude<ItemKind, 'group'>;
	/** The groups it sits on or chairs. */
	readonly groups: readonly ItemId[];
	/** Meetings a year, counting the groups whose frequency is known. */
	readonly meetingsPerYear: number;
	/** Groups it sits on whose frequency the map does not give. */
	readonly unknownFrequency: number;
	/** True when the map may not record every group it sits on: the counts are a least. */
	readonly atLeast: boolean;
}

export interface OverlapOptions {
	/** Least Jaccard index to report, inclusive (default 0.5). */
	readonly threshold?: number;
	/** Least number of shared seats to report (default 2): one person in common is not a duplicate meeting. */
	readonly minShared?: number;
}

const FOCUS_WORDS: Record<NonNullable<Group['focus']>, string> = {
	upstream: 'an upstream focus',
	downstream: 'a downstream focus',
	both: 'both an upstream and a downstream focus'
};

/**
 * Pairs of groups, both with their membership recorded in full, sharing at least `minShared`
 * seats with a Jaccard index of at least `threshold`. Highest index first; ties in the order
 * the groups stand in the file. Groups are paired only through a seat they share, so a map
 * whose groups share no one costs nothing.
 */
export function findMemberOverlaps(model: LocalityModel, options: OverlapOptions = {}): MemberOverlap[] {
	const threshold = options.threshold ?? 0.5;
	const minShared = Math.max(1, options.minShared ?? 2);
	const groups = model.groups.filter((g) => g.members_recorded === 'complete');
	const seats = groups.map(seatIds);
	const position = new Map(groups.map((g, i) => [g.id, i]));
	const candidates = new Set<number>();
	for (const list of seatsByItem(model).values()) {
		const at = list.map((s) => position.get(s.group.id)).filter((i): i is number => i !== undefined);
		for (let x = 0; x < at.length; x++) for (let y = x + 1; y < at.length; y++) candidates.add(Math.min(at[x], at[y]) * groups.length + Math.max(at[x], at[y]));
	}
	const out: MemberOverlap[] = [];
	for (const key of [...candidates].sort((a, b) => a - b)) {
		const [i, j] = [Math.floor(key / groups.length), key % groups.length];
		const o = jaccard(seats[i], seats[j]);
		const index = Math.round(o.jaccard * 1000) / 1000;
		if (o.shared.length < minShared || index < threshold) continue;
		const [a, b] = [groups[i], groups[j]];
		out.push({
			groups: [a.id, b.id],
			shared: [...seats[i]].filter((id) => seats[j].has(id)),
			jaccard: index,
			sentence: `${a.name} and ${b.name} share ${o.shared.length} of the ${o.union} people and agencies who sit on either (${Math.round(index * 100)}%): do both need to meet?`
		});
	}
	return out.sort((x, y) => y.jaccard - x.jaccard);
}

/**
 * Pairs of local groups of the same type and the same focus that have someone in common: the
 * "overlapping purposes" of 3.2 are a question for the people who sit on both. Two panels in
 * two schools, with no one in common, are two places, not one meeting held twice.
 */
export function findPurposeOverlaps(model: LocalityModel): PurposeOverlap[] {
	const out: PurposeOverlap[] = [];
	const groups = model.groups.filter((g) => !g.external);
	const seats = groups.map(seatIds);
	for (let i = 0; i < groups.length; i++) {
		for (let j = i + 1; j < groups.length; j++) {
			const [a, b] = [groups[i], groups[j]];
			if (a.type !== b.type || !a.focus || a.focus !== b.focus) continue;
			if (jaccard(seats[i], seats[j]).shared.length === 0) continue;
			out.push({
				groups: [a.id, b.id],
				type: a.type,
				focus: a.focus,
				sentence: `${a.name} and ${b.name} are both of the kind “${groupTypes.label(a.type).toLowerCase()}” with ${FOCUS_WORDS[a.focus]}: is their purpose the same?`
			});
		}
	}
	return out;
}

/** Heaviest load first: most meetings a year, then most groups, then name. */
export function meetingLoad(model: LocalityModel): MeetingLoad[] {
	const seats = seatsByItem(model);
	const anyUnrecorded = model.groups.some((g) => g.members_recorded !== 'complete');
	const out: MeetingLoad[] = [];
	for (const item of [...model.agencies, ...model.roles]) {
		const list = seats.get(item.id);
		if (!list) continue;
		let meetings = 0;
		let unknown = 0;
		for (const seat of list) {
			const perYear = meetingsPerYear(seat.group.meets);
			if (perYear === undefined) unknown++;
			else meetings += perYear;
		}
		out.push({
			id: item.id,
			name: item.name,
			kind: item.kind,
			groups: list.map((s) => s.group.id),
			meetingsPerYear: meetings,
			unknownFrequency: unknown,
			atLeast: anyUnrecorded || seatsRecorded(item) !== 'complete'
		});
	}
	return out.sort((a, b) => b.meetingsPerYear - a.meetingsPerYear || b.groups.length - a.groups.length || a.name.localeCompare(b.name));
}
