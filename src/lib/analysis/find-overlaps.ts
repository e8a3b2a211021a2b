/**
 * Overlaps (report 3.2, 3.9): "a plethora of meetings ... all with different but very
 * often, overlapping purposes, some with very similar personnel". Three measures: pairs
 * of groups whose members largely coincide (Jaccard index of the member sets), pairs of
 * groups of the same type and focus (overlapping purpose), and the meeting load each post
 * and agency carries.
 */
import type { MeetingFrequency } from '../format/vocabulary';
import type { Group, ItemId, ItemKind, LocalityModel } from '../model/locality-model';

export interface MemberOverlap {
	readonly groups: readonly [ItemId, ItemId];
	readonly shared: readonly ItemId[];
	/** Shared members over all members of either group, 0 to 1. */
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
}

export interface OverlapOptions {
	/** Least Jaccard index to report, inclusive (default 0.5). */
	readonly threshold?: number;
}

/** A school year has 39 weeks and 6 half-terms; `ad-hoc` counts as unknown. */
export const MEETINGS_PER_YEAR: Record<MeetingFrequency, number | undefined> = {
	weekly: 39,
	fortnightly: 19,
	monthly: 12,
	'half-termly': 6,
	'bi-monthly': 6,
	termly: 3,
	annually: 1,
	'ad-hoc': undefined
};

const FOCUS_WORDS: Record<NonNullable<Group['focus']>, string> = {
	upstream: 'an upstream focus',
	downstream: 'a downstream focus',
	both: 'both an upstream and a downstream focus'
};

/** Everyone who sits on a group: its members and its chair. */
export function seatsOf(group: Group): Set<ItemId> {
	const seats = new Set(group.members.map((m) => m.id));
	if (group.chair) seats.add(group.chair);
	return seats;
}

/** Highest Jaccard first; ties in the order the groups stand in the file. */
export function findMemberOverlaps(model: LocalityModel, options: OverlapOptions = {}): MemberOverlap[] {
	const threshold = options.threshold ?? 0.5;
	const seats = model.groups.map(seatsOf);
	const name = new Map(model.groups.map((g) => [g.id, g.name]));
	const out: MemberOverlap[] = [];
	for (let i = 0; i < model.groups.length; i++) {
		for (let j = i + 1; j < model.groups.length; j++) {
			const shared = [...seats[i]].filter((id) => seats[j].has(id));
			const union = seats[i].size + seats[j].size - shared.length;
			if (union === 0 || shared.length === 0) continue;
			const jaccard = Math.round((shared.length / union) * 1000) / 1000;
			if (jaccard < threshold) continue;
			const [a, b] = [model.groups[i].id, model.groups[j].id];
			out.push({
				groups: [a, b],
				shared,
				jaccard,
				sentence: `${name.get(a)} and ${name.get(b)} share ${shared.length} of their ${union} members (${Math.round(jaccard * 100)}%): do both need to meet?`
			});
		}
	}
	return out.sort((x, y) => y.jaccard - x.jaccard);
}

export function findPurposeOverlaps(model: LocalityModel): PurposeOverlap[] {
	const out: PurposeOverlap[] = [];
	const groups = model.groups.filter((g) => !g.external);
	for (let i = 0; i < groups.length; i++) {
		for (let j = i + 1; j < groups.length; j++) {
			const [a, b] = [groups[i], groups[j]];
			if (a.type !== b.type || !a.focus || a.focus !== b.focus) continue;
			out.push({
				groups: [a.id, b.id],
				type: a.type,
				focus: a.focus,
				sentence: `${a.name} and ${b.name} are both ${a.type.replace(/-/g, ' ')}s with ${FOCUS_WORDS[a.focus]}: is their purpose the same?`
			});
		}
	}
	return out;
}

/** Heaviest load first: most meetings a year, then most groups, then name. */
export function meetingLoad(model: LocalityModel): MeetingLoad[] {
	const load = new Map<ItemId, { groups: ItemId[]; meetings: number; unknown: number }>();
	for (const group of model.groups) {
		const perYear = group.meets ? MEETINGS_PER_YEAR[group.meets] : undefined;
		for (const id of seatsOf(group)) {
			const entry = load.get(id) ?? { groups: [], meetings: 0, unknown: 0 };
			entry.groups.push(group.id);
			if (perYear === undefined) entry.unknown++;
			else entry.meetings += perYear;
			load.set(id, entry);
		}
	}
	const out: MeetingLoad[] = [];
	for (const item of [...model.agencies, ...model.roles]) {
		const entry = load.get(item.id);
		if (!entry) continue;
		out.push({ id: item.id, name: item.name, kind: item.kind, groups: entry.groups, meetingsPerYear: entry.meetings, unknownFrequency: entry.unknown });
	}
	return out.sort((a, b) => b.meetingsPerYear - a.meetingsPerYear || b.groups.length - a.groups.length || a.name.localeCompare(b.name));
}
