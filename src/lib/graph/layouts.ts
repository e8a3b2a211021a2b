/**
 * Positions for the graph, computed without randomness so the same map always gives the
 * same picture: a force layout (d3-force, whose random source is a fixed-seed generator),
 * and a layered one that reads like the report's own figures, from the centre at the top
 * (the local authority, the groups it sits on, the bodies that hold resources), through the
 * strategic groups and the teams and panels, to the schools and families at the bottom.
 * Both pull on the model's ties, the same ones the graph draws as lines. (The concentric
 * layout is cytoscape's, ordered by degree.) And, for a map that changes as it is drawn (the
 * editor), the positions already on screen extended to the items that are new.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
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

/** The positions a layout gives, or undefined for the concentric layout, which cytoscape works out itself. */
export function presetPositions(model: LocalityModel, layout: LayoutName): Positions | undefined {
	return layout === 'force' ? forcePositions(model) : layout === 'layered' ? layeredPositions(model) : undefined;
}

export function forcePositions(model: LocalityModel, ticks = 400): Positions {
	type N = SimulationNodeDatum & { id: ItemId };
	const nodes: N[] = allItems(model).map((item) => ({ id: item.id }));
	const links = tiedPairs(model).map(([source, target]) => ({ source, target }));
	const simulation = forceSimulation(nodes)
		.force('link', forceLink<N, { source: ItemId | N; target: ItemId | N }>(links).id((d) => d.id).distance(90))
		.force('charge', forceManyBody().strength(-420))
		.force('collide', forceCollide(48))
		.force('x', forceX(0).strength(0.04))
		.force('y', forceY(0).strength(0.04))
		.stop();
	simulation.tick(ticks);
	return new Map(nodes.map((n) => [n.id, { x: round(n.x ?? 0), y: round(n.y ?? 0) }]));
}

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

/**
 * The positions of a map that has grown or changed since it was drawn. Every item that had a
 * position keeps it exactly; items that are gone drop out; each new item starts at the mean
 * place of the items it is tied to (the ties the graph draws), a little apart from the other
 * new items, and is settled by d3-force among the items already there, which stay fixed, so
 * none sits on another. New items tied to nothing already placed go in a row below the
 * drawing. When no item kept its place (an empty start, or a different map) the layout is
 * made afresh, as `presetPositions` makes it.
 */
export function extendPositions(model: LocalityModel, previous: ReadonlyMap<ItemId, Point>, layout: LayoutName = 'layered'): Positions | undefined {
	const ids = allItems(model).map((item) => item.id);
	const kept = ids.filter((id) => previous.has(id));
	if (kept.length === 0) return presetPositions(model, layout);
	const positions: Positions = new Map(kept.map((id) => [id, { ...previous.get(id)! }]));
	const fresh = ids.filter((id) => !previous.has(id));
	if (fresh.length === 0) return positions;

	const pairs = tiedPairs(model);
	const neighbours = new Map<ItemId, ItemId[]>(ids.map((id) => [id, []]));
	for (const [a, b] of pairs) {
		neighbours.get(a)!.push(b);
		neighbours.get(b)!.push(a);
	}

	// Seeded in rounds, each from the places known before it, so an item tied only to new items
	// starts beside them; the offset (a turn of the golden angle per item) keeps two new items
	// tied to the same one from starting on the same spot.
	const start = new Map(positions);
	const order = new Map(fresh.map((id, i) => [id, i]));
	let waiting = fresh;
	for (;;) {
		const round = waiting.flatMap((id) => {
			const known = neighbours.get(id)!.map((n) => start.get(n)).filter((p): p is Point => p !== undefined);
			if (known.length === 0) return [];
			const i = order.get(id)!;
			const angle = i * GOLDEN_ANGLE;
			const mean = { x: known.reduce((sum, p) => sum + p.x, 0) / known.length, y: known.reduce((sum, p) => sum + p.y, 0) / known.length };
			return [[id, { x: mean.x + SEED_OFFSET * Math.cos(angle), y: mean.y + SEED_OFFSET * Math.sin(angle) }] as const];
		});
		if (round.length === 0) break;
		for (const [id, p] of round) start.set(id, p);
		waiting = waiting.filter((id) => !start.has(id));
	}
	const box = boundsOf(kept.map((id) => positions.get(id)!));
	waiting.forEach((id, i) => start.set(id, { x: box.x1 + i * ROW_GAP, y: box.y2 + ROW_BELOW }));

	type N = SimulationNodeDatum & { id: ItemId };
	const nodes: N[] = ids.map((id) => {
		const p = start.get(id)!;
		return positions.has(id) ? { id, x: p.x, y: p.y, fx: p.x, fy: p.y } : { id, x: p.x, y: p.y };
	});
	const links = pairs.map(([source, target]) => ({ source, target }));
	// No pull to the middle, and a charge felt only nearby: a new item answers to its ties and its neighbours, not to the whole drawing.
	forceSimulation(nodes)
		.force('link', forceLink<N, { source: ItemId | N; target: ItemId | N }>(links).id((d) => d.id).distance(90))
		.force('charge', forceManyBody().strength(-200).distanceMax(240))
		.force('collide', forceCollide(COLLIDE_RADIUS).iterations(3))
		.stop()
		.tick(300);
	for (const n of nodes) if (!positions.has(n.id)) positions.set(n.id, { x: round(n.x ?? 0), y: round(n.y ?? 0) });
	return positions;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SEED_OFFSET = 60;
const COLLIDE_RADIUS = 55;
const ROW_GAP = 170;
const ROW_BELOW = 150;

function boundsOf(points: readonly Point[]): { x1: number; y1: number; x2: number; y2: number } {
	const xs = points.map((p) => p.x);
	const ys = points.map((p) => p.y);
	return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}
