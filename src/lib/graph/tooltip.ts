/** The words shown when the pointer rests on a node or an edge. */
import { groupTypes, linkKinds, meetingFrequencies, sectors } from '../format/vocabulary';
import type { Item, ItemId, LocalityModel } from '../model/locality-model';
import { sectorOf } from './elements';

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
		lines.push(`${item.members.length} member${item.members.length === 1 ? '' : 's'}`);
		if (item.purpose) lines.push(item.purpose);
	} else {
		const sector = sectorOf(item, index);
		lines.push(item.kind === 'agency' ? `Agency · ${sector ? sectors.label(sector) : ''}` : `Role · ${index.get(item.agency)?.name ?? item.agency}`);
		const groups = model.groups.filter((g) => g.members.some((m) => m.id === id)).length;
		lines.push(`Sits on ${groups} group${groups === 1 ? '' : 's'}`);
	}
	lines.push('Click for details');
	return { title: item.name, lines };
}

/** Edge ids are `member:<group>:<member>`, `chair:<group>:<role>` or `link:<index>`. */
export function edgeTooltip(model: LocalityModel, index: ReadonlyMap<ItemId, Item>, edgeId: string): TooltipText | undefined {
	const name = (id: string) => index.get(id as ItemId)?.name ?? id;
	const [relation, a, b] = edgeId.split(':');
	if (relation === 'link') {
		const link = model.links[Number(a)];
		if (!link) return undefined;
		return { title: `${name(link.from)} → ${name(link.to)}`, lines: [linkKinds.label(link.kind), ...(link.notes ? [link.notes] : [])] };
	}
	if (relation === 'member' || relation === 'chair') {
		const group = index.get(a as ItemId);
		const member = group?.kind === 'group' ? group.members.find((m) => m.id === b) : undefined;
		const role = group?.kind === 'group' && group.chair === b ? 'Chair' : 'Member';
		const attendance = member && member.attendance !== 'regular' ? ` (${member.attendance})` : '';
		return { title: `${name(b)} – ${name(a)}`, lines: [`${role} of the group${attendance}`] };
	}
	return undefined;
}
