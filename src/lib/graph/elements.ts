/**
 * A locality model as graph elements: one node per agency, role and group; one edge per
 * membership (member to group) and one per link. Plain data in cytoscape's element
 * format, made without cytoscape so it can be built and tested anywhere.
 */
import { groupTypes, sectors, type Attendance, type GroupType, type LinkKind, type Sector } from '../format/vocabulary';
import { agencyOf, allItems, indexItems, type Item, type ItemId, type ItemKind, type LocalityModel } from '../model/locality-model';

export interface NodeData {
	readonly id: ItemId;
	readonly label: string;
	readonly name: string;
	readonly kind: ItemKind;
	/** The agency's sector; a role has its agency's. Groups have none. */
	readonly sector?: Sector;
	readonly groupType?: GroupType;
	readonly external: boolean;
}

export type EdgeData =
	| {
			readonly id: string;
			readonly source: ItemId;
			readonly target: ItemId;
			readonly relation: 'member';
			readonly attendance: Attendance;
			readonly chair: boolean;
	  }
	| { readonly id: string; readonly source: ItemId; readonly target: ItemId; readonly relation: 'chair' }
	| { readonly id: string; readonly source: ItemId; readonly target: ItemId; readonly relation: 'link'; readonly linkKind: LinkKind }
	| { readonly id: string; readonly source: ItemId; readonly target: ItemId; readonly relation: 'post' }
	| { readonly id: string; readonly source: ItemId; readonly target: ItemId; readonly relation: 'overlap'; readonly jaccard: number; readonly label: string };

export interface NodeElement {
	readonly group: 'nodes';
	readonly data: NodeData;
	readonly classes: string;
}
export interface EdgeElement {
	readonly group: 'edges';
	readonly data: EdgeData;
	readonly classes: string;
}
export type GraphElement = NodeElement | EdgeElement;

export function sectorOf(item: Item, index: ReadonlyMap<ItemId, Item>): Sector | undefined {
	return agencyOf(item, index)?.sector;
}

export function toElements(model: LocalityModel): GraphElement[] {
	const index = indexItems(model);
	const nodes: NodeElement[] = allItems(model).map((item) => nodeElement(item, index));
	const edges: EdgeElement[] = [];
	// A post is tied to its agency: a faint line, so a post never floats free of who employs it.
	for (const role of model.roles) {
		edges.push({ group: 'edges', data: { id: `post:${role.id}`, source: role.id, target: role.agency, relation: 'post' }, classes: 'post' });
	}
	for (const group of model.groups) {
		for (const member of group.members) {
			const chair = group.chair === member.id;
			edges.push({
				group: 'edges',
				data: { id: `member:${group.id}:${member.id}`, source: member.id, target: group.id, relation: 'member', attendance: member.attendance, chair },
				classes: ['member', `attendance-${member.attendance}`, chair ? 'chair' : ''].filter(Boolean).join(' ')
			});
		}
		if (group.chair && !group.members.some((m) => m.id === group.chair)) {
			edges.push({ group: 'edges', data: { id: `chair:${group.id}:${group.chair}`, source: group.chair, target: group.id, relation: 'chair' }, classes: 'member chair' });
		}
	}
	model.links.forEach((link, i) => {
		edges.push({
			group: 'edges',
			data: { id: `link:${i}`, source: link.from, target: link.to, relation: 'link', linkKind: link.kind },
			classes: `link link-${link.kind}`
		});
	});
	return [...nodes, ...edges];
}

function nodeElement(item: Item, index: ReadonlyMap<ItemId, Item>): NodeElement {
	const sector = sectorOf(item, index);
	const groupType = item.kind === 'group' ? item.type : undefined;
	const external = 'external' in item && item.external === true;
	const label = groupType ? `${item.name}\n(${groupTypes.label(groupType)})` : item.name;
	const classes = [item.kind, sector ? `sector-${sector}` : '', groupType ? `type-${groupType}` : '', external ? 'external' : ''];
	return {
		group: 'nodes',
		data: { id: item.id, label, name: item.name, kind: item.kind, external, ...(sector ? { sector } : {}), ...(groupType ? { groupType } : {}) },
		classes: classes.filter(Boolean).join(' ')
	};
}

/** The sectors present among a model's agencies, in the vocabulary's order. */
export function sectorsPresent(model: LocalityModel): Sector[] {
	const present = new Set(model.agencies.map((a) => a.sector));
	return sectors.values.filter((s) => present.has(s));
}
