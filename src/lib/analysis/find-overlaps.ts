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

/** At most this many pairs are listed; past it the search stops and says so. */
export const MAX_PAIRS = 1000;
/** At most this many pairs are compared, whatever the map: past it the search stops and says so. */
export const MAX_COMPARISONS = 2_000_000;

/** A search that may stop at a bound: what it found, and, where it stopped, why in plain words. */
export interface Search<T> {
	readonly found: T[];
	readonly stopped?: string;
}

/**
 * Pairs of groups, both with their membership recorded in full, sharing at least `minShared`
 * seats with a Jaccard index of at least `threshold`. Highest index first; ties in the order
 * the groups stand in the file.
 *
 * Only pairs that could pass are compared (prefix filtering, Bayardo et al. 2007): for two
 * groups to reach index t, a group of a seats must share at least o = max(minShared, ⌈t·a⌉)
 * of them, so the pair must share one of its a − o + 1 rarest seats. Seats are ranked rarest
 * first over the whole map, and each group is indexed by its rarest seats only, so groups
 * that share only a seat everyone holds (the schools on every group) are never compared.
 * Time O(s log s + c · g) for s seats in all, c pairs compared and g seats per group; c is
 * bounded (MAX_COMPARISONS) and so is the list (MAX_PAIRS).
 */
export function memberOverlapSearch(model: LocalityModel, options: OverlapOptions = {}): Search<MemberOverlap> {
	const threshold = options.threshold ?? 0.5;
	const minShared = Math.max(1, options.minShared ?? 2);
	// The index is rounded to 3 decimals before the threshold applies: prune with the lowest value that rounds up to it.
	const floor = Math.max(0, threshold - 0.0005);
	const groups = model.groups.filter((g) => g.members_recorded === 'complete');
	const seats = groups.map(seatIds);
	const frequency = new Map<ItemId, number>();
	for (const set of seats) for (const id of set) frequency.set(id, (frequency.get(id) ?? 0) + 1);
	const rarestFirst = (x: ItemId, y: ItemId) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0);
	const index = new Map<ItemId, number[]>();
	const out: MemberOverlap[] = [];
	const seen = new Int32Array(groups.length).fill(-1);
	let comparisons = 0;
	let stopped: string | undefined;
	for (let j = 0; j < groups.length && !stopped; j++) {
		const b = seats[j];
		const need = Math.max(minShared, Math.ceil(floor * b.size - 1e-9));
		if (need > b.size) continue;
		const prefix = [...b].sort(rarestFirst).slice(0, b.size - need + 1);
		for (const id of prefix) {
			for (const i of index.get(id) ?? []) {
				if (seen[i] === j) continue;
				seen[i] = j;
				if (++comparisons > MAX_COMPARISONS) {
					stopped = `The search for overlapping groups stopped after comparing ${MAX_COMPARISONS.toLocaleString('en-GB')} pairs: too many groups share the same people to compare them all.`;
					break;
				}
				const o = jaccard(seats[i], b);
				const rounded = Math.round(o.jaccard * 1000) / 1000;
				if (o.shared.length < minShared || rounded < threshold) continue;
				if (out.length === MAX_PAIRS) {
					stopped = `More than ${MAX_PAIRS.toLocaleString('en-GB')} pairs of groups overlap; the first ${MAX_PAIRS.toLocaleString('en-GB')} found are listed.`;
					break;
				}
				const [first, second] = [groups[i], groups[j]];
				out.push({
					groups: [first.id, second.id],
					shared: [...seats[i]].filter((x) => b.has(x)),
					jaccard: rounded,
					sentence: `${first.name} and ${second.name} share ${o.shared.length} of the ${o.union} people and agencies who sit on either (${Math.round(rounded * 100)}%): do both need to meet?`
				});
			}
			if (stopped) break;
		}
		// Index this group by its own prefix, for the groups after it.
		const need2 = Math.max(minShared, Math.ceil(floor * b.size - 1e-9));
		if (need2 <= b.size) {
			for (const id of prefix) {
				const list = index.get(id);
				if (list) list.push(j);
				else index.set(id, [j]);
			}
		}
	}
	// Highest index first; equal ones in the order of the groups in the file (the first group, then the second).
	const position = new Map(groups.map((g, i) => [g.id, i]));
	out.sort((x, y) => y.jaccard - x.jaccard || position.get(x.groups[0])! - position.get(y.groups[0])! || position.get(x.groups[1])! - position.get(y.groups[1])!);
	return stopped ? { found: out, stopped } : { found: out };
}

export function findMemberOverlaps(model: LocalityModel, options: OverlapOptions = {}): MemberOverlap[] {
	return memberOverlapSearch(model, options).found;
}

/**
 * Pairs of local groups of the same type and the same focus that have someone in common: the
 * "overlapping purposes" of 3.2 are a question for the people who sit on both. Two panels in
 * two schools, with no one in common, are two places, not one meeting held twice. Pairs are
 * found through the seats they share, so groups with no one in common are never compared;
 * in the order of the groups in the file; at most MAX_PAIRS listed.
 */
export function purposeOverlapSearch(model: LocalityModel): Search<PurposeOverlap> {
	const groups = model.groups.filter((g) => !g.external && g.focus);
	const position = new Map(groups.map((g, i) => [g.id, i]));
	const pairs = new Set<number>();
	let stopped: string | undefined;
	outer: for (const list of seatsByItem(model).values()) {
		// The groups this item sits on, by kind and focus: every pair within one bucket is a finding, so the work is bounded by the list.
		const buckets = new Map<string, number[]>();
		for (const seat of list) {
			const i = position.get(seat.group.id);
			if (i === undefined) continue;
			const key = `${seat.group.type} ${seat.group.focus}`;
			const bucket = buckets.get(key);
			if (bucket) bucket.push(i);
			else buckets.set(key, [i]);
		}
		for (const at of buckets.values()) {
			for (let x = 0; x < at.length; x++) for (let y = x + 1; y < at.length; y++) {
				const [i, j] = at[x] < at[y] ? [at[x], at[y]] : [at[y], at[x]];
				pairs.add(i * groups.length + j);
				if (pairs.size > MAX_PAIRS) {
					stopped = `More than ${MAX_PAIRS.toLocaleString('en-GB')} pairs of groups of the same kind and focus share someone; the first ${MAX_PAIRS.toLocaleString('en-GB')} found are listed.`;
					break outer;
				}
			}
		}
	}
	const found = [...pairs]
		.sort((x, y) => x - y)
		.slice(0, MAX_PAIRS)
		.map((key) => {
			const [a, b] = [groups[Math.floor(key / groups.length)], groups[key % groups.length]];
			const focus = a.focus!;
			return {
				groups: [a.id, b.id] as const,
				type: a.type,
				focus,
				sentence: `${a.name} and ${b.name} are both of the kind “${groupTypes.label(a.type).toLowerCase()}” with ${FOCUS_WORDS[focus]}: is their purpose the same?`
			};
		});
	return stopped ? { found, stopped } : { found };
}

export function findPurposeOverlaps(model: LocalityModel): PurposeOverlap[] {
	return purposeOverlapSearch(model).found;
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
