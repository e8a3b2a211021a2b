/**
 * A locality model as graph elements: one node per agency, role and group; one edge per tie
 * (ties.ts: a post to its agency, a member or chair to its group, each link), so a line on
 * screen is always a tie the audit counts. Plain data in cytoscape's element format, made
 * without cytoscape so it can be built and tested anywhere. Edge data carries every fact
 * about its tie in typed fields; an edge's id only names it and is never read apart.
 */
import { groupTypes, sectors, type Attendance, type GroupType, type LinkKind, type Sector } from '../format/vocabulary';
import { agencyOf, allItems, indexItems, type Item, type ItemId, type ItemKind, type LocalityModel } from '../model/locality-model';
import { ties, type Tie } from '../model/ties';

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

interface EdgeEnds {
	readonly id: string;
	readonly source: ItemId;
	readonly target: ItemId;
}
/** One tie as an edge: source and target are the tie's two ends, in the direction it reads. */
export type EdgeData = EdgeEnds &
	(
		| { readonly relation: 'post' }
		| { readonly relation: 'member'; readonly attendance: Attendance; readonly chair: boolean }
		| { readonly relation: 'chair' }
		| { readonly relation: 'link'; readonly linkKind: LinkKind; readonly linkIndex: number }
	);

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
	return [...nodes, ...ties(model).map(edgeElement)];
}

function edgeElement(tie: Tie): EdgeElement {
	switch (tie.relation) {
		case 'post':
			// A faint line, so a post never floats free of who employs it.
			return { group: 'edges', data: { id: `post:${tie.role}`, source: tie.role, target: tie.agency, relation: 'post' }, classes: 'post' };
		case 'member':
			return {
				group: 'edges',
				data: { id: `member:${tie.group}:${tie.member}`, source: tie.member, target: tie.group, relation: 'member', attendance: tie.attendance, chair: tie.chair },
				classes: ['member', `attendance-${tie.attendance}`, ...(tie.chair ? ['chair'] : [])].join(' ')
			};
		case 'chair':
			return { group: 'edges', data: { id: `chair:${tie.group}:${tie.chair}`, source: tie.chair, target: tie.group, relation: 'chair' }, classes: 'member chair' };
		case 'link':
			return {
				group: 'edges',
				data: { id: `link:${tie.index}`, source: tie.from, target: tie.to, relation: 'link', linkKind: tie.kind, linkIndex: tie.index },
				classes: `link link-${tie.kind}`
			};
	}
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
