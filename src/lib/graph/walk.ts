/**
 * Walking the graph by keyboard: which item an arrow key reaches from the current one (the
 * neighbour nearest in that direction on screen), the order Tab takes through the current
 * item's neighbours (clockwise from twelve o'clock), and what a screen reader is told on
 * reaching an item: its name, kind and agency, the groups it sits on, its ties, and what the
 * chosen highlight marks it as, in the key's own words (marks.ts).
 */
import { seatsHeldBy } from '../model/seats';
import { groupTypes, sectors } from '../format/vocabulary';
import { listWords } from '../format/words';
import { agencyOf, type Item, type ItemId, type LocalityModel } from '../model/locality-model';
import type { Highlight } from './highlight';
import { markSpecs } from './marks';

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
	readonly id: ItemId;
	readonly x: number;
	readonly y: number;
}

/** Screen directions as angles (y grows downwards). */
const ANGLES: Record<Direction, number> = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 };
/** How far off the direction a neighbour may lie and still count as "that way": a little more than 45°, so a neighbour on the diagonal is reached by either key. */
const CONE = (Math.PI / 180) * 60;

const offAngle = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

/**
 * The neighbour the arrow key reaches: of those within 60° of the direction, the nearest,
 * counting a neighbour off to the side as further away than one straight ahead.
 */
export function nextInDirection(from: Placed, neighbours: readonly Placed[], direction: Direction): ItemId | undefined {
	let best: ItemId | undefined;
	let bestScore = Infinity;
	for (const n of neighbours) {
		const dx = n.x - from.x;
		const dy = n.y - from.y;
		const distance = Math.hypot(dx, dy);
		if (distance === 0) continue;
		const off = offAngle(Math.atan2(dy, dx), ANGLES[direction]);
		if (off > CONE) continue;
		const score = distance * (1 + off);
		if (score < bestScore || (score === bestScore && best !== undefined && n.id < best)) {
			best = n.id;
			bestScore = score;
		}
	}
	return best;
}

/** The neighbours in the order Tab takes them: clockwise from straight up, nearest first on a tie. */
export function tabOrder(from: Placed, neighbours: readonly Placed[]): ItemId[] {
	const bearing = (n: Placed) => (Math.atan2(n.y - from.y, n.x - from.x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
	return [...neighbours]
		.sort((a, b) => bearing(a) - bearing(b) || Math.hypot(a.x - from.x, a.y - from.y) - Math.hypot(b.x - from.x, b.y - from.y) || (a.id < b.id ? -1 : 1))
		.map((n) => n.id);
}

const SPOKEN = new Map(markSpecs.map((m) => [m.mark, m.spoken]));

/** What a screen reader hears on reaching an item. */
export function walkAnnouncement(model: LocalityModel, index: ReadonlyMap<ItemId, Item>, id: ItemId, ties: number, highlight: Highlight): string {
	const item = index.get(id);
	if (!item) return '';
	const what =
		item.kind === 'group' ? `group (${groupTypes.label(item.type).toLowerCase()})` : item.kind === 'role' ? `post in ${agencyOf(item, index)?.name ?? item.agency}` : `agency (${sectors.label(item.sector).toLowerCase()})`;
	const parts = [`${item.name}, ${what}.`];
	if (item.kind !== 'group') {
		const groups = seatsHeldBy(model, id).map((s) => s.group.name);
		parts.push(groups.length === 0 ? 'Sits on no group the map records.' : `Sits on ${groups.length === 1 ? 'one group' : `${groups.length} groups`}: ${listWords(groups, { most: 4 })}.`);
	}
	parts.push(`${ties === 1 ? 'One tie' : `${ties} ties`}.`);
	// What the highlight finds first; what the map leaves unsaid after it.
	const marks = [...(highlight.marks.get(id) ?? [])]
		.sort((a, b) => Number(a === 'not-recorded') - Number(b === 'not-recorded'))
		.map((m) => SPOKEN.get(m))
		.filter((w): w is string => w !== undefined);
	if (marks.length > 0) parts.push(`In this highlight: ${listWords(marks)}.`);
	return parts.join(' ');
}
