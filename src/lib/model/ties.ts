/**
 * Ties: the relations that join two items, each typed. A post is tied to the agency that
 * employs it; a group to each member and to its chair; the two ends of every link to each
 * other. The graph drawn on screen, the network the audit measures and the layouts all
 * start from this one list, so a line on screen is always a tie in the audit.
 */
import type { Attendance, LinkKind } from '../format/vocabulary';
import type { ItemId, LocalityModel } from './locality-model';
import { seatsOf } from './seats';

export type Tie =
	| { readonly relation: 'post'; readonly role: ItemId; readonly agency: ItemId }
	| { readonly relation: 'member'; readonly member: ItemId; readonly group: ItemId; readonly attendance: Attendance; readonly chair: boolean }
	| { readonly relation: 'chair'; readonly chair: ItemId; readonly group: ItemId }
	| { readonly relation: 'link'; readonly from: ItemId; readonly to: ItemId; readonly kind: LinkKind; readonly index: number };
export type TieRelation = Tie['relation'];

/** The two items a tie joins. */
export function tieEnds(tie: Tie): readonly [ItemId, ItemId] {
	switch (tie.relation) {
		case 'post':
			return [tie.role, tie.agency];
		case 'member':
			return [tie.member, tie.group];
		case 'chair':
			return [tie.chair, tie.group];
		case 'link':
			return [tie.from, tie.to];
	}
}

/**
 * Every tie in the map, once per relation: posts in their agencies, then each group's
 * seats (a chair who is also a member is one `member` tie marked `chair`), then the links.
 */
export function ties(model: LocalityModel): Tie[] {
	const out: Tie[] = [];
	for (const role of model.roles) out.push({ relation: 'post', role: role.id, agency: role.agency });
	for (const group of model.groups) {
		for (const seat of seatsOf(group).values()) {
			out.push(
				seat.member
					? { relation: 'member', member: seat.id, group: group.id, attendance: seat.attendance, chair: seat.chair }
					: { relation: 'chair', chair: seat.id, group: group.id }
			);
		}
	}
	model.links.forEach((link, index) => out.push({ relation: 'link', from: link.from, to: link.to, kind: link.kind, index }));
	return out;
}

/** Each pair of items tied in any way, once, without direction or loops: the network the audit measures. */
export function tiedPairs(model: LocalityModel): [ItemId, ItemId][] {
	const seen = new Set<string>();
	const out: [ItemId, ItemId][] = [];
	for (const tie of ties(model)) {
		const [a, b] = tieEnds(tie);
		if (a === b) continue;
		// A separator no id can contain (ids are kebab-case), so the key is unambiguous.
		const key = a < b ? `${a} ${b}` : `${b} ${a}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push([a, b]);
	}
	return out;
}
