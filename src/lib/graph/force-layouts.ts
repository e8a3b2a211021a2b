/**
 * The layouts that need d3-force (whose random source is a fixed-seed generator, so the same
 * map always gives the same picture): the force layout, and, for a map that changes as it is
 * drawn (the editor), the positions already on screen extended to the items that are new.
 * Apart from layouts.ts so that d3-force reaches only the layout worker and the editor, not
 * every map page's first download (decision 0013).
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
import { allItems, type ItemId, type LocalityModel } from '../model/locality-model';
import { tiedPairs } from '../model/ties';
import { layeredPositions, round, type LayoutName, type Point, type Positions } from './layouts';

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

