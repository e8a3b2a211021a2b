/**
 * The report's river (3.3, figure 1): items placed from upstream (tier 1, universal) to
 * downstream (tier 4, acute) by the tiers they serve, or by their focus where the map
 * gives no tiers, so the zone between the schools' area of confidence and the other
 * agencies' thresholds (tiers 2 to 3) shows, with whatever sits in it, or nothing. Each item
 * says whether it is part of the centre or reaches it (`model/centre.ts`): the report wants
 * upstream and downstream conversations in a group that links "directly and effectively
 * with LA wide strategic decision making groups" (5.3 ii).
 */
import type { Focus, Tier } from '../format/vocabulary';
import { centreOf, reachingCentre } from '../model/centre';
import { allItems, type ItemId, type ItemKind, type LocalityModel } from '../model/locality-model';

export interface RiverItem {
	readonly id: ItemId;
	readonly name: string;
	readonly kind: ItemKind;
	/** Where on the river, 1 (universal, upstream) to 4 (acute, downstream). */
	readonly at: number;
	/** The stretch of river it covers. */
	readonly from: number;
	readonly to: number;
	/** How it was placed: by its tiers, or by its focus alone. */
	readonly by: 'tiers' | 'focus';
	/** `centre`: part of the centre; `reaches`: issues travel from it to the centre; `no`: the map records no way. */
	readonly centre: 'centre' | 'reaches' | 'no';
}

export interface River {
	readonly placed: readonly RiverItem[];
	/** Items the map gives neither tiers nor a focus. */
	readonly unplaced: readonly { readonly id: ItemId; readonly name: string; readonly kind: ItemKind }[];
	/** Items whose stretch reaches tier 2 or 3, the zone between schools and other agencies' thresholds. */
	readonly inZone: readonly ItemId[];
}

/** The zone the pilots were about: children above what schools can hold, below other agencies' thresholds. */
export const ZONE: readonly [number, number] = [2, 3];

const FOCUS_STRETCH: Record<Focus, [number, number]> = { upstream: [1, 2], downstream: [3, 4], both: [1, 4] };

export function river(model: LocalityModel): River {
	const centre = centreOf(model);
	const reached = reachingCentre(model, centre);
	const toCentre = (id: ItemId): RiverItem['centre'] => (centre.has(id) ? 'centre' : reached.has(id) ? 'reaches' : 'no');
	const placed: RiverItem[] = [];
	const unplaced: River['unplaced'][number][] = [];
	for (const item of allItems(model)) {
		const tiers: readonly Tier[] = item.tiers ?? [];
		const focus = item.kind === 'group' ? item.focus : undefined;
		if (tiers.length > 0) {
			const from = Math.min(...tiers);
			const to = Math.max(...tiers);
			placed.push({ id: item.id, name: item.name, kind: item.kind, at: (from + to) / 2, from, to, by: 'tiers', centre: toCentre(item.id) });
		} else if (focus) {
			const [from, to] = FOCUS_STRETCH[focus];
			placed.push({ id: item.id, name: item.name, kind: item.kind, at: (from + to) / 2, from, to, by: 'focus', centre: toCentre(item.id) });
		} else unplaced.push({ id: item.id, name: item.name, kind: item.kind });
	}
	placed.sort((a, b) => a.at - b.at || a.from - b.from);
	const inZone = placed.filter((p) => p.from <= ZONE[1] && p.to >= ZONE[0]).map((p) => p.id);
	return { placed, unplaced, inZone };
}
