/**
 * Positions for the graph, computed without randomness so the same map always gives the
 * same picture. Here the layered layout, which reads like the report's own figures, from the centre at the top
 * (the local authority, the groups it sits on, the bodies that hold resources), through the
 * strategic groups and the teams and panels, to the schools and families at the bottom.
 * It pulls on the model's ties, the same ones the graph draws as lines. The force layout and
 * the editor's growing positions, which need d3-force, are in force-layouts.ts, loaded only
 * where they run (the layout worker, the editor). (The concentric layout is cytoscape's,
 * ordered by degree.)
 */
import { centreOf, STRATEGIC_GROUP_TYPES, type CentreReason } from '../model/centre';
import { agencyOf, allItems, indexItems, type Item, type ItemId, type LocalityModel } from '../model/locality-model';
import { tiedPairs } from '../model/ties';

export type LayoutName = 'force' | 'concentric' | 'layered';
export const layoutNames: { value: LayoutName; label: string; description: string }[] = [
	{ value: 'layered', label: 'Layered', description: 'From the centre (the local authority and the groups it sits on) down to schools and families, like the report’s figures' },
	{ value: 'force', label: 'Force', description: 'Items pulled together by their ties; clusters show' },
	{ value: 'concentric', label: 'Concentric', description: 'The most connected items in the middle' }
];

export type Point = { x: number; y: number };
export type Positions = Map<ItemId, Point>;

/**
 * The layered layout's row: 0 the centre, 1 the other strategic groups, 2 the other groups
 * (teams, panels), 3 services, 4 schools and families.
 */
export function layerOf(item: Item, index: ReadonlyMap<ItemId, Item>, centre: ReadonlyMap<ItemId, CentreReason>): number {
	if (centre.has(item.id)) return 0;
	if (item.kind === 'group') return STRATEGIC_GROUP_TYPES.includes(item.type) ? 1 : 2;
	const sector = agencyOf(item, index)?.sector;
	if (sector === 'education' || sector === 'families') return 4;
	return 3;
}

export function layeredPositions(model: LocalityModel, options: { gapX?: number; gapY?: number; perRow?: number } = {}): Positions {
	const { gapX = 170, gapY = 150, perRow = 9 } = options;
	const index = indexItems(model);
	const centre = centreOf(model, index);
	const items = allItems(model);
	const order = new Map(items.map((item, i) => [item.id, i]));
	const neighbours = new Map<ItemId, ItemId[]>(items.map((i) => [i.id, []]));
	for (const [a, b] of tiedPairs(model)) {
		neighbours.get(a)?.push(b);
		neighbours.get(b)?.push(a);
	}
	const layers: ItemId[][] = [[], [], [], [], []];
	for (const item of items) layers[layerOf(item, index, centre)].push(item.id);

	// Two sweeps of the barycentre heuristic: each item sits under the mean place of its ties in
	// the layers already placed, which keeps lines short and crossings few.
	const place = new Map<ItemId, number>();
	const sweep = (sequence: number[]) => {
		for (const l of sequence) {
			const layer = layers[l];
			const score = (id: ItemId) => {
				const known = (neighbours.get(id) ?? []).map((n) => place.get(n)).filter((p): p is number => p !== undefined);
				return known.length ? known.reduce((a, b) => a + b, 0) / known.length : Number.POSITIVE_INFINITY;
			};
			const scores = new Map(layer.map((id) => [id, score(id)]));
			layer.sort((a, b) => (scores.get(a)! - scores.get(b)!) || order.get(a)! - order.get(b)!);
			layer.forEach((id, i) => place.set(id, i - (layer.length - 1) / 2));
		}
	};
	sweep([0, 1, 2, 3, 4]);
	sweep([3, 2, 1, 0, 4]);

	const positions: Positions = new Map();
	let y = 0;
	for (const layer of layers) {
		if (layer.length === 0) continue;
		for (let start = 0; start < layer.length; start += perRow) {
			const row = layer.slice(start, start + perRow);
			// Rows of a wrapped layer are offset by half a step so labels do not stack.
			const shift = (start / perRow) % 2 === 1 ? gapX / 2 : 0;
			row.forEach((id, i) => positions.set(id, { x: round((i - (row.length - 1) / 2) * gapX + shift), y }));
			y += gapY * (start + perRow < layer.length ? 0.7 : 1);
		}
	}
	return positions;
}

export function round(n: number): number {
	return Math.round(n * 10) / 10;
}
