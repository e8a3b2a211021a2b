/**
 * The words shown when the pointer rests on a node or an edge. Who sits where comes from
 * seats.ts, as in the details panel, so the two never disagree; an edge is described from
 * its typed data.
 */
import { groupTypes, linkVerb, meetingFrequencies, sectors } from '../format/vocabulary';
import { seatCountText } from '../model/item-details';
import type { Item, ItemId, LocalityModel } from '../model/locality-model';
import { seatsHeldBy, seatsOf } from '../model/seats';
import { sectorOf, type EdgeData } from './elements';

export interface TooltipText {
	readonly title: string;
	readonly lines: readonly string[];
}

export function nodeTooltip(model: LocalityModel, index: ReadonlyMap<ItemId, Item>, id: ItemId): TooltipText | undefined {
	const item = index.get(id);
	if (!item) return undefined;
	const lines: string[] = [];
	if (item.kind === 'group') {
		lines.push(groupTypes.label(item.type) + (item.meets ? ` · meets ${meetingFrequencies.label(item.meets).toLowerCase()}` : ''));
		lines.push(seatCountText(item, seatsOf(item).size));
		if (item.purpose) lines.push(item.purpose);
	} else {
		const sector = sectorOf(item, index);
		lines.push(item.kind === 'agency' ? `Agency · ${sector ? sectors.label(sector) : ''}` : `Role · ${index.get(item.agency)?.name ?? item.agency}`);
		lines.push(seatCountText(item, seatsHeldBy(model, id).length));
	}
	lines.push('Click for details');
	return { title: item.name, lines };
}

export function edgeTooltip(model: LocalityModel, index: ReadonlyMap<ItemId, Item>, edge: EdgeData): TooltipText | undefined {
	const name = (id: ItemId) => index.get(id)?.name ?? id;
	switch (edge.relation) {
		case 'link': {
			const notes = model.links[edge.linkIndex]?.notes;
			return { title: `${name(edge.source)} → ${name(edge.target)}`, lines: [linkVerb(edge.linkKind, 'from'), ...(notes ? [notes] : [])] };
		}
		case 'member': {
			const attendance = edge.attendance === 'regular' ? '' : ` (${edge.attendance})`;
			return { title: `${name(edge.source)} – ${name(edge.target)}`, lines: [`${edge.chair ? 'Chair' : 'Member'} of the group${attendance}`] };
		}
		case 'chair':
			return { title: `${name(edge.source)} – ${name(edge.target)}`, lines: ['Chair of the group'] };
		case 'post':
			return { title: `${name(edge.source)} – ${name(edge.target)}`, lines: ['A post in this agency'] };
	}
}
